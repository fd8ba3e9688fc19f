/// Something a rule found wrong, or could not decide, in a case.
public struct Finding: Sendable, Hashable, Codable {
    /// What kind of finding.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A breach of a bright-line rule.
        case violation
        /// A standard, not a bright line: a person must judge. Never counted as a violation.
        case review
        /// The timeline lacks the fact that decides; the obligation is not proven either way.
        case unproven
    }

    /// Where two readings of the law give different results.
    public struct Interpretation: Sendable, Hashable, Codable {
        /// The bound under the pack's default reading.
        public var defaultReading: String
        /// The bound under the other reading.
        public var otherReading: String
        /// Which reading is which.
        public var note: String

        enum CodingKeys: String, CodingKey {
            case defaultReading = "default_reading"
            case otherReading = "other_reading"
            case note
        }
    }

    /// The rule's id.
    public var ruleID: String
    /// Violation, review or unproven.
    public var kind: Kind
    /// The rule's severity.
    public var severity: Rule.Severity
    /// The rule's title.
    public var title: String
    /// The statute.
    public var citation: String
    /// What happened, in one sentence.
    public var message: String
    /// Indexes (in file order, 0-based) of the events involved.
    public var events: [Int]
    /// The computed bound (`due_by` or `not_before`), RFC 3339 in the case's zone.
    public var deadline: String?
    /// When the deciding event actually happened.
    public var actual: String?
    /// How late, in words (`2 days`, `35 minutes`).
    public var lateBy: String?
    /// How late, in seconds between the bound and the actual time.
    public var lateBySeconds: Int64?
    /// The fact whose absence leaves the obligation unproven.
    public var missingFact: String?
    /// The deadline arithmetic.
    public var trace: [TraceStep]
    /// Set when another reading of the law would change this result.
    public var interpretation: Interpretation?
    /// What the breach costs (violations only).
    public var consequence: Consequence?
    /// What to do about it.
    public var remediation: String

    enum CodingKeys: String, CodingKey {
        case ruleID = "rule_id"
        case kind, severity, title, citation, message, events, deadline, actual
        case lateBy = "late_by"
        case lateBySeconds = "late_by_seconds"
        case missingFact = "missing_fact"
        case trace, interpretation, consequence, remediation
    }
}
