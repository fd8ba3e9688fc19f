import Metrics
import Prometheus

/// The service's metrics, recorded through swift-metrics into a Prometheus registry of its own and
/// served by `GET /metrics` in the Prometheus text format. Labels never hold case data.
public struct ServerMetrics: Sendable {
    /// The registry `GET /metrics` prints.
    public let registry: PrometheusCollectorRegistry
    /// The swift-metrics factory over `registry`.
    public let factory: PrometheusMetricsFactory

    /// A fresh registry (one per service, so tests and several servers in one process do not mix).
    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["repocheck_http_request_duration_seconds"] = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
            .seconds(10),
        ]
        self.factory = factory
    }

    /// The metrics in the Prometheus text exposition format.
    public func exposition() -> String { registry.emitToString() }

    /// One request answered: `route` is the route template (`/v1/rules/{id}`), never the raw path.
    func requestFinished(route: String, method: String, status: Int, duration: Duration) {
        let dimensions = [("route", route), ("method", method), ("status", String(status))]
        Counter(label: "repocheck_http_requests_total", dimensions: dimensions, factory: factory).increment()
        Timer(label: "repocheck_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
            .recordNanoseconds(duration.nanoseconds)
    }

    /// The gauge of requests being handled.
    var inFlight: Meter { Meter(label: "repocheck_http_requests_in_flight", factory: factory) }

    /// One evaluation's outcome: `clean`, `violations`, `clear`, `blocked`, `scheduled`, `bad_input` or `timeout`.
    func evaluation(endpoint: String, outcome: String) {
        Counter(label: "repocheck_evaluations_total", dimensions: [("endpoint", endpoint), ("outcome", outcome)], factory: factory)
            .increment()
    }

    /// An evaluation left running after its time limit.
    func evaluationAbandoned() {
        Counter(label: "repocheck_evaluations_abandoned_total", factory: factory).increment()
    }

    /// A reload attempt: `ok` or `failed`.
    func reload(_ result: String) {
        Counter(label: "repocheck_pack_reloads_total", dimensions: [("result", result)], factory: factory).increment()
    }
}

extension Duration {
    /// Whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
