extension EvaluationContext {
    /// `forbidden`: a matching event is a finding, or only one that happens while the state holds.
    func check(_ rule: Rule, _ forbidden: Constraint.Forbidden) -> RuleOutcome {
        var outcome = RuleOutcome()
        // A prohibition that holds only while a state holds says nothing in a case where the state never opens:
        // its events need not be looked for.
        if let state = forbidden.during, spans(of: state).openings.isEmpty { return outcome }
        for event in events(matching: forbidden.event) where governs(rule, at: event.at) {
            let absent = missing(rule.facts, in: event)
            guard absent.isEmpty else {
                if forbidden.during.map({ opening(of: $0, activeAt: event.at, excluding: event.index) != nil }) ?? true {
                    outcome.findings.append(unproven(rule, event, missing: absent))
                }
                continue
            }
            guard let state = forbidden.during else {
                outcome.findings.append(
                    finding(rule, Evidence(events: [event.index], actual: event.at), "`\(event.type)` at \(format(event.at)) is forbidden"))
                continue
            }
            guard let opening = opening(of: state, activeAt: event.at, excluding: event.index) else { continue }
            let what = state.description.isEmpty ? "the state it is forbidden in" : state.description
            outcome.findings.append(
                finding(
                    rule, Evidence(events: [opening.index, event.index], actual: event.at),
                    "`\(event.type)` at \(format(event.at)) falls while \(what) (since \(format(opening.at)))"))
        }
        return outcome
    }
}
