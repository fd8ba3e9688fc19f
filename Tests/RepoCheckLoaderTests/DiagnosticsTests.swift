import Foundation
import RepoCheckCore
import RepoCheckTestSupport
import Testing

@testable import RepoCheckLoader

/// Bad inputs and the exact diagnostics they produce: every file beside its `.expected` output.
@Suite struct DiagnosticsTests {
    static func names(_ folder: String) -> [String] {
        let url = PackFixture.fixtures.appendingPathComponent(folder)
        return (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.filter { !$0.hasSuffix(".expected") }.sorted() ?? []
    }

    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map { d in d.description + (d.hint.map { "\n  hint: \($0)" } ?? "") }.joined(separator: "\n") + "\n"
    }

    @Test("bad rule files", arguments: names("bad-rules"))
    func badRule(name: String) throws {
        let url = PackFixture.fixtures.appendingPathComponent("bad-rules/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard case .failure(let error) = PackFixture.load([("rules/test/\(name)", text)]) else {
            Issue.record("\(name) loaded without errors")
            return
        }
        assertGolden(Self.render(error.diagnostics), path: url.path + ".expected")
    }

    @Test("bad case files", arguments: names("bad-cases"))
    func badCase(name: String) throws {
        let url = PackFixture.fixtures.appendingPathComponent("bad-cases/\(name)")
        let bytes = Array(try Data(contentsOf: url))
        guard case .failure(let error) = CaseLoader.decode(bytes: bytes, file: "cases/\(name)") else {
            Issue.record("\(name) loaded without errors")
            return
        }
        let rendered = Self.render(error.diagnostics)
        #expect(!rendered.contains("Marisol"), "a case diagnostic must not echo personal data")
        assertGolden(rendered, path: url.path + ".expected")
    }

    @Test("every diagnostic code the loader can produce is documented in docs/errors.md")
    func documented() throws {
        let docs = try String(contentsOf: PackFixture.root.appendingPathComponent("docs/errors.md"), encoding: .utf8)
        let sources = PackFixture.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        let pattern = try Regex(#""((?:yaml|rule|case|pack|calendar|cli)\.[a-z-]+)""#)
        var codes = Set<String>()
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) { codes.insert(String(match.output[1].substring!)) }
            // Codes built as "\(area).name" exist for both areas.
            for match in text.matches(of: try Regex(#""\\\(area\)\.([a-z-]+)""#)) {
                codes.insert("rule." + match.output[1].substring!)
                codes.insert("case." + match.output[1].substring!)
            }
        }
        for code in codes.sorted() { #expect(docs.contains("`\(code)`"), "docs/errors.md has no entry for `\(code)`") }
        #expect(codes.count > 20)
    }

    @Test("an NDJSON line's errors carry the line number in the stream")
    func ndjson() {
        guard
            case .failure(let error) = CaseLoader.decode(
                ndjsonLine: #"{"case_id": "N", "timezone": "UTC", "events": [{"at": "2025-01-01T00:00:00", "type": "call"}]}"#,
                file: "cases.ndjson", line: 42)
        else {
            Issue.record("loaded")
            return
        }
        #expect(
            error.diagnostics.map(\.description) == [
                "cases.ndjson:42:55: error: timestamp without a time-zone offset in `at` [case.bad-timestamp]"
            ])
    }
}

@Suite struct NDJSONTests {
    @Test("every line of an NDJSON stream is a case or a located error; blank lines are skipped")
    func stream() {
        let good =
            #"{"case_id": "A", "timezone": "America/Los_Angeles", "events": [{"at": "2025-03-14T02:10:00-07:00", "type": "repossession"}]}"#
        let bad = #"{"case_id": "B", "timezone": "America/Los_Angeles", "events": [{"at": "2025-03-14", "typ": "x"}]}"#
        let text = [good, "", bad, "{not json", good].joined(separator: "\n") + "\n"
        let entries = Array(NDJSONCases(text, file: "cases.ndjson"))
        #expect(entries.map(\.line) == [1, 3, 4, 5])
        #expect(entries.map { (try? $0.result.get())?.id } == ["A", nil, nil, "A"])
        if case .failure(let error) = entries[1].result {
            #expect(error.diagnostics.allSatisfy { $0.location?.line == 3 })
        }
    }

