import HTTPTypes
import Hummingbird
import RepoCheckCore

/// Optional bearer-token authentication: every path but `/healthz` needs `Authorization: Bearer <token>`.
///
/// The presented token is hashed and the digests compared byte by byte without an early exit, so the
/// time taken does not depend on how much of the token was right, nor on its length.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    private let expected: [UInt8]

    init(token: String) { expected = Self.digest(token) }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == Routes.health { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.count > 7, header.prefix(7).lowercased() == "bearer ",
            Self.equal(Self.digest(String(header.dropFirst(7))), expected)
        else {
            throw ProblemWithHeaders(problem: .unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"repocheck\""])
        }
        return try await next(request, context)
    }

    static func digest(_ text: String) -> [UInt8] {
        var hash = SHA256()
        hash.update(text.utf8)
        return Array(hash.hexDigest().utf8)
    }

    /// Compares two equal-length digests in time independent of where they differ.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
