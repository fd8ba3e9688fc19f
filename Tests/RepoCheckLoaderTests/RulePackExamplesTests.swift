import RepoCheckCore
import RepoCheckLoader
import Testing

/// Every rule in `rules/` runs its own `examples:`; each must produce the outcome it expects.
@Suite struct RulePackExamplesTests {
    static let results = ExampleRunner(evaluator: Evaluator(pack: PackFixture.pack)).runAll()

    @Test("the bundled pack loads without errors and has rules")
    func loads() {
        #expect(PackFixture.pack.rules.count > 0)
    }

    @Test("every rule example", arguments: results.indices)
    func example(index: Int) {
        let result = Self.results[index]
        #expect(
            result.passed,
            "\(result.example.location.map { "\($0)" } ?? ""): \(result.rule.id): \(result.example.name): expected \(result.example.expect.rawValue), got \(result.actual.rawValue)"
        )
    }

    @Test("every rule has at least one satisfied and one violated example")
    func coverage() {
        for rule in PackFixture.pack.rules {
            let expectations = Set(rule.examples.map(\.expect))
            #expect(expectations.contains(.satisfied), "\(rule.id) has no satisfied example")
            #expect(
                expectations.contains(.violation) || (rule.outcome == .review && expectations.contains(.review)),
                "\(rule.id) has no violated example")
        }
    }
}
