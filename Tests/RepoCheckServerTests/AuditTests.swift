import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import RepoCheckCore
import RepoCheckReports
import RepoCheckServer
import Testing

/// `POST /v1/audit`: NDJSON in, one report or one error object per non-blank line out, in order.
@Suite struct AuditEndpointTests {
    /// `examples/NAME` on one line.
    static func line(_ name: String) throws -> String {
        let data = try JSONSerialization.jsonObject(with: Data(try ServerTest.example(name)))
        return String(decoding: try JSONSerialization.data(withJSONObject: data, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("reports and error objects come back in input order; blank lines give nothing")
    func stream() async throws {
        let service = try ServerTest.service(ServerTest.configuration())
        let good = try Self.line("compliant-repossession.json")
        let bankrupt = try Self.line("repossession-during-bankruptcy.json")
        let input = [good, "", bankrupt, "{\"case_id\": \"x\"}", "not json at all: [", good + "\r"].joined(separator: "\n")
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/audit?as_of=2025-07-01", method: .post, body: ByteBuffer(string: input)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/x-ndjson")
                let lines = response.text.split(separator: "\n").map {
                    try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
                }
                #expect(lines.count == 5)
                #expect(lines[0]?["case_id"] as? String == "CA-2025-000123")
                #expect(lines[1]?["case_id"] as? String == "CA-2025-000311")
                #expect(lines[2]?["line"] as? Int == 4)
                #expect((lines[2]?["error"] as? [String: Any])?["code"] as? String == "case.missing-key")
                #expect(lines[3]?["line"] as? Int == 5)
                #expect((lines[3]?["error"] as? [String: Any])?["status"] as? Int == 400)
                #expect(lines[4]?["as_of"] as? String == "2025-07-01T23:59:59.999999999-07:00")
            }
        }
    }

    @Test("an audit line is the same report as /v1/check gives, on one line")
    func sameAsCheck() async throws {
        let service = try ServerTest.service(ServerTest.configuration())
        let good = try Self.line("compliant-repossession.json")
        try await ServerTest.withRouter(service) { client in
            let checked = try await client.execute(uri: "/v1/check?as_of=2025-07-01", method: .post, body: ByteBuffer(string: good)) {
                $0.text
            }
            let audited = try await client.execute(uri: "/v1/audit?as_of=2025-07-01", method: .post, body: ByteBuffer(string: good)) {
                $0.text
            }
            let report = try JSONDecoder().decode(Report.self, from: Data(checked.utf8))
            #expect(audited == JSONReport.line(report) + "\n")
        }
    }

    @Test("a line's error names the line of the stream and the field")
    func lineDiagnostics() async throws {
        let service = try ServerTest.service(ServerTest.configuration())
        let bad = #"{"case_id": "x", "timezone": "America/Los_Angeles", "events": [{"type": "call", "at": "2025-01-01"}], "extra": 1}"#
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/audit", method: .post, body: ByteBuffer(string: "\n\n" + bad + "\n")) { response in
                let object = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
                #expect(object?["line"] as? Int == 3)
                let item = ((object?["error"] as? [String: Any])?["errors"] as? [[String: Any]])?.first
                #expect(item?["line"] as? Int == 3)
                #expect(item?["pointer"] as? String == "/extra")
                #expect(item?["code"] as? String == "case.unknown-key")
            }
        }
    }
}
