import Foundation
import RepoCheckCore
import RepoCheckLoader
import RepoCheckRules

@main
enum Profile {
    static func main() throws {
        let args = CommandLine.arguments
        let mode = args[1]
        let data = try Array(Data(contentsOf: URL(fileURLWithPath: args[2])))
        let lines = data.split(separator: 10).map { Substring(String(decoding: $0, as: UTF8.self)) }
        let pack = try BundledRules.load().get().pack
        let evaluator = Evaluator(pack: pack)
        let clock = ContinuousClock()
        var cases: [Case] = []
        let t0 = clock.now
        for (i, line) in lines.enumerated() {
            if case .success(let c) = CaseLoader.decode(ndjsonLine: line, file: "-", line: i + 1) { cases.append(c) }
        }
        let t1 = clock.now
        print("parse", lines.count, t1 - t0)
        if mode == "parse" { return }
        if mode == "rules" {
            var times: [(Swift.Duration, String)] = []
            for rule in pack.rules {
                let t = clock.now
                for c in cases { _ = evaluator.evaluate(c, asOf: Evaluator.defaultAsOf(for: c, now: Instant(seconds: 0)), rules: [rule]) }
                times.append((clock.now - t, rule.id))
            }
            for (t, id) in times.sorted(by: { $0.0 > $1.0 }).prefix(25) { print(t, id) }
            return
        }
        var violations = 0
        for c in cases {
            let r = evaluator.evaluate(c, asOf: Evaluator.defaultAsOf(for: c, now: Instant(seconds: 0)))
            violations += r.summary.violations
        }
        print("evaluate", cases.count, clock.now - t1, violations)
    }
}