    @Test("an NDJSON line with an unclosed brace is located on that line, not the next")
    func unclosed() {
        guard case .failure(let error) = CaseLoader.decode(ndjsonLine: #"{"case_id": "A", "timezone": "UTC""#, file: "s.ndjson", line: 7)
        else {
            Issue.record("loaded")
            return
        }
        #expect(error.diagnostics.allSatisfy { $0.location?.line == 7 })
    }

    @Test("a version overlap is reported together with the other errors of the pack")
    func allAtOnce() throws {
        let overlap = try String(contentsOf: PackFixture.fixtures.appendingPathComponent("bad-rules/overlap.yaml"), encoding: .utf8)
        let unknownKey = try String(contentsOf: PackFixture.fixtures.appendingPathComponent("bad-rules/unknown-key.yaml"), encoding: .utf8)
        guard case .failure(let error) = PackFixture.load([("rules/a.yaml", overlap), ("rules/b.yaml", unknownKey)]) else {
            Issue.record("loaded")
            return
        }
        #expect(Set(error.diagnostics.map(\.code)) == ["pack.duplicate-id", "rule.missing-key", "rule.unknown-key"])
    }

    @Test("without examples, a rule's examples are not decoded, so a broken one stops only a full load; a missing one stops both")
    func withoutExamples() throws {
        let file = try #require(PackFixture.files.first { $0.path == "rules/ca/veh/28-police-notice.yaml" })
        let text = String(decoding: file.contents, as: UTF8.self)
        let brokenExample = text.replacingOccurrences(of: "expect: violation", with: "expect: violated")
        #expect(brokenExample != text)
        func load(_ text: String, examples: Bool) -> Result<RulePackLoader.Loaded, DiagnosticsError> {
            let frame = PackFixture.files.filter { ["rules/pack.yaml", "rules/vocabulary.yaml", "rules/states.yaml"].contains($0.path) }
            let calendars = PackFixture.files.filter { $0.path.hasPrefix("rules/calendars/") }
            return RulePackLoader.load(
                files: frame + calendars + [.init(path: file.path, contents: Array(text.utf8))], root: "rules", examples: examples)
        }
        let full = try load(text, examples: true).get().pack.rules
        let lean = try load(text, examples: false).get().pack.rules
        #expect(full.map(\.id) == lean.map(\.id))
        #expect(full.allSatisfy { !$0.examples.isEmpty } && lean.allSatisfy(\.examples.isEmpty))
        guard case .failure(let error) = load(brokenExample, examples: true) else {
            Issue.record("a broken example loaded")
            return
        }
        #expect(error.diagnostics.map(\.code).contains("rule.bad-value"))
        #expect(throws: Never.self) { try load(brokenExample, examples: false).get() }
        // The file's second version, without its examples.
        let parts = text.components(separatedBy: "\n  examples:")
        #expect(parts.count == 3)
        let withoutExamplesKey = parts[0] + "\n  examples:" + parts[1] + "\n"
        guard case .failure(let missing) = load(withoutExamplesKey, examples: false) else {
            Issue.record("a rule without `examples` loaded")
            return
        }
        #expect(missing.diagnostics.map(\.code) == ["rule.missing-key"])
    }
}

@Suite struct HostileInputTests {
    @Test("hostile documents are rejected on a thread with a 256 KiB stack, without crashing")
    func smallStack() async throws {
        let folder = PackFixture.fixtures.appendingPathComponent("bad-cases")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".expected") }
        let loaded = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        let failures = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: loaded.filter { (try? CaseLoader.decode(bytes: Array($0), file: "x").get()) != nil }.count)
            }
            thread.stackSize = 256 << 10
            thread.start()
        }
        #expect(failures == 0, "every hostile fixture is rejected")
    }

    @Test("the expansion budget is spent before the tree is built: a syntax error after an alias bomb is never reached")
    func expansionCountedFirst() throws {
        // Building the tree hashes every mapping key with its aliases expanded: `alias-key.yaml` (found by
        // FuzzCaseYAML) took minutes there when the budget was only checked on the finished tree.
        let bomb = try String(contentsOf: PackFixture.fixtures.appendingPathComponent("bad-cases/alias-key.yaml"), encoding: .utf8)
        guard case .failure(let error) = CaseLoader.decode(bomb + "broken: [\n", file: "x.yaml") else {
            Issue.record("loaded")
            return
        }
        #expect(error.diagnostics.map(\.code) == ["yaml.too-large"])
    }

    @Test(
        "a list or mapping written as a key is found before the tree is built, wherever it is; text alone is not scanned",
        arguments: [
            ("? [a]\n: b\n", true, "1:3"), ("[a]: b\n", true, "1:1"), ("{a: 1} : b\n", true, "1:1"), ("x: {[a]\t: b}\n", true, "1:5"),
            ("a: &l [x]\n*l : b\n", true, "2:1"), ("list:\n  - ? {k: v}\n    : w\n", true, "2:7"), ("a: &s x\n*s : b\n", true, nil),
            ("a: [x]\nb: {c: [d]}\n\"q?\": 1\n", false, nil), ("a: b # why?\n", false, nil), ("file: 83.3-*.yaml\n", false, nil),
        ] as [(String, Bool, String?)])
    func complexKeys(text: String, scanned: Bool, place: String?) {
        #expect(ComplexKeyScan.mayFind(text) == scanned)
        #expect(ComplexKeyScan.first(in: text).map { "\($0.line):\($0.column)" } == place)
    }

    @Test("a document over the size limit is rejected before parsing")
    func size() {
        let limits = InputLimits(maxBytes: 1000)
        let text = "case_id: X\ntimezone: UTC\nevents: []\n# " + String(repeating: "x", count: 2000)
        guard case .failure(let error) = CaseLoader.decode(text, file: "big.yaml", limits: limits) else {
            Issue.record("loaded")
            return
        }
        #expect(error.diagnostics.map(\.code) == ["yaml.too-large"])
    }

    @Test("events beyond the limit are rejected", arguments: [(2, false), (3, true)])
    func events(limit: Int, loads: Bool) {
        let text = """
            case_id: X
            timezone: UTC
            events:
              - {at: "2025-01-01T00:00:00Z", type: call}
              - {at: "2025-01-02T00:00:00Z", type: call}
              - {at: "2025-01-03T00:00:00Z", type: call}
            """
        switch CaseLoader.decode(text, file: "x.yaml", limits: InputLimits(maxEvents: limit)) {
        case .success: #expect(loads)
        case .failure(let error):
            #expect(!loads)
            #expect(error.diagnostics.map(\.code) == ["case.too-many-events"])
        }
    }

    @Test("parties beyond the limit are rejected, as JSON and as YAML", arguments: [(2, false), (3, true)])
    func parties(limit: Int, loads: Bool) {
        let json = """
            {"case_id": "X", "timezone": "UTC", "events": [],
             "parties": [{"id": "a", "role": "buyer"}, {"id": "b", "role": "cosigner"}, {"id": "c", "role": "cosigner"}]}
            """
        let yaml = """
            case_id: X
            timezone: UTC
            events: []
            parties:
              - {id: a, role: buyer}
              - {id: b, role: cosigner}
              - {id: c, role: cosigner}
            """
        for (text, place) in [(json, "2:13"), (yaml, "5:3")] {
            switch CaseLoader.decode(text, file: "x", limits: InputLimits(maxParties: limit)) {
            case .success: #expect(loads)
            case .failure(let error):
                #expect(!loads)
                #expect(error.diagnostics.map(\.code) == ["case.too-many-parties"])
                #expect(error.diagnostics.first?.location.map { "\($0.line):\($0.column)" } == place)
            }
        }
    }

    @Test("a 48-level document loads; the nesting scan does not reject real files", arguments: [48])
    func deepButAllowed(levels: Int) {
        let text =
            "case_id: X\ntimezone: UTC\nevents: []\ncontract: " + String(repeating: "{a: ", count: levels) + "1"
            + String(repeating: "}", count: levels) + "\n"
        #expect((try? CaseLoader.decode(text, file: "x.yaml").get()) != nil)
    }
}

@Suite struct VocabularyFilesTests {
    @Test("a folder's vocabulary file may add only event types; defining a word twice is an error")
    func partialVocabulary() {
        let partial = "event_types:\n  towed_away: {description: The collateral was towed.}\n"
        #expect((try? PackFixture.load([("rules/extra/vocabulary.yaml", partial)]).get()) != nil)
        let twice = "event_types:\n  repossession: {description: Again.}\n"
        guard case .failure(let error) = PackFixture.load([("rules/extra/vocabulary.yaml", twice)]) else {
            Issue.record("loaded")
            return
        }
        #expect(error.diagnostics.map(\.code) == ["pack.duplicate-definition"])
    }
}
