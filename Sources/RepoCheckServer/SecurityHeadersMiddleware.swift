import HTTPTypes
import Hummingbird

/// Headers on every response: `X-Content-Type-Options: nosniff`, so a client never reads a report as
/// something else, and `Cache-Control: no-store`, so no cache keeps a report about a person's case.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
