import HTTPTypes
import Hummingbird
import RepoCheckCore
import RepoCheckReports

/// `GET /healthz`, `GET /metrics` and `POST /v1/admin/reload`.
struct AdminRoutes: Sendable {
    let service: RepoCheckService

    /// The reload's answer.
    struct Reloaded: Encodable {
        struct Pack: Encodable {
            let name: String
            let version: String
            let sha256: String
            let rules: Int
        }
        let status = "reloaded"
        let pack: Pack
        let warnings: Int
    }

    /// `{"status":"ok"}`: the process is up and has a pack. Says nothing more, and needs no token.
    func health() -> Response {
        Responses.text("{\"status\":\"ok\"}\n")
    }

    /// The Prometheus text exposition.
    func metrics() -> Response {
        Responses.text(service.metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }

    /// Reloads the pack; on failure the old pack keeps serving and the answer lists every diagnostic.
    func reload() async throws -> Response {
        let service = service
        let result = await Task.detached { service.reloadPack(trigger: "POST /v1/admin/reload") }.value
        switch result {
        case .success(let current):
            let pack = current.pack
            let body = Reloaded(
                pack: .init(name: pack.name, version: pack.version, sha256: pack.contentHash, rules: pack.rules.count),
                warnings: current.warnings.count)
            return Responses.text(JSONReport.encode(body, pretty: true) + "\n")
        case .failure(let error):
            let errors = error.diagnostics.filter { $0.severity == .error }
            throw Problem(
                status: 422, code: "pack.reload-failed", title: "The rule pack did not load; the previous pack is still serving",
                detail: DiagnosticText.render(errors),
                errors: errors.map { diagnostic in
                    let file = diagnostic.location.map { "\($0.file): " } ?? ""
                    return Problem.Item(
                        code: diagnostic.code, message: file + diagnostic.message, line: diagnostic.location?.line,
                        column: diagnostic.location?.column, hint: diagnostic.hint)
                })
        }
    }
}
