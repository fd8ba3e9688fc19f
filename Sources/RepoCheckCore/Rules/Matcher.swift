/// A test on one fact: equality, membership, presence, a date comparison, or a negation.
///
/// A matcher applied to a list matches when any element matches, so `to: b1` matches `to: [b1, b2]`.
public enum Matcher: Hashable, Sendable {
    /// The scalar equals this text.
    case equals(String)
    /// The scalar is one of these.
    case oneOf([String])
    /// The fact is present (or absent, with `false`).
    case exists(Bool)
    /// The fact does not match.
    indirect case not(Matcher)
    /// The fact, a date or timestamp, compares to a reference instant.
    case compare(Comparison, Reference)

    /// How a date-valued fact compares to the reference.
    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        /// Strictly before.
        case before
        /// Before or on the same day.
        case onOrBefore = "on_or_before"
        /// Strictly after.
        case after
        /// On the same day or after.
        case onOrAfter = "on_or_after"
    }

    /// What a date-valued fact is compared with.
    public enum Reference: Hashable, Sendable {
        /// The instant the rule is judged at: its anchor or trigger event (or the planned repossession).
        case anchor
        /// A fixed date.
        case date(CivilDate)
    }
}

/// A test on one fact at a dotted path (`location.kind: driveway`).
public struct Condition: Hashable, Sendable {
    /// Keys from the root, split on dots.
    public var path: [String]
    /// The test.
    public var matcher: Matcher
    /// The condition's number among the distinct event conditions of an evaluator's pack (see
    /// `ConditionNumbering`), under which a case remembers its answer for each event; `nil` outside a pack.
    /// Not part of the condition's identity.
    var slot: Int32?

    /// Creates a condition.
    public init(path: [String], matcher: Matcher) {
        self.path = path
        self.matcher = matcher
    }

    /// Equal path and test (the slot does not count).
    public static func == (lhs: Condition, rhs: Condition) -> Bool { lhs.path == rhs.path && lhs.matcher == rhs.matcher }

    /// Hashes the path and the test (the slot does not count).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(matcher)
    }
}
