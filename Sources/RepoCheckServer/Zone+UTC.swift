import RepoCheckCore

extension Zone {
    /// UTC, for timestamps in logs.
    static let utc = Zone(identifier: "UTC")!
}
