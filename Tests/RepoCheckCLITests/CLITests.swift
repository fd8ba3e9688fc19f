import Foundation
import RepoCheckTestSupport
import Testing

/// Runs the built `repocheck` binary as a user would and pins its output and exit code in golden files.
@Suite struct CLITests {
    static let root = repositoryRoot()
    static let golden = root.appendingPathComponent("Tests/RepoCheckCLITests/Golden")

    /// The `repocheck` executable SwiftPM built beside this test bundle.
    static let binary: URL = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("repocheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/repocheck")
    }()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String

        /// Output as pinned in a golden file: the exit code, then stdout, then stderr; the pack's
        /// content hash masked so a rule edit does not churn every golden.
        var golden: String {
            let text = "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
            return text.replacing(try! Regex("[0-9a-f]{64}"), with: "<pack-hash>")
                .replacing(try! Regex(#"sha256 [0-9a-f]{12}"#), with: "sha256 <pack-hash>")
        }
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "REPOCHECK_RULES")
        environment["COLUMNS"] = "100"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((stdin ?? "").utf8))
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let examples: [String] = {
        let folder = root.appendingPathComponent("examples")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test("check: text report of each example", arguments: examples)
    func checkText(example: String) throws {
        let run = try Self.run(["check", "examples/\(example)"])
        #expect(run.status == (example.hasPrefix("compliant") ? 0 : 1))
        assertGolden(run.golden, path: Self.golden.appendingPathComponent("check-\(example).txt").path)
    }

    @Test("check: JSON report of each example", arguments: examples)
    func checkJSON(example: String) throws {
        let run = try Self.run(["check", "examples/\(example)", "--format", "json"])
        assertGolden(run.golden, path: Self.golden.appendingPathComponent("check-\(example).json.txt").path)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(report?["case_id"] != nil)
    }

    @Test("the YAML and JSON forms of a case give the same report")
    func sameReport() throws {
        let yaml = try Self.run(["check", "examples/compliant-repossession.yaml", "--format", "json"])
        let json = try Self.run(["check", "examples/compliant-repossession.json", "--format", "json"])
        #expect(yaml.stdout == json.stdout)
    }

    @Test("check reads a case from standard input")
    func standardInput() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("examples/compliant-repossession.json"), encoding: .utf8)
        let run = try Self.run(["check", "-", "--format", "json"], stdin: text)
        #expect(run.status == 0)
        #expect(run.stdout == (try Self.run(["check", "examples/compliant-repossession.json", "--format", "json"])).stdout)
    }

    struct Scenario: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        let status: Int32
        var testDescription: String { name }

        /// Runs the scenario and checks its exit code and its golden file `Golden/<name>.txt`.
        func verify(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
            let run = try CLITests.run(arguments)
            #expect(run.status == status, sourceLocation: sourceLocation)
            assertGolden(run.golden, path: CLITests.golden.appendingPathComponent("\(name).txt").path, sourceLocation: sourceLocation)
        }
    }

    @Test(
        "commands and their exit codes",
        arguments: [
            Scenario(name: "rules-lint", arguments: ["rules", "lint", "rules"], status: 0),
            Scenario(name: "rules-test", arguments: ["rules", "test", "rules"], status: 0),
            Scenario(name: "rules-explain", arguments: ["rules", "explain", "ca.veh.28.police-notice"], status: 0),
            Scenario(name: "rules-explain-unknown", arguments: ["rules", "explain", "ca.veh.28.police-notise"], status: 2),
            Scenario(name: "rules-lint-bad-pack", arguments: ["rules", "lint", "Tests/RepoCheckCLITests/Fixtures/bad-pack"], status: 2),
            Scenario(
                name: "check-bad-case", arguments: ["check", "Tests/RepoCheckLoaderTests/Fixtures/bad-cases/no-offset.yaml"], status: 2),
            Scenario(name: "check-missing-file", arguments: ["check", "examples/no-such-case.yaml"], status: 2),
            Scenario(
                name: "check-bad-as-of", arguments: ["check", "examples/compliant-repossession.yaml", "--as-of", "yesterday"], status: 2),
            Scenario(name: "check-bad-format", arguments: ["check", "examples/compliant-repossession.yaml", "--format", "pdf"], status: 2),
            Scenario(
                name: "check-bad-limit", arguments: ["check", "examples/compliant-repossession.yaml", "--max-results", "0"], status: 2),
            Scenario(name: "unknown-command", arguments: ["chek"], status: 2),
            Scenario(name: "check-help", arguments: ["check", "--help"], status: 0),
        ])
    func scenario(scenario: Scenario) throws {
        try scenario.verify()
    }

    @Test("docs/rules.md is what `rules list --format markdown` prints")
    func catalogue() throws {
        let run = try Self.run(["rules", "list", "--format", "markdown"])
        let docs = try String(contentsOf: Self.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(run.stdout == docs, "regenerate with: swift run repocheck rules list --format markdown > docs/rules.md")
    }
}
