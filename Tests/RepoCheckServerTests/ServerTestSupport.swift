import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import NIOCore
import RepoCheckServer
import RepoCheckTestSupport
import ServiceLifecycle

/// What the server tests share: configurations, example cases, a log recorder and a live server.
enum ServerTest {
    static let root = repositoryRoot()

    /// The pack the tests serve: `REPOCHECK_RULES` when set (as for the CLI), else the bundled pack.
    static var rules: ServerConfiguration.RuleSource {
        ProcessInfo.processInfo.environment["REPOCHECK_RULES"].map { .directory($0) } ?? .bundled
    }

    /// A configuration over the test pack.
    static func configuration(token: String? = nil, limits: ServerLimits = ServerLimits()) -> ServerConfiguration {
        ServerConfiguration(host: "127.0.0.1", port: 0, rules: rules, token: token, limits: limits)
    }

    /// The bytes of `examples/NAME`.
    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent("examples/" + name)))
    }

    /// The test pack, loaded once for every test that does not reload it (loading is the slow part).
    static let sharedPacks = Result { try PackStore(source: rules) }

    /// A service that logs into `recorder`; over the shared pack when `configuration` uses the test pack.
    static func service(_ configuration: ServerConfiguration, recorder: LogRecorder = LogRecorder()) throws -> RepoCheckService {
        guard configuration.rules == rules else { return try RepoCheckService(configuration: configuration, logger: recorder.logger) }
        return try RepoCheckService(configuration: configuration, packs: try sharedPacks.get(), logger: recorder.logger)
    }

    /// Runs `test` against the router, without sockets.
    @discardableResult
    static func withRouter<Value: Sendable>(
        _ service: RepoCheckService, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        try await buildApplication(service).test(.router) { client in try await test(client) }
    }

    /// Starts the real server on 127.0.0.1 and an ephemeral port, runs `test` with the port and the
    /// service group, then shuts the server down gracefully and waits for it to stop.
    static func withLiveServer<Value: Sendable>(
        _ service: RepoCheckService, _ test: @escaping @Sendable (Int, ServiceGroup) async throws -> Value
    ) async throws -> Value {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let group = makeServiceGroup(service, gracefulShutdownSignals: []) { channel in
            continuation.yield(channel.localAddress?.port ?? 0)
            continuation.finish()
        }
        return try await withThrowingTaskGroup(of: Value?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            let value: Value
            do {
                value = try await test(port, group)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return value
        }
    }
}

/// Collects every log record, to check what the server writes to its logs.
final class LogRecorder: Sendable {
    struct Record: Sendable {
        let level: Logger.Level
        let message: String
        let metadata: [String: String]

        /// The message and every metadata key and value, as one text to search.
        var text: String { ([message] + metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ") }
    }

    private let box = NIOLockedValueBox<[Record]>([])

    var records: [Record] { box.withLockedValue { $0 } }

    /// Everything logged, one record per line.
    var text: String { records.map(\.text).joined(separator: "\n") }

    var logger: Logger {
        var logger = Logger(label: "repocheck-server-test") { _ in Handler(recorder: self) }
        logger.logLevel = .trace
        return logger
    }

    fileprivate func add(_ record: Record) { box.withLockedValue { $0.append(record) } }

    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            recorder.add(Record(level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
        }
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body parsed as a JSON object (empty when it is not one).
    func json() -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

extension ByteBuffer {
    /// A buffer holding `bytes`.
    init(bytes: [UInt8]) {
        self.init()
        writeBytes(bytes)
    }
}
