extension EvaluationContext {
    /// `contents`: each matching notice lists every required item (only those, if `exact`; in order, if `ordered`).
    func check(_ rule: Rule, _ contents: Constraint.Contents) -> RuleOutcome {
        var outcome = RuleOutcome()
        for event in events(matching: contents.event) where governs(rule, at: event.at) {
            var evidence = Evidence(events: [event.index], actual: event.at)
            let absent = missing([contents.property] + rule.facts, in: event)
            guard absent.isEmpty, let listed = event.properties[contents.property]?.texts else {
                outcome.findings.append(unproven(rule, event, missing: absent))
                continue
            }
            let required = contents.items + contents.conditionalItems.filter { holds($0.when, at: event.at) }.map(\.item)
            evidence.missing = required.filter { !listed.contains($0) }
            let extra = contents.exact ? listed.filter { !required.contains($0) } : []
            let present = listed.filter { required.contains($0) }
            let misordered = contents.ordered && present != required.filter { present.contains($0) }
            var problems: [String] = []
            if !evidence.missing.isEmpty { problems.append("missing \(evidence.missing.joined(separator: ", "))") }
            if !extra.isEmpty { problems.append("not allowed: \(extra.joined(separator: ", "))") }
            if misordered { problems.append("items out of the required order") }
            if !problems.isEmpty { outcome.findings.append(finding(rule, evidence, problems.joined(separator: "; "))) }
        }
        return outcome
    }
}
