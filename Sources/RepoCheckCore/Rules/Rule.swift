/// One version of a rule of law, as written in a rule file.
public struct Rule: Sendable, Hashable {
    /// How bad a violation is. `critical` findings block a pre-flight.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// Blocks a pre-flight.
        case critical
        /// Serious.
        case high
        /// Moderate.
        case medium
        /// Minor.
        case low

        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        /// Whether `lhs` comes first.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// When a rule is checked.
    public enum Stage: String, Sendable, Hashable, Codable, CaseIterable {
        /// Before an agent is dispatched, against a planned repossession.
        case preflight
        /// Against the events of a timeline.
        case timeline
    }

    /// What a breach produces.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// A violation of a bright-line rule.
        case violation
        /// A flag for a person to judge, for standards such as waiver or deception; never a violation.
        case review
    }

    /// Stable id (`ca.veh.28.police-notice`); several versions may share it with disjoint effective dates.
    public var id: String {
        get { storage.fields.id }
        set { update { $0.id = newValue } }
    }
    /// One-line title: what must be done.
    public var title: String {
        get { storage.fields.title }
        set { update { $0.title = newValue } }
    }
    /// The statute, precisely (`Cal. Veh. Code § 28(a)`).
    public var citation: String {
        get { storage.fields.citation }
        set { update { $0.citation = newValue } }
    }
    /// How serious a violation is.
    public var severity: Severity {
        get { storage.fields.severity }
        set { update { $0.severity = newValue } }
    }
    /// The rule in plain words.
    public var description: String {
        get { storage.fields.description }
        set { update { $0.description = newValue } }
    }
    /// What to do about a violation.
    public var remediation: String {
        get { storage.fields.remediation }
        set { update { $0.remediation = newValue } }
    }
    /// First day in force (inclusive), in the case's zone.
    public var effectiveFrom: CivilDate? {
        get { storage.fields.effectiveFrom }
        set { update { $0.effectiveFrom = newValue } }
    }
    /// Last day in force (inclusive).
    public var effectiveTo: CivilDate? {
        get { storage.fields.effectiveTo }
        set { update { $0.effectiveTo = newValue } }
    }
    /// Cases the rule applies to.
    public var appliesWhen: Predicate {
        get { storage.fields.appliesWhen }
        set { update { $0.appliesWhen = newValue } }
    }
    /// Stages at which the rule is checked.
    public var stages: Set<Stage> {
        get { storage.fields.stages }
        set { update { $0.stages = newValue } }
    }
    /// What a breach produces.
    public var outcome: Outcome {
        get { storage.fields.outcome }
        set { update { $0.outcome = newValue } }
    }
    /// The constraint.
    public var constraint: Constraint {
        get { storage.fields.constraint }
        set { update { $0.constraint = newValue } }
    }
    /// A message for findings; may use `{deadline}`, `{actual}`, `{late_by}`, `{missing}`, `{count}`.
    public var message: String? {
        get { storage.fields.message }
        set { update { $0.message = newValue } }
    }
    /// Facts (dotted event properties) the events the rule judges must record; an event without one
    /// gives an `unproven` finding instead of a verdict.
    public var facts: [String] {
        get { storage.fields.facts }
        set { update { $0.facts = newValue } }
    }
    /// What a breach costs, as data.
    public var consequence: Consequence? {
        get { storage.fields.consequence }
        set { update { $0.consequence = newValue } }
    }
    /// The ids of the rows of the law reference the rule encodes (`CA-VEH-28-POLICE-1H`).
    public var references: [String] {
        get { storage.fields.references }
        set { update { $0.references = newValue } }
    }
    /// The rule's own test cases.
    public var examples: [RuleExample] {
        get { storage.fields.examples }
        set { update { $0.examples = newValue } }
    }
    /// Where the rule starts in its file.
    public var location: SourceLocation? {
        get { storage.fields.location }
        set { update { $0.location = newValue } }
    }

    /// The stored fields, shared by the copies of a rule until one of them is changed: the engine passes a
    /// rule to a check for every case, and a copy is then one reference instead of eighteen.
    private var storage: Storage

    /// Every field of the rule.
    private struct Fields: Sendable, Hashable {
        var id: String
        var title: String
        var citation: String
        var severity: Severity
        var description: String
        var remediation: String
        var effectiveFrom: CivilDate?
        var effectiveTo: CivilDate?
        var appliesWhen: Predicate
        var stages: Set<Stage>
        var outcome: Outcome
        var constraint: Constraint
        var message: String?
        var facts: [String] = []
        var consequence: Consequence?
        var references: [String] = []
        var examples: [RuleExample]
        var location: SourceLocation?
    }

    /// Fields that are never changed in place: a change makes new storage, so copies never share a change.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// Changes the fields, in new storage.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    /// Creates a rule.
    public init(
        id: String, title: String, citation: String, severity: Severity, description: String = "",
        remediation: String = "", effectiveFrom: CivilDate? = nil, effectiveTo: CivilDate? = nil,
        appliesWhen: Predicate = .always, stages: Set<Stage> = [.timeline], outcome: Outcome = .violation,
        constraint: Constraint, message: String? = nil, examples: [RuleExample] = [], location: SourceLocation? = nil
    ) {
        storage = Storage(
            Fields(
                id: id, title: title, citation: citation, severity: severity, description: description, remediation: remediation,
                effectiveFrom: effectiveFrom, effectiveTo: effectiveTo, appliesWhen: appliesWhen, stages: stages, outcome: outcome,
                constraint: constraint, message: message, examples: examples, location: location))
    }

    /// Whether two rules have the same fields.
    public static func == (left: Rule, right: Rule) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }

    /// Hashes the rule's fields.
    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    /// Whether this version is in force on `date`.
    public func isInForce(on date: CivilDate) -> Bool {
        if let effectiveFrom, date < effectiveFrom { return false }
        if let effectiveTo, date > effectiveTo { return false }
        return true
    }

    /// `from 2016-01-01`, `2010-01-01 to 2015-12-31`, or `always`.
    public var effectiveDescription: String {
        switch (effectiveFrom, effectiveTo) {
        case (nil, nil): "always"
        case (let from?, nil): "from \(from)"
        case (nil, let to?): "until \(to)"
        case (let from?, let to?): "\(from) to \(to)"
        }
    }
}

