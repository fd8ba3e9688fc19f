extension EvaluationContext {
    /// `gate`: at each anchor event (a repossession, or the planned one in pre-flight) the condition must hold.
    func check(_ rule: Rule, _ gate: Constraint.Gate) -> RuleOutcome {
        var outcome = RuleOutcome()
        for anchor in events(matching: gate.at) where governs(rule, at: anchor.at) {
            let absent = missing(rule.facts, in: anchor)
            guard absent.isEmpty else {
                outcome.findings.append(unproven(rule, anchor, missing: absent))
                continue
            }
            if !holds(gate.require, at: anchor.at, excluding: anchor.index) {
                outcome.findings.append(
                    finding(rule, Evidence(events: [anchor.index], actual: anchor.at), "the condition did not hold at \(format(anchor.at))")
                )
            }
        }
        return outcome
    }
}
