import Hummingbird
import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports

/// `GET /v1/rules` and `GET /v1/rules/{id}`: the rule catalogue of the pack in service.
struct RuleRoutes: Sendable {
    let service: RepoCheckService

    /// One rule id, every version, and the rule in plain words.
    struct RuleDocument: Encodable {
        let id: String
        let versions: [RuleCatalog.Entry]
        let explanation: String
    }

    /// Every rule version, as `repocheck rules list --format json` prints them.
    func list(_ request: Request) throws -> Response {
        // The router also matches `/v1/rules/` here; that is a rule with an empty id.
        guard request.uri.path == Routes.rules else {
            throw Problem(
                status: 404, code: "request.unknown-rule", title: "No such rule", detail: "no rule with an empty id; see GET /v1/rules")
        }
        let current = service.packs.current
        return Responses.text(current.catalogue, headers: Responses.packHeader(current))
    }

    /// One rule: its versions, and `repocheck rules explain ID`'s text.
    func rule(_ context: some RequestContext) throws -> Response {
        let current = service.packs.current
        let pack = current.pack
        let id = context.parameters.get("id") ?? ""
        let versions = pack.versions(of: id)
        guard !versions.isEmpty else {
            let hint = Suggestions.closest(to: id, in: pack.ruleIDs).map { "did you mean `\($0)`?" } ?? "see GET /v1/rules"
            throw Problem(
                status: 404, code: "request.unknown-rule", title: "No such rule", detail: "no rule with this id in the pack; \(hint)")
        }
        let entries = RuleCatalog.entries(pack).filter { $0.id == id }
        return Responses.text(
            JSONReport.encode(RuleDocument(id: id, versions: entries, explanation: RuleText.explain(versions)), pretty: true) + "\n",
            headers: Responses.packHeader(current))
    }
}