/// What breaking a rule costs: in words, and as effects reports can count.
public struct Consequence: Sendable, Hashable, Codable {
    /// The consequence in one or two sentences, with its citation.
    public var summary: String
    /// Effects from the pack's vocabulary (`deficiency_barred`, `administrative_fine`, `misdemeanor`, …).
    public var effects: [String]

    /// Creates a consequence.
    public init(summary: String, effects: [String]) {
        self.summary = summary
        self.effects = effects
    }
}

/// A small case bundled with a rule, with the outcome the rule must produce for it.
public struct RuleExample: Sendable, Hashable {
    /// The outcome expected of the rule on the example.
    public enum Expectation: String, Sendable, Hashable, CaseIterable {
        /// No finding, and every obligation of the rule satisfied.
        case satisfied
        /// At least one violation.
        case violation
        /// A review finding and no violation.
        case review
        /// An unproven finding and no violation.
        case unproven
        /// No finding yet, and an obligation still due or upcoming at `as_of`.
        case pending
        /// The rule does not apply to the case (or is not in force).
        case notApplicable = "not_applicable"
    }

    /// What the example shows, in a few words.
    public var name: String
    /// The case.
    public var testCase: Case
    /// The instant to judge at; `nil` means the default for the case.
    public var asOf: Instant?
    /// What the rule must produce.
    public var expect: Expectation
    /// Where the example starts in its file.
    public var location: SourceLocation?

    /// Creates an example.
    public init(name: String, testCase: Case, asOf: Instant?, expect: Expectation, location: SourceLocation?) {
        self.name = name
        self.testCase = testCase
        self.asOf = asOf
        self.expect = expect
        self.location = location
    }

    /// Examples are identified by name and place.
    public static func == (lhs: RuleExample, rhs: RuleExample) -> Bool {
        lhs.name == rhs.name && lhs.location == rhs.location
    }
    /// Hashes the name and place.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(location)
    }
}
