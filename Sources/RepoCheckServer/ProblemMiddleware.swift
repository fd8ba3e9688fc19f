import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Turns every error into an RFC 9457 problem document: the service's own problems as they are, an
/// unknown path as 404, a known path with the wrong method as 405 with `Allow`, an oversized body as 413,
/// and anything else as 500 without detail.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return Responses.problem(problem)
        } catch let problem as ProblemWithHeaders {
            return Responses.problem(problem.problem, headers: problem.headers)
        } catch is NIOTooManyBytesError {
            return Responses.problem(.tooLarge(limit: context.maxUploadSize), headers: [.connection: "close"])
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = Routes.methods(for: request.uri.path)
            guard allowed.isEmpty else {
                return Responses.problem(
                    Problem(
                        status: 405, code: "request.method-not-allowed", title: "Method not allowed",
                        detail: "this path answers \(allowed.map(\.rawValue).joined(separator: ", "))"),
                    headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")])
            }
            return Responses.problem(
                Problem(status: 404, code: "request.not-found", title: "Not found", detail: "no such path; see docs/openapi.yaml"))
        } catch let error as any HTTPResponseError {
            let status = error.status
            return Responses.problem(
                Problem(status: status.code, code: "request.http-\(status.code)", title: status.reasonPhrase, detail: status.reasonPhrase))
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            // The error's text is not logged: it might carry part of a request.
            logger.error("internal error", metadata: ["error.type": "\(type(of: error))"])
            return Responses.problem(
                Problem(status: 500, code: "request.internal", title: "Internal server error", detail: "the server could not answer"))
        }
    }
}
