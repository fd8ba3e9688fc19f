import Hummingbird
import HummingbirdTesting
import NIOCore
import RepoCheckServer
import Testing

/// Nothing from a case reaches the logs: no names, addresses or account numbers, and no case id
/// unless the operator opts in.
@Suite struct PrivacyTests {
    static let personal = [
        "Riley Example", "Morgan Example", "Jordan Example", "Casey Example", "Example Towing", "Marisol Quintanilla", "ACCT-55512345",
        "LIC-998877", "1600 Example Street",
    ]

    /// A case full of personal data, which loads.
    static let personalCase = """
        {"case_id": "CA-2025-000777", "timezone": "America/Los_Angeles",
         "parties": [{"id": "b1", "role": "buyer", "name": "Marisol Quintanilla", "account_number": "ACCT-55512345",
                      "address": {"street": "1600 Example Street", "state": "CA"}},
                     {"id": "ag", "role": "repossession_agency", "license": {"number": "LIC-998877", "expires": "2026-01-31"}}],
         "events": [{"at": "2025-03-14T02:10:00-07:00", "type": "repossession", "by": "ag", "note": "Marisol Quintanilla"}]}
        """

    func exercise(_ service: RepoCheckService) async throws {
        try await ServerTest.withRouter(service) { client in
            for (uri, name) in [
                ("/v1/check", "late-police-notice.yaml"), ("/v1/schedule", "compliant-repossession.json"),
                ("/v1/preflight?at=2025-06-03T01:00:00-07:00", "late-police-notice.yaml"),
            ] {
                try await client.execute(uri: uri, method: .post, body: ByteBuffer(bytes: try ServerTest.example(name)))
            }
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(string: Self.personalCase))
            try await client.execute(
                uri: "/v1/audit", method: .post, body: ByteBuffer(string: Self.personalCase.replacing("\n", with: " ") + "\n"))
            let broken =
                #"{"case_id": "CA-2025-000124", "timezone": "Mars/Olympus", "events": [], "parties": [{"id": "b1", "role": "buyer", "name": "Riley Example"}]}"#
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(string: broken))
            try await client.execute(uri: "/v1/audit", method: .post, body: ByteBuffer(string: broken + "\n"))
        }
    }

    @Test("logs hold method, route, status and duration, but no personal data and no case id")
    func noPersonalData() async throws {
        let recorder = LogRecorder()
        try await exercise(try ServerTest.service(ServerTest.configuration(), recorder: recorder))
        let text = recorder.text
        #expect(
            recorder.records.contains { $0.message == "request" && $0.metadata["route"] == "/v1/check" && $0.metadata["status"] == "400" })
        for value in Self.personal + ["CA-2025-000124", "CA-2025-000123", "CA-2025-000777"] {
            #expect(!text.contains(value), "the logs must not hold `\(value)`")
        }
    }

    @Test("with logCaseIDs the logs name case ids, and still no personal data")
    func caseIDsOptIn() async throws {
        let recorder = LogRecorder()
        var configuration = ServerTest.configuration()
        configuration.logCaseIDs = true
        try await exercise(try ServerTest.service(configuration, recorder: recorder))
        #expect(recorder.records.contains { $0.metadata["case_id"] == "CA-2025-000124" })
        #expect(recorder.records.contains { $0.metadata["case_id"] == "CA-2025-000777" })
        for value in Self.personal { #expect(!recorder.text.contains(value), "the logs must not hold `\(value)`") }
    }
}
