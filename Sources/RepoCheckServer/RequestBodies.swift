import HTTPTypes
import Hummingbird
import NIOCore
import RepoCheckCore
import RepoCheckLoader

/// Reading a request body within its size limit, and a case from it.
enum RequestBodies {
    /// The whole body, at most `limit` bytes; a declared or actual larger body is a 413 problem.
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit { throw tooLarge(limit) }
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch is NIOTooManyBytesError {
            throw tooLarge(limit)
        }
    }

    /// 413, closing the connection so the rest of the body is not read.
    static func tooLarge(_ limit: Int) -> ProblemWithHeaders {
        ProblemWithHeaders(problem: .tooLarge(limit: limit), headers: [.connection: "close"])
    }

    /// The case in `bytes` (YAML or JSON); a case that does not load is a 400 problem naming each line,
    /// column and field. Diagnostics call the body `request`.
    static func decodeCase(_ bytes: [UInt8]) throws(Problem) -> Case {
        switch CaseLoader.decode(bytes: bytes, file: "request") {
        case .success(let testCase): return testCase
        case .failure(let error):
            throw Problem.badCase(error.diagnostics, text: String(validating: bytes, as: UTF8.self))
        }
    }
}
