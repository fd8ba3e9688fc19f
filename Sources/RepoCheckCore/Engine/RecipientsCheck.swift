extension EvaluationContext {
    /// `recipients`: together, the matching notices reach every party having one of the roles.
    func check(_ rule: Rule, _ recipients: Constraint.Recipients) -> RuleOutcome {
        let notices = events(matching: recipients.event)
        guard let first = notices.first, governs(rule, at: first.at) else { return RuleOutcome() }
        var evidence = Evidence(events: notices.map(\.index), actual: first.at)
        let unrecorded = notices.filter { $0.properties[recipients.property] == nil }
        if !unrecorded.isEmpty {
            evidence.missingFact = "`\(recipients.property)` of event \(unrecorded[0].index)"
            return RuleOutcome(findings: [finding(rule, evidence, kind: .unproven, "the notice's recipients are not recorded")])
        }
        let reached = Set(notices.flatMap { $0.properties[recipients.property]?.texts ?? [] })
        let owed = testCase.parties.filter { party in party.roles.contains { recipients.roles.contains($0) } }
        evidence.missing = owed.map(\.id).filter { !reached.contains($0) }
        guard !evidence.missing.isEmpty else { return RuleOutcome() }
        return RuleOutcome(findings: [finding(rule, evidence, "no notice went to \(evidence.missing.joined(separator: ", "))")])
    }
}
