import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RepoCheckServer
import Testing

/// The optional bearer token: 401 without it, everything but /healthz behind it.
@Suite struct AuthTests {
    static let token = "s3cret-token-for-tests-0123456789"

    @Test(
        "with a token set, a request without it, or with a wrong one, is a 401 problem",
        arguments: [
            nil, "Bearer wrong", "Bearer " + token + "x", "Basic " + token, "Bearer", "bearer " + String(token.dropLast()),
        ])
    func rejected(authorization: String?) async throws {
        let service = try ServerTest.service(ServerTest.configuration(token: Self.token))
        var headers: HTTPFields = [:]
        if let authorization { headers[.authorization] = authorization }
        let sent = headers
        try await ServerTest.withRouter(service) { client in
            for (uri, method) in [
                ("/v1/rules", HTTPRequest.Method.get), ("/metrics", .get), ("/v1/check", .post), ("/v1/admin/reload", .post),
                ("/nowhere", .get),
            ] {
                try await client.execute(uri: uri, method: method, headers: sent) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                    #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"repocheck\"")
                    #expect(response.headers[.contentType] == "application/problem+json")
                    #expect(response.json()["code"] as? String == "request.unauthorized")
                }
            }
        }
    }

    @Test("the right token passes, in any case of the scheme name; /healthz needs none")
    func accepted() async throws {
        let service = try ServerTest.service(ServerTest.configuration(token: Self.token))
        try await ServerTest.withRouter(service) { client in
            for scheme in ["Bearer ", "bearer ", "BEARER "] {
                try await client.execute(uri: "/v1/rules", method: .get, headers: [.authorization: scheme + Self.token]) { response in
                    #expect(response.status == .ok)
                }
            }
            try await client.execute(uri: "/healthz", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test("without a token configured, no request needs one")
    func open() async throws {
        let service = try ServerTest.service(ServerTest.configuration())
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/rules", method: .get) { response in #expect(response.status == .ok) }
        }
    }
}
