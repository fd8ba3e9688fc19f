import RepoCheckCore

/// What one rule costs when it is judged alone, for finding the rules worth making faster.
struct RuleCost: Encodable {
    let rule: String
    /// The first day the version is in force (a rule with several versions is listed once for each).
    let effectiveFrom: String?
    /// The rule's constraint kind (`deadline`, `forbidden`, …).
    let kind: String
    /// Microseconds a case, beyond judging it with no rule at all (making the context and the report).
    let microsecondsPerCase: Double
    let findings: Int
}

extension Workload {
    /// Every rule version checked on timelines, judged alone on the first `sample` parsed cases, costliest first.
    ///
    /// Alone, a rule answers its own conditions: in the whole pack, rules on the same events share those answers,
    /// so the costs here add up to more than judging with the whole pack.
    func ruleCosts(sample: Int) -> [RuleCost] {
        let cases = parsed.prefix(sample)
        func judge(_ rules: [Rule]) -> (microseconds: Double, findings: Int) {
            var findings = 0
            let start = ContinuousClock.now
            for testCase in cases { findings += evaluator.evaluate(testCase, asOf: Self.asOf(testCase), rules: rules).findings.count }
            return ((ContinuousClock.now - start).milliseconds * 1_000 / Double(max(1, cases.count)), findings)
        }
        let empty = judge([]).microseconds
        return evaluator.pack.rules.filter { $0.stages.contains(.timeline) }
            .map { rule in
                let (microseconds, findings) = judge([rule])
                return RuleCost(
                    rule: rule.id, effectiveFrom: rule.effectiveFrom?.description, kind: rule.constraint.kind,
                    microsecondsPerCase: microseconds - empty, findings: findings)
            }
            .sorted { $0.microsecondsPerCase > $1.microsecondsPerCase }
    }
}
