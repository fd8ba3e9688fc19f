import Foundation
import RepoCheckTestSupport
import Testing

/// `repocheck audit` end to end: the built binary on the example portfolio, on broken input, and on
/// generated cases; its HTML page in a real browser.
@Suite struct AuditTests {
    static let root = CLITests.root
    static let golden = CLITests.golden

    /// A fresh folder for one test's reports.
    static func outputFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repocheck-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func read(_ folder: URL, _ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    static func summary(_ folder: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: read(folder, "summary.json")) as? [String: Any])
    }

    /// `run.golden` with the temporary output folder and the pack hash masked.
    static func golden(_ run: CLITests.Run, out: URL) -> String {
        run.golden.replacingOccurrences(of: out.path, with: "<out>")
    }

    @Test("audit of examples/portfolio: exit code, output, findings.csv and summary.json as pinned")
    func portfolio() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLITests.run(["audit", "examples/portfolio", "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty, "no progress bar or message on a pipe")
        assertGolden(Self.golden(run, out: out), path: Self.golden.appendingPathComponent("audit-portfolio.txt").path)
        let csv = String(decoding: try Self.read(out, "findings.csv"), as: UTF8.self)
        assertGolden(csv, path: Self.golden.appendingPathComponent("audit-portfolio-findings.csv").path)
        let summary = String(decoding: try Self.read(out, "summary.json"), as: UTF8.self)
            .replacing(try Regex("[0-9a-f]{64}"), with: "<pack-hash>")
        assertGolden(summary, path: Self.golden.appendingPathComponent("audit-portfolio-summary.json").path)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["findings.csv", "findings.ndjson", "report.html", "summary.json"], "no temporary file is left behind")
    }

    @Test("findings.ndjson holds, for each case, the report `check --format json` prints, on one line")
    func ndjsonMatchesCheck() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try CLITests.run([
            "audit", "examples/portfolio/06-early-sale.yaml", "examples/portfolio/08-repossession-during-stay.json", "--out", out.path,
        ])
        let lines = String(decoding: try Self.read(out, "findings.ndjson"), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        for (line, file) in zip(lines, ["06-early-sale.yaml", "08-repossession-during-stay.json"]) {
            let check = try CLITests.run(["check", "examples/portfolio/\(file)", "--format", "json"])
            let expected = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? NSDictionary
            let actual = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary
            #expect(actual == expected, "\(file)")
            #expect(!line.contains(" : "), "compact JSON")
        }
    }

    @Test("valid and broken cases mixed: every case is a report or a load error with file:line:column, and the audit goes on")
    func mixedInput() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let stdin = """
            {"case_id":"STDIN-BAD","timezone":"America/Los_Angeles","events":[{"at":"2025-03-14T02:10:00","type":"call"}]}

            \(try String(contentsOf: Self.root.appendingPathComponent("examples/compliant-repossession.json"), encoding: .utf8)
                .replacingOccurrences(of: "\n", with: ""))
            """
        let run = try CLITests.run(
            ["audit", "Tests/RepoCheckCLITests/Fixtures/audit-mix", "-", "--out", out.path, "--jobs", "2"], stdin: stdin)
        #expect(run.status == 2, "a case that did not load makes the exit code 2")
        let summary = try Self.summary(out)
        let cases = try #require(summary["cases"] as? [String: Int])
        #expect(cases == ["read": 12, "evaluated": 7, "failed_to_load": 5, "with_violations": cases["with_violations"] ?? -1])
        let errors = try #require(summary["load_errors"] as? [[String: Any]])
        let places = errors.map { "\($0["file"] ?? ""):\($0["line"] ?? ""):\($0["column"] ?? "") \($0["code"] ?? "")" }
        let mix = "Tests/RepoCheckCLITests/Fixtures/audit-mix"
        #expect(
            places == [
                "\(mix)/bad-timestamp.yaml:9:9 case.bad-timestamp",
                "\(mix)/cases.ndjson:4:91 case.bad-timestamp",
                "\(mix)/cases.ndjson:5:30 yaml.syntax",
                "\(mix)/cases.ndjson.gz:2:34 case.unknown-timezone",
                "-:1:73 case.bad-timestamp",
            ])
        for place in places {
            let location = String(place.split(separator: " ")[0])
            #expect(run.stderr.contains(location + ": error: "), "stderr reports \(location)")
        }
        let ids = String(decoding: try Self.read(out, "findings.ndjson"), as: UTF8.self).split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["case_id"] as? String ?? "?"
        }
        #expect(ids == ["NDJ-0001", "NDJ-0002", "NDJ-0003", "GZ-0001", "GZ-0002", "CA-2024-000003", "CA-2025-000123"], "input order")
        #expect(!run.stderr.contains("Jordan"), "no value from a case file is printed")
    }

    @Test("a missing path and a file of another kind are load errors; a bad option is a usage error")
    func badPaths() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLITests.run([
            "audit", "examples/no-such-folder", "Tests/RepoCheckCLITests/Fixtures/audit-mix/README.txt", "--out", out.path,
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("[input.not-found]") && run.stderr.contains("[input.unsupported]"))
        #expect(try CLITests.run(["audit", "examples/portfolio", "--jobs", "0", "--out", out.path]).status == 2)
        #expect(try CLITests.run(["audit", "--out", out.path]).status == 2)
        #expect(try CLITests.run(["audit", "examples/portfolio", "--as-of", "soon", "--out", out.path]).status == 2)
    }

    @Test("the limit flags: a case past a lowered limit is a load error with its code, and the audit goes on")
    func limits() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let files = ["01-compliant-civic.yaml", "02-compliant-lease.json", "23-police-never-told.yaml", "10-compliant-surrender.yaml"]
            .map { "examples/portfolio/" + $0 }
        let callCap = try Data(contentsOf: Self.root.appendingPathComponent("examples/portfolio/29-call-cap.json"))
        let line = String(decoding: try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: callCap)), as: UTF8.self)
        let lowered = ["--max-events", "13", "--max-case-bytes", "3000", "--max-results", "5"]
        let run = try CLITests.run(["audit"] + files + ["-", "--out", out.path] + lowered, stdin: line + "\n")
        #expect(run.status == 2)
        let errors = try #require(try Self.summary(out)["load_errors"] as? [[String: Any]])
        #expect(
            errors.map { "\($0["file"] ?? ""):\($0["line"] ?? "") \($0["code"] ?? "")" } == [
                "\(files[0]):13 case.too-many-events", "\(files[1]):1 input.too-large", "\(files[2]):1 case.too-many-results",
                "-:1 input.too-large",
            ])
        #expect(run.stderr.contains("-:1:1: error: the line is longer than 3000 bytes; skipped [input.too-large]"))
        #expect(run.stderr.contains("hint: one case per line; raise --max-case-bytes for a larger trusted case"))

        let raised = try CLITests.run(["audit"] + files + ["-", "--out", out.path], stdin: line + "\n")
        #expect(raised.status == 1, "with the default limits every case is judged")
        #expect(try Self.summary(out)["cases"] as? [String: Int] == ["read": 5, "evaluated": 5, "failed_to_load": 0, "with_violations": 2])
        #expect(
            try CLITests.run(["audit", files[3], "--out", out.path, "--max-results", "0"]).status == 2, "a limit below 1 is a usage error")
    }

    @Test("the output is the same bytes whatever the number of jobs")
    func deterministic() throws {
        let one = try Self.outputFolder()
        let four = try Self.outputFolder()
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: four)
        }
        _ = try CLITests.run(["audit", "examples/portfolio", "--jobs", "1", "--out", one.path])
        _ = try CLITests.run(["audit", "examples/portfolio", "--jobs", "4", "--out", four.path])
        for name in ["report.html", "findings.csv", "findings.ndjson", "summary.json"] {
            #expect(try Self.read(one, name) == Self.read(four, name), "\(name)")
        }
    }

    /// `repocheck-gen`, built beside `repocheck`.
    static var generator: URL { CLITests.binary.deletingLastPathComponent().appendingPathComponent("repocheck-gen") }

    static func generate(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = generator
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test("repocheck-gen: the same seed gives the same cases of 20-60 events; about one in five breaks a rule on purpose")
    func generatorIsDeterministic() throws {
        let (first, stats) = try Self.generate(["--cases", "2000", "--seed", "11", "--stats"])
        #expect(first == (try Self.generate(["--cases", "2000", "--seed", "11"])).stdout)
        #expect(first != (try Self.generate(["--cases", "20", "--seed", "12"])).stdout)
        let lines = first.split(separator: "\n")
        #expect(lines.count == 2000)
        for line in lines.prefix(200) {
            let events = ((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["events"] as? [Any])?.count ?? 0
            #expect((20...60).contains(events))
        }
        let flawed = stats.split(separator: "\n").first.flatMap { $0.split(separator: " ").dropFirst(2).first }.flatMap { Int($0) } ?? 0
        #expect(flawed == 400, "\(stats)")
    }

    /// The rules `repocheck-gen --stats` says its flaws break.
    static func targetedRules(_ stats: String) -> Set<String> {
        Set(stats.split(separator: "\n").filter { $0.contains("\t") }.compactMap { $0.split(separator: "\t").last.map(String.init) })
    }

    /// The rules with a violation or a review in the audit's `findings.ndjson`.
    static func brokenRules(_ out: URL) throws -> Set<String> {
        var rules = Set<String>()
        for line in try read(out, "findings.ndjson").split(separator: UInt8(ascii: "\n")) {
            let report = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            for finding in report?["findings"] as? [[String: Any]] ?? [] where ["violation", "review"].contains(finding["kind"] as? String)
            {
                if let rule = finding["rule_id"] as? String { rules.insert(rule) }
            }
        }
        return rules
    }

    @Test("2,000 generated cases load, the generator aims at every rule of the pack, and each is broken")
    func generatorBreaksItsRules() throws {
        let (cases, stats) = try Self.generate(["--cases", "2000", "--seed", "11", "--stats"])
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLITests.run(["audit", "-", "--out", out.path], stdin: cases)
        #expect(run.status == 1)
        let summary = try Self.summary(out)
        #expect((summary["cases"] as? [String: Int])?["evaluated"] == 2000)
        let list = try CLITests.run(["rules", "list", "--format", "json"])
        let pack = Set(
            ((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        let targeted = Self.targetedRules(stats)
        let broken = try Self.brokenRules(out)
        #expect(targeted.count == pack.count, "rule ids no case aims at: \(pack.subtracting(targeted).sorted())")
        #expect(
            targeted.subtracting(pack).isEmpty, "the generator aims at rules the pack does not have: \(targeted.subtracting(pack).sorted())"
        )
        #expect(
            targeted.subtracting(broken).isEmpty, "rules the generator aims at but never broke: \(targeted.subtracting(broken).sorted())")
    }
}
