/// Something the law requires after an event: do X by a time, or do not do Y before a time.
public struct Obligation: Sendable, Hashable, Codable {
    /// Where the obligation stands at `as_of`.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Done in time (or, for a waiting period, respected).
        case satisfied
        /// Done, but after the deadline.
        case late
        /// Not done, and the deadline has passed.
        case missed
        /// Not done yet; the deadline has not passed.
        case due
        /// A waiting period still running: the restricted act may not happen yet.
        case upcoming
        /// A waiting period broken: the restricted act happened too early.
        case violated
        /// The act happened, but the timeline lacks a fact that decides whether it counts.
        case unproven
    }

    /// The rule's id.
    public var ruleID: String
    /// What must be done (the rule's title).
    public var title: String
    /// To whom, in words, when the rule says.
    public var to: String?
    /// The statute.
    public var citation: String
    /// `deadline` (do by `due_by`) or `waiting_period` (do not before `not_before`).
    public var kind: String
    /// Index of the event that triggered it.
    public var trigger: Int
    /// Earliest time the act may happen.
    public var notBefore: String?
    /// Latest time the act may happen.
    public var dueBy: String?
    /// Status at `as_of`.
    public var status: Status
    /// Index of the event that fulfilled (or broke) it.
    public var fulfilledBy: Int?
    /// The bound under the other reading of the law, when it differs.
    public var otherReading: String?
    /// The arithmetic.
    public var trace: [TraceStep]

    enum CodingKeys: String, CodingKey {
        case ruleID = "rule_id"
        case title, to, citation, kind, trigger
        case notBefore = "not_before"
        case dueBy = "due_by"
        case status
        case fulfilledBy = "fulfilled_by"
        case otherReading = "other_reading"
        case trace
    }
}
