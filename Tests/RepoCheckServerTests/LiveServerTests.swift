import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RepoCheckServer
import Testing

/// The real server on 127.0.0.1 and an ephemeral port, with a token: every endpoint and its error paths
/// over a socket.
@Suite struct LiveServerTests {
    static let token = "live-test-token-0123456789abcdef"
    static let auth: HTTPFields = [.authorization: "Bearer " + token]

    func request(
        _ client: TestClient, _ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = auth, body: [UInt8]? = nil
    ) async throws -> TestClient.Response {
        try await client.execute(.init(uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) }))
    }

    @Test("every endpoint answers over a socket, and each error path gives its problem")
    func everyEndpoint() async throws {
        let service = try ServerTest.service(ServerTest.configuration(token: Self.token, limits: ServerLimits(maxBodyBytes: 64 * 1024)))
        let compliant = try ServerTest.example("compliant-repossession.json")
        let late = try ServerTest.example("late-police-notice.yaml")
        let open = try ServerTest.example("preflight/open-case.yaml")
        let line = Array((try AuditEndpointTests.line("compliant-repossession.json") + "\n").utf8)
        try await ServerTest.withLiveServer(service) { port, _ in
            try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
                func status(_ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = Self.auth, body: [UInt8]? = nil)
                    async throws -> (HTTPResponse.Status, String, HTTPFields)
                {
                    let response = try await request(client, method, uri, headers: headers, body: body)
                    return (response.status, response.body.map { String(buffer: $0) } ?? "", response.headers)
                }
                // The happy paths.
                #expect(try await status(.get, "/healthz", headers: [:]).0 == .ok)
                let checked = try await status(.post, "/v1/check", body: compliant)
                #expect(checked.0 == .ok)
                #expect(checked.1.contains("\"case_id\" : \"CA-2025-000123\""))
                #expect(try await status(.post, "/v1/check?as_of=2025-04-15", body: late).1.contains("\"violations\" : "))
                let preflight = try await status(.post, "/v1/preflight?at=2025-06-03T01:00:00-07:00", body: open)
                #expect(preflight.0 == .ok && preflight.1.contains("\"status\" : \"blocked\""))
                #expect(try await status(.post, "/v1/schedule", body: late).1.contains("\"obligations\""))
                let audit = try await status(.post, "/v1/audit", body: line + [10] + line)
                #expect(audit.0 == .ok && audit.2[.contentType] == "application/x-ndjson")
                #expect(audit.1.split(separator: "\n").count == 2)
                #expect(try await status(.get, "/v1/rules").1.contains("ca.veh.28.police-notice"))
                #expect(try await status(.get, "/v1/rules/ca.veh.28.police-notice").0 == .ok)
                #expect(try await status(.post, "/v1/admin/reload").0 == .ok)
                #expect(try await status(.get, "/metrics").1.contains("repocheck_http_requests_total"))

                // The error paths.
                #expect(try await status(.get, "/v1/rules", headers: [:]).0 == .unauthorized)
                #expect(try await status(.get, "/v1/rules", headers: [.authorization: "Bearer nope"]).0 == .unauthorized)
                #expect(try await status(.post, "/v1/check", body: Array("{\"case_id\": 1}".utf8)).0 == .badRequest)
                #expect(try await status(.post, "/v1/preflight?at=tomorrow", body: open).0 == .badRequest)
                #expect(try await status(.get, "/v1/rules/no.such.rule").0 == .notFound)
                #expect(try await status(.get, "/v1/nothing").0 == .notFound)
                let wrongMethod = try await status(.put, "/v1/check", body: compliant)
                #expect(wrongMethod.0 == .methodNotAllowed && wrongMethod.2[.allow] == "POST")
            }
            // A body over the limit: 413, and the connection is closed rather than read to the end.
            try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
                let big = try await request(client, .post, "/v1/check", body: Array(repeating: UInt8(ascii: " "), count: 64 * 1024 + 1))
                #expect(big.status == .contentTooLarge)
                #expect(big.headers[.contentType] == "application/problem+json")
            }
        }
    }
}
