import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import RepoCheckCore
import RepoCheckServer
import Testing

/// The decision log: one line per check and pre-flight, no personal data, and replayable with the CLI.
@Suite struct DecisionLogTests {
    /// The `repocheck` executable SwiftPM built beside this test bundle.
    static let cli: URL = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("repocheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return ServerTest.root.appendingPathComponent(".build/debug/repocheck")
    }()

    /// Runs the CLI and returns its standard output.
    static func run(_ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = cli
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.hexDigest()
    }

    @Test("each check and pre-flight appends a line; replaying it with `repocheck` gives a report with the same digest")
    func replay() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repocheck-decisions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let logPath = folder.appendingPathComponent("decisions.ndjson").path
        var configuration = ServerTest.configuration()
        configuration.decisionLogPath = logPath
        let service = try ServerTest.service(configuration)
        let inputs = [
            ("/v1/check", "late-police-notice.yaml"), ("/v1/check", "compliant-repossession.json"),
            ("/v1/preflight?at=2025-06-03T01:00:00-07:00", "preflight/open-case.yaml"),
        ]
        var served: [String] = []
        for (uri, name) in inputs {
            let body = try ServerTest.example(name)
            served.append(
                try await ServerTest.withRouter(service) { client in
                    try await client.execute(uri: uri, method: .post, body: ByteBuffer(bytes: body)) { $0.text }
                })
        }
        // Schedules, audits and bad input are not decisions.
        try await ServerTest.withRouter(service) { client in
            try await client.execute(
                uri: "/v1/schedule", method: .post, body: ByteBuffer(bytes: try ServerTest.example("late-police-notice.yaml")))
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(string: "{}"))
        }

        let text = try String(contentsOfFile: logPath, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(FileManager.default.fileExists(atPath: logPath))
        let permissions = try FileManager.default.attributesOfItem(atPath: logPath)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        for name in [
            "Riley Example", "Morgan Example", "Jordan Example", "Casey Example", "Sam Example", "Example Recovery", "CA-2025-000124",
            "CA-2025-000123", "CA-2025-000402",
        ] {
            #expect(!text.contains(name), "the decision log must not hold `\(name)`")
        }
        for ((uri, name), (line, body)) in zip(inputs, zip(lines, served)) {
            let entry = try JSONDecoder().decode(DecisionLog.Entry.self, from: Data(line.utf8))
            let input = try ServerTest.example(name)
            #expect(entry.endpoint == String(uri.prefix { $0 != "?" }))
            #expect(entry.inputSHA256 == Self.sha256(input))
            #expect(entry.reportSHA256 == Self.sha256(Array(body.utf8)))
            #expect(entry.pack.sha256 == service.packs.current.pack.contentHash)
            #expect(entry.caseID == nil)
            // Replay: the same input through the command line, with the recorded time and pack.
            let file = folder.appendingPathComponent(name.replacing("/", with: "-"))
            try Data(input).write(to: file)
            let arguments = entry.replay.split(separator: " ").dropFirst().map { $0 == "INPUT" ? file.path : String($0) }
            #expect(Self.sha256(try Self.run(arguments)) == entry.reportSHA256, "replay of \(name): \(entry.replay)")
        }
        let first = try JSONDecoder().decode(DecisionLog.Entry.self, from: Data(lines[0].utf8))
        #expect(first.decision == "violations")
        #expect(first.ruleIDs.contains("ca.veh.28.police-notice"))
        let preflight = try JSONDecoder().decode(DecisionLog.Entry.self, from: Data(lines[2].utf8))
        #expect(preflight.decision == "blocked")
        #expect(preflight.plannedAt == "2025-06-03T01:00:00-07:00")
        #expect(preflight.ruleIDs == ["us.bk.362.automatic-stay"])
    }

    @Test("with --log-case-ids the entry names the case")
    func caseIDs() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("repocheck-decisions-\(UUID().uuidString).ndjson").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var configuration = ServerTest.configuration()
        configuration.decisionLogPath = path
        configuration.logCaseIDs = true
        let service = try ServerTest.service(configuration)
        let body = try ServerTest.example("late-police-notice.yaml")
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(bytes: body))
        }
        let entry = try JSONDecoder().decode(DecisionLog.Entry.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(entry.caseID == "CA-2025-000124")
    }

    @Test("a decision log that cannot be opened stops the server from starting")
    func unopenable() throws {
        var configuration = ServerTest.configuration()
        configuration.decisionLogPath = "/nonexistent-folder/decisions.ndjson"
        #expect(throws: RepoCheckService.StartError.self) { try RepoCheckService(configuration: configuration) }
    }
}
