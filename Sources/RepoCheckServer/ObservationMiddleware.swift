import Hummingbird
import Logging
import Metrics

/// Counts, times and logs every request: method, route template, status and duration. Never the body,
/// the query string or a header value, so nothing from a case reaches the logs.
struct ObservationMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let inFlight = metrics.inFlight
        inFlight.increment()
        defer { inFlight.decrement() }
        let route = context.endpointPath ?? "unmatched"
        let status: Int
        do {
            let response = try await next(request, context)
            status = response.status.code
            finish(request, route: route, status: status, start: start, logger: context.logger)
            return response
        } catch {
            // The problem middleware inside answers every error; this is only a safety net.
            finish(request, route: route, status: 500, start: start, logger: context.logger)
            throw error
        }
    }

    /// Records the request; `logger` is the request's, which carries Hummingbird's `hb.request.id`.
    private func finish(_ request: Request, route: String, status: Int, start: ContinuousClock.Instant, logger: Logger) {
        let duration = ContinuousClock.now - start
        metrics.requestFinished(route: route, method: request.method.rawValue, status: status, duration: duration)
        logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)", "route": "\(route)", "status": "\(status)",
                "duration_ms": "\(Double(duration.nanoseconds / 1000) / 1000)",
            ])
    }
}
