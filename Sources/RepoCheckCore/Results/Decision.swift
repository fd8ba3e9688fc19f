/// A pre-flight's answer: may the agent be dispatched for a repossession at the planned time?
public struct Decision: Sendable, Hashable, Codable {
    /// Clear or blocked.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Nothing in the rules stops a repossession at the planned time.
        case clear
        /// At least one rule would be broken at once.
        case blocked
    }

    /// Clear or blocked.
    public var status: Status
    /// The planned time of the repossession.
    public var plannedAt: String
    /// Rule ids of the violations that block, in the order of `Report.findings`.
    public var blockingRules: [String]

    enum CodingKeys: String, CodingKey {
        case status
        case plannedAt = "planned_at"
        case blockingRules = "blocking_rules"
    }
}
