/// The result of evaluating a case: findings, the schedule of obligations, warnings, and what produced them.
public struct Report: Sendable, Hashable, Codable {
    /// Which law and which engine produced the report.
    public struct Provenance: Sendable, Hashable, Codable {
        /// Rule pack name.
        public var pack: String
        /// Rule pack version.
        public var packVersion: String
        /// SHA-256 of the pack's files.
        public var packHash: String
        /// RepoCheck engine version.
        public var engineVersion: String

        enum CodingKeys: String, CodingKey {
            case pack
            case packVersion = "pack_version"
            case packHash = "pack_hash"
            case engineVersion = "engine_version"
        }
    }

    /// Counts for a summary line.
    public struct Summary: Sendable, Hashable, Codable {
        /// Violation findings.
        public var violations: Int
        /// Review findings.
        public var reviews: Int
        /// Unproven findings.
        public var unproven: Int
        /// Obligations still due or waiting periods still running.
        public var open: Int
        /// For each consequence effect (`deficiency_barred`), how many violations carry it.
        public var consequences: [String: Int] = [:]
    }

    /// A warning about the case that did not stop evaluation (an event type the pack does not know).
    public struct Warning: Sendable, Hashable, Codable {
        /// Stable code (`case.unknown-event-type`).
        public var code: String
        /// One line.
        public var message: String
        /// The event concerned, by index.
        public var event: Int?
    }

    /// The case's id.
    public var caseID: String
    /// The zone the report's local times are in.
    public var timezone: String
    /// The instant the case was judged at.
    public var asOf: String
    /// Counts.
    public var summary: Summary
    /// Findings, in time order.
    public var findings: [Finding]
    /// Obligations, sorted by their bound.
    public var obligations: [Obligation]
    /// Warnings.
    public var warnings: [Warning]
    /// Which law and engine.
    public var provenance: Provenance
    /// For a pre-flight: clear or blocked.
    public var decision: Decision?

    enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case timezone
        case asOf = "as_of"
        case summary, findings, obligations, warnings, provenance, decision
    }

    /// Whether any finding is a violation.
    public var hasViolations: Bool { summary.violations > 0 }
}
