import Foundation
import RepoCheckCore
import RepoCheckLoader
import Testing

/// Properties of the engine over every case we have: the bundled rules' examples and `examples/`.
@Suite struct PropertyTests {
    static let cases: [(name: String, testCase: Case, asOf: Instant)] = {
        var all: [(String, Case, Instant)] = []
        for rule in PackFixture.pack.rules {
            for example in rule.examples {
                let asOf = example.asOf ?? example.testCase.events.last?.at ?? Instant(seconds: 0)
                all.append(("\(rule.id): \(example.name)", example.testCase, asOf))
            }
        }
        let folder = PackFixture.root.appendingPathComponent("examples")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasSuffix(".yaml") || name.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                let loaded = try? CaseLoader.decode(bytes: Array(data), file: name).get()
            else { continue }
            all.append((name, loaded, loaded.events.last?.at ?? Instant(seconds: 0)))
        }
        return all
    }()

    /// A deterministic permutation (a seeded Fisher–Yates shuffle), so a failure is reproducible.
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var result = items
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            result.swapAt(i, j)
        }
        return result
    }

    @Test("findings and obligations do not depend on the order of events in the file")
    func orderDoesNotMatter() {
        let evaluator = Evaluator(pack: PackFixture.pack)
        #expect(Self.cases.count > 100)
        for (name, testCase, asOf) in Self.cases {
            let expected = evaluator.evaluate(testCase, asOf: asOf)
            for seed in UInt64(1)...5 {
                var permuted = testCase
                permuted.replaceEvents(Self.shuffled(testCase.events, seed: seed))
                #expect(evaluator.evaluate(permuted, asOf: asOf) == expected, "\(name), seed \(seed)")
            }
        }
    }
}
