/// The limits the service enforces, each with a default and a `repocheck-server` flag (see `docs/limits.md`).
///
/// Hummingbird sets none of the time limits and no connection cap by default; every one is set here.
public struct ServerLimits: Sendable, Hashable {
    /// Largest request body for one case (`/v1/check`, `/v1/preflight`, `/v1/schedule`), in bytes;
    /// also the longest line of an `/v1/audit` stream. Larger gives 413. Flag `--max-body-bytes`.
    public var maxBodyBytes: Int
    /// Largest `/v1/audit` body, in bytes. A declared larger body gives 413; a streamed one is cut off
    /// with an error line. Flag `--max-audit-bytes`.
    public var maxAuditBytes: Int
    /// Longest one evaluation may take (one case, or one line of an audit) before the request gets 503.
    /// Flag `--evaluation-timeout`.
    public var evaluationTimeout: Duration
    /// A connection that sends nothing for this long is closed. Flag `--idle-timeout`.
    public var idleTimeout: Duration
    /// Most connections open at once; further connections wait in the listen backlog until one closes.
    /// Flag `--max-connections`.
    public var maxConnections: Int
    /// On SIGTERM or SIGINT the server stops accepting connections and lets requests in flight finish for
    /// at most this long, then cancels them. Flag `--shutdown-timeout`.
    public var shutdownTimeout: Duration

    /// The defaults: 2 MiB bodies, 64 MiB audits, 10 s per evaluation, 30 s idle, 256 connections, 10 s to shut down.
    public init(
        maxBodyBytes: Int = 2 * 1024 * 1024, maxAuditBytes: Int = 64 * 1024 * 1024, evaluationTimeout: Duration = .seconds(10),
        idleTimeout: Duration = .seconds(30), maxConnections: Int = 256, shutdownTimeout: Duration = .seconds(10)
    ) {
        self.maxBodyBytes = maxBodyBytes
        self.maxAuditBytes = maxAuditBytes
        self.evaluationTimeout = evaluationTimeout
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.shutdownTimeout = shutdownTimeout
    }
}
