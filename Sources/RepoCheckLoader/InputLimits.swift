/// Limits on what one input document may hold, so hostile input gives a clear error instead of a crash,
/// a hang or a memory blow-up. The defaults are far above any real case or rule file.
public struct InputLimits: Sendable, Hashable {
    /// Bytes in one document (a case file, one NDJSON line, a rule file).
    public var maxBytes: Int
    /// Nesting depth of mappings and lists. The YAML parser recurses once per level.
    public var maxDepth: Int
    /// Values one document may expand to, aliases counted at every use ("billion laughs").
    public var maxNodes: Int
    /// Events in one case.
    public var maxEvents: Int
    /// Parties in one case. A rule owed to each party of some roles (`per_party`) makes an obligation per
    /// party and trigger, so parties multiply what a report holds.
    public var maxParties: Int

    /// Creates limits.
    public init(
        maxBytes: Int = 16 << 20, maxDepth: Int = 64, maxNodes: Int = 1_000_000, maxEvents: Int = 100_000, maxParties: Int = 100
    ) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxEvents = maxEvents
        self.maxParties = maxParties
    }

    /// The defaults: 16 MiB, 64 levels, 1,000,000 values, 100,000 events, 100 parties.
    public static let standard = InputLimits()
}
