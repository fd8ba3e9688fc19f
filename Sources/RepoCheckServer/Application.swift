import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// The router of the service: every route, behind the observation, security-header, problem and (when a
/// token is set) authentication middleware. Test it without sockets with HummingbirdTesting's `.router` framework.
public func buildRouter(_ service: RepoCheckService) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.middlewares.add(ObservationMiddleware(metrics: service.metrics))
    router.middlewares.add(SecurityHeadersMiddleware())
    router.middlewares.add(ProblemMiddleware(logger: service.logger))
    if let token = service.configuration.token { router.middlewares.add(BearerTokenMiddleware(token: token)) }

    let cases = CaseRoutes(service: service)
    let audit = AuditRoute(service: service)
    let rules = RuleRoutes(service: service)
    let admin = AdminRoutes(service: service)
    router.get(RouterPath(Routes.health)) { _, _ in admin.health() }
    router.get(RouterPath(Routes.metrics)) { _, _ in admin.metrics() }
    router.post(RouterPath(Routes.check)) { request, _ in try await cases.check(request) }
    router.post(RouterPath(Routes.preflight)) { request, _ in try await cases.preflight(request) }
    router.post(RouterPath(Routes.schedule)) { request, _ in try await cases.schedule(request) }
    router.post(RouterPath(Routes.audit)) { request, _ in try await audit.audit(request) }
    router.get(RouterPath(Routes.rules)) { request, _ in try rules.list(request) }
    router.get(RouterPath(Routes.rule)) { _, context in try rules.rule(context) }
    router.post(RouterPath(Routes.reload)) { _, _ in try await admin.reload() }
    return router
}

/// The HTTP application: the router on `host:port`, HTTP/1.1 with the idle timeout, and the connection cap.
///
/// - Parameter onServerRunning: called once the socket is bound (its `localAddress` has the port when
///   the configuration asked for port 0).
public func buildApplication(
    _ service: RepoCheckService, onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let configuration = service.configuration
    let limits = configuration.limits
    return Application(
        router: buildRouter(service),
        server: .http1(configuration: .init(idleTimeout: .nanoseconds(limits.idleTimeout.nanoseconds))),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port),
            availableConnectionsDelegate: MaximumAvailableConnections(limits.maxConnections, logger: service.logger)),
        onServerRunning: onServerRunning,
        logger: service.logger)
}

/// The whole service as a swift-service-lifecycle group: the application, and a rule-pack reload on `SIGHUP`.
///
/// `gracefulShutdownSignals` (and `triggerGracefulShutdown()`) stop accepting connections and let requests
/// in flight finish for at most `limits.shutdownTimeout`; then they are cancelled, and a group still
/// running 5 s after that ends the process.
public func makeServiceGroup(
    _ service: RepoCheckService, gracefulShutdownSignals: [UnixSignal] = [.sigterm, .sigint],
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) -> ServiceGroup {
    var configuration = ServiceGroupConfiguration(
        services: [buildApplication(service, onServerRunning: onServerRunning), HangupReload(service: service)],
        gracefulShutdownSignals: gracefulShutdownSignals, logger: service.logger)
    configuration.maximumGracefulShutdownDuration = service.configuration.limits.shutdownTimeout
    configuration.maximumCancellationDuration = .seconds(5)
    return ServiceGroup(configuration: configuration)
}

/// Reloads the rule pack on each `SIGHUP`, until shutdown.
struct HangupReload: Service {
    let service: RepoCheckService

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        service.logger.debug("reloading the rule pack on SIGHUP")
        for await _ in signals.cancelOnGracefulShutdown() {
            let service = service
            _ = await Task.detached { service.reloadPack(trigger: "SIGHUP") }.value
        }
    }
}

/// Runs the service until `SIGTERM` or `SIGINT`, then shuts it down gracefully (see `makeServiceGroup(_:)`).
public func runServer(_ service: RepoCheckService) async throws {
    try await makeServiceGroup(service).run()
}
