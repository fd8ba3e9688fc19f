import Foundation
import RepoCheckCore
import RepoCheckLoader
import RepoCheckRules
import Testing

@testable import RepoCheckGenerator

/// The portfolio generator, judged the way `repocheck audit` judges what it writes.
@Suite("PortfolioGenerator")
struct GeneratorTests {
    /// The bundled pack.
    static let pack: RulePack = {
        guard case .success(let loaded) = BundledRules.load() else { fatalError("the bundled pack does not load") }
        return loaded.pack
    }()

    /// One generated case, loaded back and judged with the whole pack as of its last event.
    struct Judged: Sendable {
        let intended: [String]
        let events: Int
        let findings: [Finding]
    }

    /// Cases `0..<count` of `generator`, judged on all cores.
    static func judge(_ generator: PortfolioGenerator, count: Int) -> [Judged] {
        let evaluator = Evaluator(pack: pack)
        let results = Results(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let (line, intended) = generator.generate(index: index)
            switch CaseLoader.decode(ndjsonLine: Substring(line), file: "portfolio", line: index + 1) {
            case .success(let testCase):
                let asOf = Evaluator.defaultAsOf(for: testCase, now: Instant(seconds: 0))
                let report = evaluator.evaluate(testCase, asOf: asOf)
                results.set(index, Judged(intended: intended, events: testCase.events.count, findings: report.findings))
            case .failure(let error):
                Issue.record("case \(index) does not load: \(error.diagnostics.map(\.code))")
                results.set(index, Judged(intended: intended, events: 0, findings: []))
            }
        }
        return results.all
    }

    @Test("the same seed gives the same bytes; another seed gives other cases")
    func deterministic() {
        let first = PortfolioGenerator(seed: 5, pack: Self.pack)
        let again = PortfolioGenerator(seed: 5, pack: Self.pack)
        let other = PortfolioGenerator(seed: 6, pack: Self.pack)
        let indexes = Array(0..<200) + [4_321, 99_999]
        #expect(indexes.allSatisfy { first.generate(index: $0) == again.generate(index: $0) })
        #expect(indexes.reversed().map { first.generate(index: $0).line } == indexes.reversed().map { again.generate(index: $0).line })
        #expect(indexes.filter { first.generate(index: $0).line != other.generate(index: $0).line }.count > 190)
    }

    @Test("1,300 cases at seed 1: every rule id fires, every case breaks what it is meant to and nothing else")
    func portfolio() throws {
        let generator = PortfolioGenerator(seed: 1, violationRate: 0.2, pack: Self.pack)
        #expect(generator.coverageBound == 960)
        let cases = Self.judge(generator, count: 1_300)
        var fired = Set<String>()
        for (index, judged) in cases.enumerated() {
            let broken = Set(judged.findings.filter { $0.kind == .violation || $0.kind == .review }.map(\.ruleID))
            fired.formUnion(broken)
            #expect((20...60).contains(judged.events), "case \(index) has \(judged.events) events")
            let missed = Set(judged.intended).subtracting(broken)
            #expect(missed.isEmpty, "case \(index) does not break \(missed.sorted())")
            if judged.intended.isEmpty {
                let violated = Set(judged.findings.filter { $0.kind == .violation }.map(\.ruleID))
                #expect(violated.isEmpty, "compliant case \(index) violates \(violated.sorted())")
            }
        }
        let missing = Set(Self.pack.ruleIDs).subtracting(fired)
        #expect(missing.isEmpty, "rule ids no case breaks: \(missing.sorted())")
        #expect(generator.unusableRuleIDs.isEmpty)
        let share = Double(cases.count { !$0.intended.isEmpty }) / Double(cases.count)
        #expect((0.18...0.22).contains(share))
    }

    @Test("the flawed cases are exactly ⌊n × rate⌋ of the first n, and the bound holds every transplant of a cycle")
    func schedule() {
        for rate in [0.2, 0.05, 0.37, 1] {
            let schedule = FlawSchedule(rate: rate)
            var flawed = 0
            var transplants = 0
            var bound: [Int: Int] = [:]
            for index in 0..<3_000 {
                switch schedule.plan(index) {
                case .compliant: break
                case .flaw: flawed += 1
                case .transplant(let n):
                    #expect(n == transplants)
                    flawed += 1
                    transplants += 1
                    bound[transplants] = index + 1
                }
                #expect(flawed == Int((Double(index + 1) * rate).rounded(.down)))
            }
            for count in [1, 2, 127, 128] where bound[count] != nil {
                #expect(schedule.cases(holdingTransplants: count) == bound[count], "rate \(rate), \(count) transplants")
            }
        }
        #expect(FlawSchedule(rate: 0).cases(holdingTransplants: 128) == nil)
    }

    @Test("every example of the pack, written by the case writer, loads back into the same evaluation")
    func caseWriterRoundTrip() throws {
        let evaluator = Evaluator(pack: Self.pack)
        for rule in Self.pack.rules {
            for example in rule.examples {
                var original = example.testCase
                var events = original.events
                for n in events.indices { events[n].index = n }
                original.replaceEvents(events)
                let line = CaseJSON.value(of: original).text
                let decoded = try CaseLoader.decode(ndjsonLine: Substring(line), file: "example", line: 1).get()
                let asOf = example.asOf ?? original.events.last?.at ?? Instant(seconds: 0)
                #expect(
                    evaluator.evaluate(decoded, asOf: asOf, rules: [rule]) == evaluator.evaluate(original, asOf: asOf, rules: [rule]),
                    "\(rule.id): \(example.name)")
                #expect(decoded.events == original.events && decoded.parties == original.parties, "\(rule.id): \(example.name)")
                #expect(decoded.contract == original.contract && decoded.collateral == original.collateral)
                #expect(decoded.zone == original.zone && decoded.isClosed == original.isClosed)
            }
        }
    }
}

/// Results written by concurrent iterations, one slot each.
private final class Results: @unchecked Sendable {
    private var slots: [GeneratorTests.Judged?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: GeneratorTests.Judged) { lock.withLock { slots[index] = value } }

    var all: [GeneratorTests.Judged] { lock.withLock { slots.compactMap(\.self) } }
}
