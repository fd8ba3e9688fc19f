import Foundation
import RepoCheckCore
import RepoCheckLoader
import Testing

/// Every input the fuzzers kept (`Tests/Fuzz/Corpus/<target>/`) or crashed on (`Tests/Fuzz/Crashes/<target>/`),
/// fed again to the loader entry point of its target, as `Tests/Fuzz/Sources/FuzzHarness/Targets.swift` does,
/// on a thread with a 512 KiB stack: each gives a value or diagnostics, never a crash.
@Suite struct FuzzReplayTests {
    static let fuzz = PackFixture.root.appendingPathComponent("Tests/Fuzz")
    static let targets = ["FuzzRulePack", "FuzzCaseYAML", "FuzzCaseJSON", "FuzzNDJSON"]

    /// The pack's manifest, vocabularies, states and calendars: the frame a fuzzed rule file is loaded in, each
    /// calendar cut to one holiday as the fuzz target does.
    static let packFrame = PackFixture.files.compactMap { file -> RulePackLoader.File? in
        if file.path.hasPrefix("rules/calendars/") { return .init(path: file.path, contents: lightCalendar(file.contents)) }
        return ["pack.yaml", "vocabulary.yaml", "states.yaml"].contains(file.path.split(separator: "/").last) ? file : nil
    }

    /// A calendar file with its holidays replaced by one (`Targets.lightCalendar` in the fuzz harness).
    static func lightCalendar(_ contents: [UInt8]) -> [UInt8] {
        let text = String(decoding: contents, as: UTF8.self)
        let head = text.components(separatedBy: "\nholidays:").first ?? text
        return Array((head + "\nholidays:\n  - {name: New Year's Day, citation: fuzz, on: january 1}\n").utf8)
    }

    /// The saved inputs of `target`, corpus and crashes.
    static func inputs(of target: String) -> [URL] {
        ["Corpus", "Crashes"].flatMap { kind in
            let folder = fuzz.appendingPathComponent("\(kind)/\(target)")
            return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map {
                folder.appendingPathComponent($0)
            }
        }
    }

    /// Runs `target`'s entry point on `bytes`; returns how many documents loaded and how many were rejected.
    static func replay(_ target: String, _ bytes: [UInt8], _ evaluator: Evaluator) -> (loaded: Int, rejected: Int) {
        func evaluate(_ loaded: Case) { _ = evaluator.evaluate(loaded, asOf: loaded.events.last?.at ?? Instant(seconds: 0)) }
        switch target {
        case "FuzzRulePack":
            let files = packFrame + [RulePackLoader.File(path: "rules/fuzz/rule.yaml", contents: bytes)]
            guard case .success(let loaded) = RulePackLoader.load(files: files, root: "rules") else { return (0, 1) }
            let own = Evaluator(pack: loaded.pack)
            for rule in loaded.pack.rules {
                for example in rule.examples {
                    _ = own.evaluate(
                        example.testCase, asOf: example.asOf ?? example.testCase.events.last?.at ?? Instant(seconds: 0), rules: [rule])
                }
            }
            return (1, 0)
        case "FuzzNDJSON":
            var counts = (loaded: 0, rejected: 0)
            for entry in NDJSONCases(String(decoding: bytes, as: UTF8.self), file: "fuzz") {
                switch entry.result {
                case .success(let loaded):
                    evaluate(loaded)
                    counts.loaded += 1
                case .failure(let error):
                    counts.rejected += error.diagnostics.isEmpty ? 0 : 1
                }
            }
            return counts
        default:
            switch CaseLoader.decode(bytes: bytes, file: "fuzz") {
            case .success(let loaded):
                evaluate(loaded)
                return (1, 0)
            case .failure(let error): return (0, error.diagnostics.isEmpty ? 0 : 1)
            }
        }
    }

    @Test("every fuzz corpus and crash input loads or is rejected with diagnostics, on a 512 KiB stack", arguments: targets)
    func replay(target: String) async throws {
        let inputs = try Self.inputs(of: target).map { try Array(Data(contentsOf: $0)) }
        #expect(inputs.count >= 20, "the fuzzer's corpus is committed")
        let evaluator = Evaluator(pack: PackFixture.pack)
        let counts = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    returning: inputs.map { Self.replay(target, $0, evaluator) }.reduce((0, 0)) { ($0.0 + $1.loaded, $0.1 + $1.rejected) })
            }
            thread.stackSize = 512 << 10
            thread.start()
        }
        #expect(counts.0 > 0, "some inputs load")
        #expect(counts.1 > 0, "some inputs are rejected with diagnostics")
    }
}
