import Foundation
import RepoCheckCore
import Testing

@testable import RepoCheckLoader

/// Judging commands read rule files with the rules' examples blanked: the rest of each file must read
/// exactly as before, at the same lines and columns.
@Suite struct ExampleBlankingTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        /// The blanked text, or `nil` when the file is to be read whole.
        let blanked: String?
        var testDescription: String { name }
    }

    static let examples: [Example] = [
        Example(
            name: "a list of rules: each rule's examples go, up to the next rule; one on a single line becomes spaces",
            text: "- id: a\n  examples:\n    - name: x\n      case: {events: []}\n- id: b\n  examples: [1, 2]\n  title: t\n",
            blanked: "- id: a\n  examples:\n    \n\n- id: b\n  examples:       \n  title: t\n"),
        Example(
            name: "one rule as the document, its examples not last; a comment inside them goes too",
            text: "id: a\nexamples:\n- name: x  # why\nseverity: high\n",
            blanked: "id: a\nexamples:\n\nseverity: high\n"),
        Example(
            name: "a character of several bytes becomes one space, so columns after it still count characters",
            text: "id: a\nexamples: [\"§ 28 — été\"]\ntitle: t\n",
            blanked: "id: a\nexamples:               \ntitle: t\n"),
        Example(
            name: "a line break YAML 1.1 counts (NEL) stays; the characters of the last line become spaces",
            text: "id: a\nexamples: [\"x\u{85}y\"]\ntitle: t\n",
            blanked: "id: a\nexamples: \u{85}   \ntitle: t\n"),
        Example(
            name: "Windows line ends (CRLF) stay, and count as libyaml counts them",
            text: "id: a\r\nexamples:\r\n- x\r\ntitle: t\r\n", blanked: "id: a\r\nexamples:\r\n\r\ntitle: t\r\n"),
        Example(
            name: "a rule written as a flow mapping: what follows its examples on the line keeps its column",
            text: "- {id: a, examples: [1,\n  2], title: t}\n", blanked: "- {id: a, examples: \n    , title: t}\n"),
        Example(
            name: "`examples:` inside a description, or as a key deeper than a rule, is text or data like any other",
            text: "- id: a\n  description: >\n    examples: not a key\n  deadline:\n    examples: [1]\n",
            blanked: nil),
        Example(
            name: "an alias anywhere: read whole, as it might name an anchor inside an example",
            text: "- id: a\n  examples: [&x 1]\n  title: *x\n", blanked: nil),
        Example(name: "a syntax error: read whole, so Yams reports it", text: "- id: a\n  examples: [1\n", blanked: nil),
        Example(name: "a byte order mark: read whole", text: "\u{FEFF}id: a\nexamples: [1]\n", blanked: nil),
    ]

    @Test(arguments: examples)
    func blanked(_ example: Example) throws {
        #expect(ExampleBlanking.blanked(example.text) == example.blanked)
        if let blanked = example.blanked {
            #expect(throws: Never.self, "the blanked text is still YAML") { try YAMLDocument.parse(blanked, file: "t").get() }
        }
    }

    @Test("the bundled pack read for judging has the same rules, at the same places, as read whole with its examples dropped")
    func bundledPack() throws {
        let whole = try RulePackLoader.load(directory: PackFixture.rulesPath, examples: true).get()
        let judging = try RulePackLoader.load(directory: PackFixture.rulesPath, examples: false).get()
        let withoutExamples = whole.pack.rules.map { rule in
            var rule = rule
            rule.examples = []
            return rule
        }
        #expect(judging.pack.rules == withoutExamples)
        #expect(judging.pack.rules.map(\.location) == whole.pack.rules.map(\.location))
        #expect(judging.pack.contentHash == whole.pack.contentHash)
        #expect(judging.warnings == whole.warnings)
        let ruleFiles = PackFixture.files.map { String(decoding: $0.contents, as: UTF8.self) }.filter { $0.contains("examples:") }
        #expect(ruleFiles.count > 50)
        #expect(ruleFiles.allSatisfy { ExampleBlanking.blanked($0) != nil }, "every rule file is blanked, none read whole")
    }

    @Test("every rule file of the fuzzer's corpus that loads whole loads for judging, with the same rules")
    func fuzzCorpus() throws {
        var compared = 0
        for input in FuzzReplayTests.inputs(of: "FuzzRulePack") {
            let files =
                FuzzReplayTests.packFrame + [
                    RulePackLoader.File(path: "rules/fuzz/rule.yaml", contents: try Array(Data(contentsOf: input)))
                ]
            guard case .success(let whole) = RulePackLoader.load(files: files, root: "rules") else { continue }
            let judging = RulePackLoader.load(files: files, root: "rules", examples: false)
            let rules = whole.pack.rules.map { rule in
                var rule = rule
                rule.examples = []
                return rule
            }
            #expect((try? judging.get().pack.rules) == rules, "\(input.lastPathComponent)")
            compared += 1
        }
        #expect(compared >= 20)
    }

    @Test("the limits on a file (depth, NUL bytes) apply to the file as written, examples and all")
    func limitsBeforeBlanking() {
        let deep = "- id: t\n  examples: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
        let nul = "- id: t\n  examples: [\"a\u{0}b\"]\n"
        for text in [deep, nul] {
            for examples in [true, false] {
                let files = FuzzReplayTests.packFrame + [RulePackLoader.File(path: "rules/t.yaml", contents: Array(text.utf8))]
                guard case .failure(let error) = RulePackLoader.load(files: files, root: "rules", examples: examples) else {
                    Issue.record("a file past a limit loads (examples: \(examples))")
                    continue
                }
                #expect(error.diagnostics.contains { $0.code == "yaml.too-deep" || $0.message.contains("NUL") }, "examples: \(examples)")
            }
        }
    }

    @Test("a problem after a rule's examples is reported at the same line and column as when the file is read whole")
    func placesKept() throws {
        let file = try #require(PackFixture.files.first { $0.path == "rules/ca/veh/28-police-notice.yaml" })
        let text = String(decoding: file.contents, as: UTF8.self)
        // The second rule's severity, after the first rule's examples.
        let second = try #require(text.range(of: "- id: ca.veh.28.police-notice", options: .backwards))
        let broken = text.replacingOccurrences(of: "severity: high", with: "severity: extreme", range: second.lowerBound..<text.endIndex)
        #expect(broken != text)
        let base = PackFixture.files.filter {
            ["rules/pack.yaml", "rules/vocabulary.yaml", "rules/states.yaml"].contains($0.path) || $0.path.hasPrefix("rules/calendars/")
        }
        let files = base + [RulePackLoader.File(path: file.path, contents: Array(broken.utf8))]
        func severityProblems(examples: Bool) -> [String] {
            guard case .failure(let error) = RulePackLoader.load(files: files, root: "rules", examples: examples) else { return [] }
            return error.diagnostics.filter { $0.description.contains("extreme") }.map(\.description)
        }
        #expect(severityProblems(examples: false).count == 1)
        #expect(severityProblems(examples: false) == severityProblems(examples: true))
    }
}
