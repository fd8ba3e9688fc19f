extension EvaluationContext {
    /// `time_of_day`: matching events only between two local times (inclusive), in the zone of the
    /// party the event names, or the case's. An event recorded with a date but no time is unproven.
    func check(_ rule: Rule, _ window: Constraint.TimeOfDayWindow) -> RuleOutcome {
        var outcome = RuleOutcome()
        for event in events(matching: window.event) where governs(rule, at: event.at) {
            let absent = missing(rule.facts, in: event, needsTime: true)
            guard absent.isEmpty else {
                outcome.findings.append(unproven(rule, event, missing: absent))
                continue
            }
            let zone = zone(for: event, partyProperty: window.partyProperty)
            let local = zone.timeOfDay(of: event.at)
            if !window.contains(local) {
                outcome.findings.append(
                    finding(
                        rule, Evidence(events: [event.index], actual: event.at),
                        "at \(local) \(zone.abbreviation(at: event.at)) local time, outside \(window.from)–\(window.to)"))
            }
        }
        return outcome
    }
}
