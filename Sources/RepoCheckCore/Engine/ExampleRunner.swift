/// Runs a rule's own `examples:` and says whether each produced what it expects.
public struct ExampleRunner: Sendable {
    /// One example's result.
    public struct Result: Sendable {
        /// The rule.
        public let rule: Rule
        /// The example.
        public let example: RuleExample
        /// What the rule actually produced.
        public let actual: RuleExample.Expectation
        /// Whether it matches the expectation.
        public var passed: Bool { actual == example.expect }
    }

    /// The evaluator examples run on.
    public let evaluator: Evaluator

    /// A runner over `evaluator`'s pack.
    public init(evaluator: Evaluator) { self.evaluator = evaluator }

    /// Runs every example of every rule in the pack, in pack order.
    public func runAll() -> [Result] { evaluator.pack.rules.flatMap(run) }

    /// Runs the examples of one rule version.
    public func run(_ rule: Rule) -> [Result] {
        rule.examples.map { example in
            let asOf =
                example.asOf ?? Evaluator.defaultAsOf(for: example.testCase, now: example.testCase.events.last?.at ?? Instant(seconds: 0))
            let report = evaluator.evaluate(example.testCase, asOf: asOf, rules: [rule])
            let context = EvaluationContext(pack: evaluator.pack, testCase: example.testCase, asOf: asOf)
            let applies = context.events.contains { context.governs(rule, at: $0.at) }
            return Result(rule: rule, example: example, actual: applies ? Self.outcome(of: report) : .notApplicable)
        }
    }

    /// Classifies what a rule produced on a case.
    static func outcome(of report: Report) -> RuleExample.Expectation {
        let kinds = Set(report.findings.map(\.kind))
        if kinds.contains(.violation) { return .violation }
        if kinds.contains(.review) { return .review }
        if kinds.contains(.unproven) { return .unproven }
        if report.obligations.contains(where: { $0.status == .due || $0.status == .upcoming }) { return .pending }
        return .satisfied
    }
}
