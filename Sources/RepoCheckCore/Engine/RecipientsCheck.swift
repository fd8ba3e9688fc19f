extension EvaluationContext {
    /// `recipients`: together, the matching notices reach every party having one of the roles
    /// (or, with `joint`, the party it is linked to at the same address).
    func check(_ rule: Rule, _ recipients: Constraint.Recipients) -> RuleOutcome {
        let notices = events(matching: recipients.event)
        guard let first = notices.first, governs(rule, at: first.at) else { return RuleOutcome() }
        var evidence = Evidence(events: notices.map(\.index), actual: first.at)
        let needed = [recipients.property] + rule.facts
        if let unrecorded = notices.first(where: { !missing(needed, in: $0).isEmpty }) {
            return RuleOutcome(findings: [unproven(rule, unrecorded, missing: missing(needed, in: unrecorded))])
        }
        let reached = Set(notices.flatMap { $0.properties[recipients.property]?.texts ?? [] })
        let owed = testCase.parties.filter { party in party.roles.contains { recipients.roles.contains($0) } }
        evidence.missing = owed.filter { !reached.contains($0.id) && !jointlyReached($0, reached, recipients.joint) }.map(\.id)
        guard !evidence.missing.isEmpty else { return RuleOutcome() }
        return RuleOutcome(findings: [finding(rule, evidence, "no notice went to \(evidence.missing.joined(separator: ", "))")])
    }

    /// Whether a notice to the party that `joint.link` names, with equal `joint.same` facts, reached `party` too.
    private func jointlyReached(_ party: Party, _ reached: Set<String>, _ joint: Constraint.Joint?) -> Bool {
        guard let joint, let partnerID = party.properties[joint.link]?.text, reached.contains(partnerID),
            let partner = self.party(withID: partnerID)
        else { return false }
        return joint.same.allSatisfy { key in
            let path = key.split(separator: ".").map(String.init)
            guard let mine = party.fact(at: path) else { return false }
            return mine == partner.fact(at: path)
        }
    }
}
