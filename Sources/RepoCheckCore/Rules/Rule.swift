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
    public var id: String
    /// One-line title: what must be done.
    public var title: String
    /// The statute, precisely (`Cal. Veh. Code § 28(a)`).
    public var citation: String
    /// How serious a violation is.
    public var severity: Severity
    /// The rule in plain words.
    public var description: String
    /// What to do about a violation.
    public var remediation: String
    /// First day in force (inclusive), in the case's zone.
    public var effectiveFrom: CivilDate?
    /// Last day in force (inclusive).
    public var effectiveTo: CivilDate?
    /// Cases the rule applies to.
    public var appliesWhen: Predicate
    /// Stages at which the rule is checked.
    public var stages: Set<Stage>
    /// What a breach produces.
    public var outcome: Outcome
    /// The constraint.
    public var constraint: Constraint
    /// A message for findings; may use `{deadline}`, `{actual}`, `{late_by}`, `{missing}`, `{count}`.
    public var message: String?
    /// Facts (dotted event properties) the events the rule judges must record; an event without one
    /// gives an `unproven` finding instead of a verdict.
    public var facts: [String] = []
    /// What a breach costs, as data.
    public var consequence: Consequence?
    /// The ids of the rows of the law reference the rule encodes (`CA-VEH-28-POLICE-1H`).
    public var references: [String] = []
    /// The rule's own test cases.
    public var examples: [RuleExample]
    /// Where the rule starts in its file.
    public var location: SourceLocation?

    /// Creates a rule.
    public init(
        id: String, title: String, citation: String, severity: Severity, description: String = "",
        remediation: String = "", effectiveFrom: CivilDate? = nil, effectiveTo: CivilDate? = nil,
        appliesWhen: Predicate = .always, stages: Set<Stage> = [.timeline], outcome: Outcome = .violation,
        constraint: Constraint, message: String? = nil, examples: [RuleExample] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.citation = citation
        self.severity = severity
        self.description = description
        self.remediation = remediation
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.appliesWhen = appliesWhen
        self.stages = stages
        self.outcome = outcome
        self.constraint = constraint
        self.message = message
        self.examples = examples
        self.location = location
    }

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
