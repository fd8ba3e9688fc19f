import Foundation
import RepoCheckCore
import RepoCheckGenerator
import RepoCheckLoader
import Testing

/// The engine against `ReferenceEvaluator`, a naive second reading of `docs/dsl.md`: on every rule example,
/// every case in `examples/` and 10,000 generated cases, each covered rule version must produce exactly the
/// same findings and obligations under both.
@Suite struct DifferentialTests {
    /// How many generated cases one `swift test` judges.
    static let generatedCases = ProcessInfo.processInfo.environment["REPOCHECK_DIFFERENTIAL_CASES"].flatMap { Int($0) } ?? 10_000
    /// The seed of the generated portfolio; fixed, so a failure is reproducible.
    static let seed: UInt64 = 20_251_125
    /// The fewest rule versions the reference must cover; raise it when the reference learns a feature.
    static let coverageFloor = 130

    static let pack = PackFixture.pack

    /// The rule versions the reference implements every feature of, whatever their stage.
    static let covered = pack.rules.filter { ReferenceFeatures.unsupported(in: $0).isEmpty }

    static let coveredIDs = Set(covered.map(\.id)).sorted()

    @Test("the reference covers the bulk of the pack")
    func coverage() {
        let skipped = Self.pack.rules.filter { !ReferenceFeatures.unsupported(in: $0).isEmpty }
        print("differential: the reference covers \(Self.covered.count) of \(Self.pack.rules.count) rule versions")
        for rule in skipped {
            print("differential: skipped \(rule.id) (\(rule.effectiveDescription)): \(ReferenceFeatures.unsupported(in: rule).sorted())")
        }
        #expect(Self.covered.count >= Self.coverageFloor, "the reference covers only \(Self.covered.count) rule versions")
    }

