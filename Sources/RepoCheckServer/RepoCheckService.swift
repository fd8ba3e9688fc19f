import Foundation
import Logging
import RepoCheckCore
import RepoCheckReports

/// The state behind the HTTP service: its configuration, the rule pack in service, metrics and the
/// decision log. Build one, then `buildRouter(_:)`, `buildApplication(_:)` or `makeServiceGroup(_:)` over it.
public final class RepoCheckService: Sendable {
    /// Why the service cannot start.
    public struct StartError: Error, Sendable, CustomStringConvertible {
        /// What went wrong, as the command line prints it.
        public let description: String
    }

    /// How it was started.
    public let configuration: ServerConfiguration
    /// The rule pack in service.
    public let packs: PackStore
    /// Its metrics.
    public let metrics: ServerMetrics
    /// The decision log, when configured.
    public let decisionLog: DecisionLog?
    /// Its logger. Nothing logged holds case data; case ids only with `logCaseIDs`.
    public let logger: Logger
    let runner: EvaluationRunner

    /// Loads the rule pack and opens the decision log.
    ///
    /// - Throws: `StartError` when the pack does not load (with every diagnostic) or the log cannot be opened.
    public convenience init(configuration: ServerConfiguration, logger: Logger = Logger(label: "repocheck-server")) throws(StartError) {
        let packs: PackStore
        do {
            packs = try PackStore(source: configuration.rules)
        } catch {
            throw StartError(description: DiagnosticText.render(error.diagnostics))
        }
        try self.init(configuration: configuration, packs: packs, logger: logger)
    }

    /// A service over a pack store already loaded (tests share one across many services).
    package init(configuration: ServerConfiguration, packs: PackStore, logger: Logger) throws(StartError) {
        self.configuration = configuration
        self.logger = logger
        self.packs = packs
        do {
            decisionLog = try configuration.decisionLogPath.map { path throws(DecisionLog.WriteError) in try DecisionLog(path: path) }
        } catch {
            throw StartError(description: "error: \(error.description)")
        }
        let metrics = ServerMetrics()
        self.metrics = metrics
        runner = EvaluationRunner(
            timeout: configuration.limits.evaluationTimeout, delay: configuration.evaluationDelay,
            onAbandon: { metrics.evaluationAbandoned() })
        let pack = packs.current.pack
        logger.info(
            "rule pack loaded",
            metadata: [
                "pack": "\(pack.name)", "version": "\(pack.version)", "sha256": "\(pack.contentHash)", "rules": "\(pack.rules.count)",
            ])
    }

    /// Reloads the rule pack (`SIGHUP` or `POST /v1/admin/reload`): the new pack replaces the old one only
    /// if it loads without error. Logs and counts the result.
    @discardableResult
    public func reloadPack(trigger: String) -> Result<PackStore.Current, DiagnosticsError> {
        let result = packs.reload()
        switch result {
        case .success(let current):
            metrics.reload("ok")
            logger.info(
                "rule pack reloaded",
                metadata: [
                    "trigger": "\(trigger)", "pack": "\(current.pack.name)", "version": "\(current.pack.version)",
                    "sha256": "\(current.pack.contentHash)",
                ])
        case .failure(let error):
            metrics.reload("failed")
            // Rule-pack diagnostics name rule files and quote rules, never case data.
            logger.error(
                "rule pack reload failed; the previous pack is still serving",
                metadata: ["trigger": "\(trigger)", "diagnostics": "\(DiagnosticText.render(error.diagnostics))"])
        }
        return result
    }

    /// The current time, to the whole second (so a report's `as_of` replays exactly).
    static func now() -> Instant { Instant(seconds: Int64(Date().timeIntervalSince1970)) }
}
