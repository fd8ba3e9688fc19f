extension EvaluationContext {
    /// `time_of_day`: matching events only between two local times (inclusive), in the zone of the
    /// party the event names, or the case's.
    func check(_ rule: Rule, _ window: Constraint.TimeOfDayWindow) -> RuleOutcome {
        var outcome = RuleOutcome()
        for event in events(matching: window.event) where governs(rule, at: event.at) {
            var evidence = Evidence(events: [event.index], actual: event.at)
            if event.isDateOnly {
                evidence.missingFact = "the time of day of event \(event.index)"
                outcome.findings.append(
                    finding(rule, evidence, kind: .unproven, "the event has a date but no time, so its local time is unknown"))
                continue
            }
            let zone = zone(for: event, partyProperty: window.partyProperty)
            let local = zone.timeOfDay(of: event.at)
            if local < window.from || local > window.to {
                outcome.findings.append(
                    finding(
                        rule, evidence, "at \(local) \(zone.abbreviation(at: event.at)) local time, outside \(window.from)–\(window.to)"))
            }
        }
        return outcome
    }
}
