/// Everything `repocheck-server` is started with.
public struct ServerConfiguration: Sendable {
    /// Where the rule pack comes from.
    public enum RuleSource: Sendable, Hashable {
        /// The pack bundled with RepoCheck (`BundledRules`).
        case bundled
        /// A rule pack folder on disk, read again on every reload.
        case directory(String)
    }

    /// The address to listen on. Default `127.0.0.1`: loopback only.
    public var host: String
    /// The port to listen on; `0` picks a free one. Default `8080`.
    public var port: Int
    /// The rule pack. Default: the bundled pack.
    public var rules: RuleSource
    /// When set, every request but `GET /healthz` must carry `Authorization: Bearer <token>`.
    public var token: String?
    /// When set, one NDJSON line per check and pre-flight is appended to this file (see `DecisionLog`).
    public var decisionLogPath: String?
    /// Whether logs and the decision log may name case ids. Off by default: ids can identify a person.
    public var logCaseIDs: Bool
    /// Body sizes, timeouts and the connection cap.
    public var limits: ServerLimits
    /// Test hook: a pause added to every evaluation, inside its time limit.
    package var evaluationDelay: Duration?

    /// A configuration; every argument has the documented default.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, rules: RuleSource = .bundled, token: String? = nil,
        decisionLogPath: String? = nil, logCaseIDs: Bool = false, limits: ServerLimits = ServerLimits()
    ) {
        self.host = host
        self.port = port
        self.rules = rules
        self.token = token
        self.decisionLogPath = decisionLogPath
        self.logCaseIDs = logCaseIDs
        self.limits = limits
    }
}
