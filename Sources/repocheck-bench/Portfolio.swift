import RepoCheckCore
import RepoCheckGenerator
import RepoCheckLoader
import RepoCheckRules

/// Loads the bundled pack, timed.
enum PackLoad {
    /// The pack, and the time of each of `runs` loads in milliseconds; with `examples` off, as commands
    /// that judge cases load it.
    static func measure(runs: Int, examples: Bool) throws -> (RulePack, Milliseconds) {
        var times: [Double] = []
        var pack: RulePack?
        for _ in 0..<runs {
            let start = ContinuousClock.now
            pack = try BundledRules.load(examples: examples).get().pack
            times.append((ContinuousClock.now - start).milliseconds)
        }
        return (pack!, Milliseconds(times))
    }
}

/// The generated cases, as the NDJSON lines an audit reads.
struct Portfolio: Sendable {
    let lines: [String]
    /// Total size of the lines in bytes (newlines included).
    let bytes: Int

    static func generate(cases: Int, seed: UInt64, pack: RulePack) -> Portfolio {
        let generator = PortfolioGenerator(seed: seed, pack: pack)
        let lines = (0..<cases).map { generator.generate(index: $0).line }
        return Portfolio(lines: lines, bytes: lines.reduce(0) { $0 + $1.utf8.count + 1 })
    }
}

/// A set of timings in milliseconds.
struct Milliseconds: Encodable {
    let median: Double
    let min: Double

    init(_ times: [Double]) {
        let sorted = times.sorted()
        median = sorted[sorted.count / 2]
        min = sorted[0]
    }
}

extension Swift.Duration {
    var milliseconds: Double { Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15 }
}
