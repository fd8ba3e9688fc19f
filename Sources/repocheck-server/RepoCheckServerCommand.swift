import ArgumentParser
import Foundation
import Logging
import RepoCheckServer

/// `repocheck-server`: the RepoCheck HTTP service. Parses flags, then runs `RepoCheckServer`.
@main
struct RepoCheckServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repocheck-server",
        abstract: "Serve RepoCheck over HTTP: check, pre-flight, schedule and audit cases against the rule pack.",
        discussion: """
            Endpoints: POST /v1/check, /v1/preflight, /v1/schedule, /v1/audit; GET /v1/rules, /v1/rules/{id}, \
            /healthz, /metrics; POST /v1/admin/reload (or send SIGHUP) to reload the rule pack. See docs/openapi.yaml \
            and docs/limits.md. Not legal advice.

            Example:
              repocheck-server --port 8080 --token-file /etc/repocheck/token
              curl -d @examples/compliant-repossession.json localhost:8080/v1/check
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "The rule pack folder. Default: REPOCHECK_RULES, else the bundled pack.")
    var rules: String?

    @Option(help: "A file holding the bearer token every request but GET /healthz must carry.")
    var tokenFile: String?

    @Option(help: "Append one NDJSON line per check and pre-flight to this file (no personal data).")
    var decisionLog: String?

    @Flag(help: "Allow logs and the decision log to name case ids (off: ids can identify a person).")
    var logCaseIds = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @Option(help: "Largest request body for one case, and longest audit line, in bytes.")
    var maxBodyBytes = ServerLimits().maxBodyBytes

    @Option(help: "Largest /v1/audit body, in bytes.")
    var maxAuditBytes = ServerLimits().maxAuditBytes

    @Option(help: "Seconds one evaluation may take before the request gets 503.")
    var evaluationTimeout = 10.0

    @Option(help: "Seconds a connection may stay idle before it is closed.")
    var idleTimeout = 30.0

    @Option(help: "Most connections open at once.")
    var maxConnections = ServerLimits().maxConnections

    @Option(help: "Seconds to let requests in flight finish on SIGTERM or SIGINT.")
    var shutdownTimeout = 10.0

    func validate() throws {
        for (name, value) in [
            ("--max-body-bytes", maxBodyBytes), ("--max-audit-bytes", maxAuditBytes), ("--max-connections", maxConnections),
        ]
        where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        for (name, value) in [
            ("--evaluation-timeout", evaluationTimeout), ("--idle-timeout", idleTimeout), ("--shutdown-timeout", shutdownTimeout),
        ] where !(value > 0 && value <= 86_400) {
            throw ValidationError("\(name) must be more than 0 and at most 86400 seconds")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level `\(logLevel)`") }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "repocheck-server")
        var configuration = ServerConfiguration(
            host: host, port: port, decisionLogPath: decisionLog, logCaseIDs: logCaseIds,
            limits: ServerLimits(
                maxBodyBytes: maxBodyBytes, maxAuditBytes: maxAuditBytes, evaluationTimeout: .seconds(evaluationTimeout),
                idleTimeout: .seconds(idleTimeout), maxConnections: maxConnections, shutdownTimeout: .seconds(shutdownTimeout)))
        if let path = rules ?? ProcessInfo.processInfo.environment["REPOCHECK_RULES"] { configuration.rules = .directory(path) }
        if let tokenFile { configuration.token = try Self.token(from: tokenFile, logger: logger) }

        let service: RepoCheckService
        do {
            service = try RepoCheckService(configuration: configuration, logger: logger)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        try await runServer(service)
    }

    /// The token in `path`, without surrounding whitespace.
    static func token(from path: String, logger: Logger) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read the token file `\(path)`")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard token.count >= 16 else { throw ValidationError("the token in `\(path)` must be at least 16 characters") }
        if let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int, permissions & 0o077 != 0
        {
            logger.warning("the token file can be read by other users; chmod 600 it", metadata: ["path": "\(path)"])
        }
        return token
    }
}
