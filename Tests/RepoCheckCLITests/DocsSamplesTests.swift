import Foundation
import RepoCheckTestSupport
import Testing

/// Every `$ repocheck …` sample in docs/cli.md is run and must print what the page shows, so the
/// documentation cannot drift from the tool. `RECORD_GOLDEN=1` rewrites the samples from real output.
@Suite struct DocsSamplesTests {
    /// A sample: the command line and the lines the page shows after it.
    struct Sample {
        let command: String
        let shown: [String]
    }

    static func samples(in text: String) -> [Sample] {
        var samples: [Sample] = []
        var current: (command: String, lines: [String])?
        var inBlock = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if let open = current { samples.append(Sample(command: open.command, shown: open.lines)) }
                current = nil
                inBlock.toggle()
            } else if inBlock, line.hasPrefix("$ repocheck ") {
                if let open = current { samples.append(Sample(command: open.command, shown: open.lines)) }
                current = (String(line.dropFirst(2)), [])
            } else if inBlock {
                current?.lines.append(line)
            }
        }
        return samples
    }

    /// What the command prints, as the page would show it: `| head -N` keeps N lines; hashes masked.
    static func output(of command: String) throws -> [String] {
        var words = command.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let head = words.count > 1 ? Int(words.removeLast().split(separator: " ").last ?? "").map(abs) : nil
        let arguments = words[0].split(separator: " ").dropFirst().map(String.init)
        let run = try CLITests.run(arguments)
        var lines = (run.stdout + run.stderr).replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        if let head { lines = Array(lines.prefix(head)) }
        return lines.map(mask)
    }

    static func mask(_ line: String) -> String {
        line.replacing(try! Regex("sha256 [0-9a-f]{12}"), with: "sha256 …").replacing(try! Regex("[0-9a-f]{64}"), with: "…")
    }

    @Test("every sample in docs/cli.md prints what the page shows")
    func samples() throws {
        let path = CLITests.root.appendingPathComponent("docs/cli.md").path
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        let samples = Self.samples(in: text)
        #expect(samples.count >= 10)
        for sample in samples {
            var shown = sample.shown
            while shown.last == "" { shown.removeLast() }
            let truncated = shown.last == "…" || shown.last == "  …"
            if truncated { shown.removeLast() }
            var actual = try Self.output(of: sample.command)
            if truncated { actual = Array(actual.prefix(shown.count)) }
            if record, actual != shown.map(Self.mask) {
                let old = (["$ " + sample.command] + shown).joined(separator: "\n")
                let new = (["$ " + sample.command] + actual).joined(separator: "\n")
                text = text.replacingOccurrences(of: old, with: new)
                continue
            }
            #expect(actual == shown.map(Self.mask), "docs/cli.md sample `\(sample.command)` is out of date (RECORD_GOLDEN=1 rewrites it)")
        }
        if record { try text.write(toFile: path, atomically: true, encoding: .utf8) }
    }

    @Test("docs/law-coverage.md is what `rules coverage --format markdown` prints, and lists every row")
    func coverage() throws {
        let run = try CLITests.run(["rules", "coverage", "--format", "markdown"])
        let docs = try String(contentsOf: CLITests.root.appendingPathComponent("docs/law-coverage.md"), encoding: .utf8)
        #expect(run.stdout == docs, "regenerate with: swift run repocheck rules coverage --format markdown > docs/law-coverage.md")
        #expect(docs.contains("67 rows"), "the reference's summary table has 67 rows")
    }

    @Test("docs/vocabulary.md is what `rules vocabulary --format markdown` prints")
    func vocabulary() throws {
        let run = try CLITests.run(["rules", "vocabulary", "--format", "markdown"])
        let docs = try String(contentsOf: CLITests.root.appendingPathComponent("docs/vocabulary.md"), encoding: .utf8)
        #expect(run.stdout == docs, "regenerate with: swift run repocheck rules vocabulary --format markdown > docs/vocabulary.md")
    }

    @Test(
        "`rules explain` prints the text docs/rules.md shows for the rule",
        arguments: [
            "ca.veh.28.police-notice", "ca.civ.2983.2.sale-wait", "us.bk.362.automatic-stay", "ca.com.9609.police-standby",
        ])
    func explainMatchesCatalogue(id: String) throws {
        let run = try CLITests.run(["rules", "explain", id])
        let docs = try String(contentsOf: CLITests.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let body = run.stdout.components(separatedBy: "\n").dropFirst(2).joined(separator: "\n").trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(run.status == 0)
        #expect(!body.isEmpty && docs.contains(body), "the catalogue entry for \(id) differs from `rules explain`")
    }
}
