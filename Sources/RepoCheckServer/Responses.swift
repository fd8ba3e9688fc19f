import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import RepoCheckCore
import RepoCheckReports

/// Building responses: JSON bodies and problem documents.
enum Responses {
    /// The media type of JSON reports.
    static let json = "application/json"
    /// The media type of NDJSON streams.
    static let ndjson = "application/x-ndjson"

    /// `text` as a response of `contentType`.
    static func text(_ text: String, status: HTTPResponse.Status = .ok, contentType: String = json, headers: HTTPFields = [:])
        -> Response
    {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The `RepoCheck-Pack` header: which pack answered.
    static func packHeader(_ current: PackStore.Current) -> HTTPFields {
        [.repoCheckPack: "\(current.pack.name) \(current.pack.version) sha256=\(current.pack.contentHash)"]
    }

    /// `problem` as `application/problem+json`, with any extra `headers`.
    static func problem(_ problem: Problem, headers: HTTPFields = [:]) -> Response {
        text(
            JSONReport.encode(problem, pretty: false) + "\n", status: HTTPResponse.Status(code: problem.status),
            contentType: Problem.mediaType, headers: headers)
    }
}

/// A problem to answer with extra response headers (`WWW-Authenticate`, `Allow`, `Connection`).
struct ProblemWithHeaders: Error {
    let problem: Problem
    let headers: HTTPFields
}

extension HTTPField.Name {
    /// `RepoCheck-Pack`: the name, version and content hash of the pack that answered.
    static let repoCheckPack = HTTPField.Name("RepoCheck-Pack")!
}
