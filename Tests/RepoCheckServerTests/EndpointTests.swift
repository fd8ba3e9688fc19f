import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports
import RepoCheckServer
import Testing

/// Every endpoint through the router, without sockets: the answers and the error paths.
@Suite struct EndpointTests {
    let service: RepoCheckService

    init() throws { service = try ServerTest.service(ServerTest.configuration()) }

    /// What `repocheck check --format json` prints for `bytes` with the same pack.
    func cliReport(_ bytes: [UInt8], asOf: String) throws -> String {
        let testCase = try CaseLoader.decode(bytes: bytes, file: "x").get()
        let report = try service.packs.current.evaluator.evaluate(
            testCase, options: EvaluationOptions(asOf: asOf), now: Instant(seconds: 0))
        return JSONReport.render(report)
    }

    @Test("POST /v1/check answers the JSON report, byte for byte what the CLI prints")
    func check() async throws {
        let body = try ServerTest.example("compliant-repossession.json")
        let expected = try cliReport(body, asOf: "2025-05-20")
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/check?as_of=2025-05-20", method: .post, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(response.text == expected)
                #expect(response.headers[HTTPField.Name("RepoCheck-Pack")!]?.hasPrefix("repocheck-california ") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(response.headers[.server] == nil)
            }
        }
    }

    @Test("POST /v1/check reads YAML as well as JSON, and reports violations with status 200")
    func checkYAML() async throws {
        let body = try ServerTest.example("late-police-notice.yaml")
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
                let summary = response.json()["summary"] as? [String: Any]
                #expect((summary?["violations"] as? Int ?? 0) > 0)
            }
        }
    }

    @Test("POST /v1/preflight?at= answers CLEAR or BLOCKED with the blocking rules")
    func preflight() async throws {
        let body = try ServerTest.example("preflight/open-case.yaml")
        try await ServerTest.withRouter(service) { client in
            try await client.execute(
                uri: "/v1/preflight?at=2025-06-03T01:00:00-07:00", method: .post, body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .ok)
                let decision = response.json()["decision"] as? [String: Any]
                #expect(decision?["status"] as? String == "blocked")
                #expect(decision?["planned_at"] as? String == "2025-06-03T01:00:00-07:00")
                #expect((decision?["blocking_rules"] as? [String])?.contains("us.bk.362.automatic-stay") == true)
            }
        }
    }

    @Test("POST /v1/schedule answers the obligations as `repocheck schedule --format json` does")
    func schedule() async throws {
        let body = try ServerTest.example("late-police-notice.yaml")
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/schedule?as_of=2025-04-15", method: .post, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
                let json = response.json()
                #expect(Set(json.keys) == ["case_id", "timezone", "as_of", "obligations", "provenance"])
                #expect(!(json["obligations"] as? [Any] ?? []).isEmpty)
            }
        }
    }

    @Test("GET /v1/rules lists every rule version; GET /v1/rules/{id} explains one")
    func rules() async throws {
        let pack = service.packs.current.pack
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/rules", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == JSONReport.encode(RuleCatalog.entries(pack), pretty: true) + "\n")
            }
            try await client.execute(uri: "/v1/rules/ca.veh.28.police-notice", method: .get) { response in
                #expect(response.status == .ok)
                let json = response.json()
                #expect(json["id"] as? String == "ca.veh.28.police-notice")
                #expect((json["explanation"] as? String)?.contains("Cal. Veh. Code § 28") == true)
            }
            try await client.execute(uri: "/v1/rules/ca.veh.28.police-notic", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.json()["detail"] as? String == "no rule with this id in the pack; did you mean `ca.veh.28.police-notice`?")
            }
        }
    }

    @Test("GET /healthz and GET /metrics answer; the metrics count requests by route, never by case")
    func healthAndMetrics() async throws {
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == "{\"status\":\"ok\"}\n")
            }
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(string: "{}"))
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                #expect(response.text.contains(#"repocheck_http_requests_total{route="/v1/check",method="POST",status="400"} 1"#))
                #expect(response.text.contains(#"repocheck_evaluations_total{endpoint="check",outcome="bad_input"} 1"#))
                #expect(response.text.contains("repocheck_http_request_duration_seconds_bucket"))
            }
        }
    }

    @Test("a case that does not load is a 400 problem naming line, column and field")
    func badCase() async throws {
        let body = """
            {"case_id": "CA-1", "timezone": "America/Los_Angeles",
             "parties": [{"id": "b1", "role": "buyer", "name": "Marisol Example"}],
             "events": [{"type": "call", "at": "2025-01-01T10:00:00"}]}
            """
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json")
                let json = response.json()
                #expect(json["type"] as? String == "tag:repocheck,2025:case.bad-timestamp")
                #expect(json["status"] as? Int == 400)
                #expect(
                    json["detail"] as? String == "request:3:36: error: timestamp without a time-zone offset in `at` [case.bad-timestamp]")
                let item = (json["errors"] as? [[String: Any]])?.first
                #expect(item?["line"] as? Int == 3)
                #expect(item?["column"] as? Int == 36)
                #expect(item?["pointer"] as? String == "/events/0/at")
                #expect(item?["hint"] as? String == "add the offset, e.g. `2025-03-14T02:10:00-07:00`, or `Z` for UTC")
                #expect(!response.text.contains("Marisol"), "a problem must not echo personal data")
            }
        }
    }

    @Test(
        "YAML syntax, an empty body and invalid UTF-8 are 400 problems too",
        arguments: [
            ("{\"case_id\": ", "yaml.syntax"), ("", "case.empty"), ("\u{FF}", "case.not-utf8"),
        ])
    func badBodies(body: String, code: String) async throws {
        var bytes = Array(body.utf8)
        if code == "case.not-utf8" { bytes = [0xFF, 0xFE] }
        let sent = bytes
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(bytes: sent)) { response in
                #expect(response.status == .badRequest)
                #expect(response.json()["code"] as? String == code)
            }
        }
    }

    @Test(
        "an unreadable `as_of` or `at` is a 400 problem",
        arguments: [
            "/v1/check?as_of=yesterday", "/v1/schedule?as_of=2025-03-14T02:10:00", "/v1/audit?as_of=2025-13-01",
            "/v1/preflight?at=2025-06-03", "/v1/preflight?at=soon",
        ])
    func badTimes(uri: String) async throws {
        let body = try ServerTest.example("compliant-repossession.json")
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: uri, method: .post, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .badRequest)
                #expect(response.json()["code"] as? String == "request.bad-time")
            }
        }
    }

    @Test("an unknown path is 404 and a wrong method 405 with Allow, both as problems")
    func routing() async throws {
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v2/check", method: .post) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            try await client.execute(uri: "/v1/check", method: .get) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "POST")
            }
            try await client.execute(uri: "/v1/rules/x", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
        }
    }
}
