import RepoCheckCore

/// What a portfolio audit keeps of one evaluated case: ids, facts and counts, never personal data.
///
/// Built from the case and its report while both are at hand, so the audit can drop them and still
/// count violations by rule, severity, agency and month.
public struct AuditCase: Sendable, Hashable {
    /// One violation, reduced to what the portfolio counts.
    public struct Violation: Sendable, Hashable {
        /// The rule's id.
        public var ruleID: String
        /// The rule's severity.
        public var severity: Rule.Severity
        /// `YYYY-MM` (in the case's zone) of the violating act, or of the trigger of a missed obligation.
        public var month: String

        /// Creates a violation.
        public init(ruleID: String, severity: Rule.Severity, month: String) {
            self.ruleID = ruleID
            self.severity = severity
            self.month = month
        }
    }

    /// The case's id.
    public var caseID: String
    /// Position of the case in the audit's input, from 1; names its drill-down section in the HTML.
    public var sequence: Int
    /// The party id (never the name) of the case's repossession agency, if it has one.
    public var agency: String?
    /// `contract.type`, if given.
    public var contractType: String?
    /// `collateral.kind`, if given.
    public var collateralKind: String?
    /// Local date of the first repossession or surrender, if any (`YYYY-MM-DD`).
    public var repossessed: String?
    /// Counts from the report.
    public var summary: Report.Summary
    /// Every violation of the report.
    public var violations: [Violation]

    /// The digest of `report`, the evaluation of `testCase`.
    public init(report: Report, case testCase: Case, sequence: Int) {
        caseID = report.caseID
        self.sequence = sequence
        agency = testCase.parties.first { $0.roles.contains("repossession_agency") }?.id
        contractType = testCase.contract.value(at: ["type"])?.text
        collateralKind = testCase.collateral.value(at: ["kind"])?.text
        let zone = testCase.zone
        repossessed = testCase.events.first { ["repossession", "voluntary_surrender"].contains($0.type) }.map {
            zone.date(of: $0.at).description
        }
        summary = report.summary
        let times = Dictionary(testCase.events.map { ($0.index, $0.at) }, uniquingKeysWith: { first, _ in first })
        let asOf = RFC3339.parseTimestamp(report.asOf).map(\.instant)
        violations = report.findings.filter { $0.kind == .violation }.map { finding in
            let instant = finding.events.compactMap { times[$0] }.max() ?? (try? asOf.get())
            let month = instant.map { String(zone.date(of: $0).description.prefix(7)) } ?? "unknown"
            return Violation(ruleID: finding.ruleID, severity: finding.severity, month: month)
        }
    }

    /// The most severe violation, if any.
    public var worstSeverity: Rule.Severity? { violations.map(\.severity).min() }
}