    @Test("engine and reference agree on every rule example and every case in examples/")
    func examples() {
        let evaluator = Evaluator(pack: Self.pack)
        var checked = 0
        for rule in Self.pack.rules {
            for example in rule.examples {
                let asOf = example.asOf ?? example.testCase.events.last?.at ?? Instant(seconds: 0)
                for problem in Self.compare(example.testCase, asOf: asOf, evaluator: evaluator).problems {
                    Issue.record("example `\(example.name)` of \(rule.id): \(problem)")
                }
                checked += 1
            }
        }
        let folder = PackFixture.root.appendingPathComponent("examples")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        where name.hasSuffix(".yaml") || name.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                let loaded = try? CaseLoader.decode(bytes: Array(data), file: name).get()
            else { continue }
            for problem in Self.compare(loaded, asOf: loaded.events.last?.at ?? Instant(seconds: 0), evaluator: evaluator).problems {
                Issue.record("examples/\(name): \(problem)")
            }
            checked += 1
        }
        #expect(checked > 300)
    }

    @Test("engine and reference agree on 10,000 generated cases")
    func generated() async {
        let started = ContinuousClock.now
        let generator = PortfolioGenerator(seed: Self.seed, pack: Self.pack)
        let evaluator = Evaluator(pack: Self.pack)
        let workers = 2
        let results = await withTaskGroup(of: Tally.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var tally = Tally()
                    for index in stride(from: worker, to: Self.generatedCases, by: workers) {
                        let line = generator.generate(index: index).line
                        guard case .success(let testCase) = CaseLoader.decode(ndjsonLine: line[...], file: "generated", line: index + 1)
                        else {
                            tally.problems.append("generated case \(index) does not decode")
                            continue
                        }
                        // Closed cases are judged at their last event; one in ten also mid-way, so obligations are open.
                        var instants = [Evaluator.defaultAsOf(for: testCase, now: testCase.events.last?.at ?? Instant(seconds: 0))]
                        if index % 10 == 0, !testCase.events.isEmpty { instants.append(testCase.events[testCase.events.count / 2].at) }
                        for asOf in instants {
                            var one = Self.compare(testCase, asOf: asOf, evaluator: evaluator)
                            one.problems = one.problems.map { "generated case \(index): \($0)" }
                            one.cases = 0
                            tally.add(one)
                        }
                        tally.cases += 1
                    }
                    return tally
                }
            }
            var total = Tally()
            for await tally in group { total.add(tally) }
            return total
        }
        print(
            "differential: \(results.cases) generated cases in \(ContinuousClock.now - started): \(results.findings) findings and "
                + "\(results.obligations) obligations compared, \(results.problems.count) disagreements")
        for problem in results.problems.prefix(20) { Issue.record(Comment(rawValue: problem)) }
        #expect(results.cases == Self.generatedCases)
        #expect(results.findings > Self.generatedCases / 10, "too few findings to compare: the generated cases break too few rules")
    }

    /// What comparing some cases found: how many were judged, how many findings and obligations were compared
    /// (the engine's), and each disagreement.
    struct Tally: Sendable {
        var cases = 0
        var findings = 0
        var obligations = 0
        var problems: [String] = []

        mutating func add(_ other: Tally) {
            cases += other.cases
            findings += other.findings
            obligations += other.obligations
            problems += other.problems
        }
    }

    /// The first disagreement the differential found (on the example EX-9620-5 of ca.com.9620.dispose-90d):
    /// `docs/dsl.md` said a late fulfilment beats a timely `unless` event; the engine, the rule's own example
    /// and the law the pack's `unless` clauses encode (a waiver, an agreement for a longer period, the
    /// collateral's return) say the timely discharge ends the duty. The document and the reference now agree.
    @Test("a timely `unless` event discharges a deadline even when the required event comes late")
    func timelyDischargeBeatsLateFulfilment() throws {
        let yaml = """
            case_id: DIFF-UNLESS-1
            timezone: America/Los_Angeles
            collateral: {kind: motor_vehicle}
            parties:
              - {id: b1, role: buyer}
              - {id: ag, role: repossession_agency}
            events:
              - {at: "2025-03-04T10:00:00-08:00", type: repossession, by: ag}
              - {at: "2025-03-04T15:00:00-08:00", type: personal_effects_released, receipt_signed: "true"}
              - {at: "2025-03-07T10:00:00-08:00", type: personal_effects_inventoried}
            """
        let testCase = try CaseLoader.decode(yaml, file: "unless.yaml").get()
        let asOf = try #require(testCase.events.last?.at)
        let evaluator = Evaluator(pack: Self.pack)
        for problem in Self.compare(testCase, asOf: asOf, evaluator: evaluator).problems { Issue.record(Comment(rawValue: problem)) }
        let report = evaluator.evaluate(testCase, asOf: asOf, rules: Self.pack.versions(of: "ca.bpc.7507.9.inventory"))
        #expect(report.findings.isEmpty)
        #expect(report.obligations.map(\.status) == [.satisfied])
        #expect(report.obligations.map(\.fulfilledBy) == [1])
    }

    /// Compares the engine and the reference on `testCase` as of `asOf`. Each disagreement is one text per rule
    /// id: the rule, the case id and both results (ids, indexes and instants only, never a case's values).
    static func compare(_ testCase: Case, asOf: Instant, evaluator: Evaluator) -> Tally {
        let report = evaluator.evaluate(testCase, asOf: asOf, rules: covered)
        let engine = ComparedOutcome(report: report)
        let reference = ReferenceEvaluator(pack: pack, testCase: testCase, asOf: asOf)
        var expected: [String: ComparedOutcome] = [:]
        for rule in covered {
            let outcome = reference.evaluate(rule)
            expected[rule.id, default: ComparedOutcome()].findings += outcome.findings
            expected[rule.id, default: ComparedOutcome()].obligations += outcome.obligations
        }
        var problems: [String] = []
        for id in coveredIDs {
            let mine = ComparedOutcome(
                findings: engine.findings.filter { $0.ruleID == id }, obligations: engine.obligations.filter { $0.ruleID == id }
            ).sorted()
            let theirs = (expected[id] ?? ComparedOutcome()).sorted()
            if mine != theirs {
                problems.append(
                    "rule \(id), case \(testCase.id), as of \(RFC3339.format(asOf, in: testCase.zone)):\nengine:\n\(mine)\nreference:\n\(theirs)"
                )
            }
        }
        return Tally(cases: 1, findings: engine.findings.count, obligations: engine.obligations.count, problems: problems)
    }
}
