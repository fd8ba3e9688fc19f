import Foundation
import RepoCheckCore
@_spi(Testing) import RepoCheckLoader
import RepoCheckRules

/// What each fuzz target does with one input: load it through the public loader API, and evaluate what
/// loads against the bundled pack, so the engine sees every case the loader accepts.
public enum Targets {
    /// The bundled pack's manifest, vocabularies, states and calendars: the frame a fuzzed rule file is loaded in.
    /// Each calendar keeps one holiday (see ``lightCalendar(_:)``).
    static let packFrame: [RulePackLoader.File] = {
        guard let directory = BundledRules.directory else { fatalError("the bundled rule pack is not installed beside the fuzzer") }
        let frame = ["pack.yaml", "vocabulary.yaml", "states.yaml"]
        let base = directory.standardizedFileURL.path
        let urls = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return urls.compactMap { url in
            let path = "rules" + url.standardizedFileURL.path.dropFirst(base.count)
            guard url.pathExtension == "yaml", path.hasPrefix("rules/calendars/") || frame.contains(url.lastPathComponent),
                let data = FileManager.default.contents(atPath: url.path)
            else { return nil }
            let contents = path.hasPrefix("rules/calendars/") ? lightCalendar(Array(data)) : Array(data)
            return RulePackLoader.File(path: path, contents: contents)
        }
    }()

    /// A calendar file with its holidays replaced by one: a calendar computes its holidays for three centuries
    /// when it loads, which would make each run of the rule-file target ten times slower.
    static func lightCalendar(_ contents: [UInt8]) -> [UInt8] {
        let text = String(decoding: contents, as: UTF8.self)
        let head = text.components(separatedBy: "\nholidays:").first ?? text
        return Array((head + "\nholidays:\n  - {name: New Year's Day, citation: fuzz, on: january 1}\n").utf8)
    }

    /// The bundled pack, which loaded cases are evaluated against.
    static let evaluator: Evaluator = {
        guard case .success(let loaded) = BundledRules.load() else { fatalError("the bundled rule pack does not load") }
        return Evaluator(pack: loaded.pack)
    }()

    /// One rule file, loaded in the frame of the bundled pack; the rules' examples are evaluated.
    /// A file that loads whole must load for judging (its examples blanked) with the same rules.
    public static func rulePack(_ bytes: [UInt8]) {
        let files = packFrame + [RulePackLoader.File(path: "rules/fuzz/rule.yaml", contents: bytes)]
        guard case .success(let loaded) = RulePackLoader.load(files: files, root: "rules") else { return }
        guard case .success(let judging) = RulePackLoader.load(files: files, root: "rules", examples: false) else {
            fatalError("the rule file loads whole but not with its examples blanked")
        }
        let withoutExamples = loaded.pack.rules.map { rule in
            var rule = rule
            rule.examples = []
            return rule
        }
        if judging.pack.rules != withoutExamples { fatalError("the rule file gives other rules with its examples blanked") }
        let evaluator = Evaluator(pack: loaded.pack)
        for rule in loaded.pack.rules {
            for example in rule.examples {
                _ = evaluator.evaluate(example.testCase, asOf: example.asOf ?? lastEvent(example.testCase), rules: [rule])
            }
        }
    }

    /// One case document (YAML or JSON), evaluated if it loads. A JSON document may take the loader's fast
    /// path: the YAML path must then give the same report, or the same diagnostics.
    public static func caseDocument(_ bytes: [UInt8]) {
        let loaded = CaseLoader.decode(bytes: bytes, file: "fuzz")
        if case .success(let loaded) = loaded { evaluate(loaded) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        switch (loaded, CaseLoader.decodeSlowly(text, file: "fuzz")) {
        case (.success(let fast), .success(let slow)):
            if evaluate(fast) != evaluate(slow) { fatalError("the fast JSON path and the YAML path give different reports") }
        case (.failure(let fast), .failure(let slow)):
            if fast.diagnostics != slow.diagnostics {
                fatalError("the fast JSON path and the YAML path give different diagnostics: \(fast.diagnostics) | \(slow.diagnostics)")
            }
        case (.success, .failure(let slow)): fatalError("only the fast JSON path loads the case: \(slow.diagnostics)")
        case (.failure(let fast), .success): fatalError("only the YAML path loads the case: \(fast.diagnostics)")
        }
    }

    /// An NDJSON stream, every case that loads evaluated.
    public static func ndjson(_ bytes: [UInt8]) {
        for entry in NDJSONCases(String(decoding: bytes, as: UTF8.self), file: "fuzz") {
            if case .success(let loaded) = entry.result { evaluate(loaded) }
        }
    }

    @discardableResult
    static func evaluate(_ loaded: Case) -> Report { evaluator.evaluate(loaded, asOf: lastEvent(loaded)) }

    static func lastEvent(_ loaded: Case) -> Instant { loaded.events.last?.at ?? Instant(seconds: 0) }
}
