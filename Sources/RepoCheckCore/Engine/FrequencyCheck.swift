extension EvaluationContext {
    /// `frequency`: at most `max` matching events in any window, counted separately per `per` value.
    ///
    /// A window counted in days is that many consecutive local calendar days ending on the event's day
    /// (local to the party named by `local_time_of`, or the case);
    /// one counted in months or years runs from the same day of the month that many months before
    /// (exclusive) to the event's day; one counted in hours or minutes is elapsed time ending at the event.
    func check(_ rule: Rule, _ frequency: Constraint.Frequency) -> RuleOutcome {
        var outcome = RuleOutcome()
        let matching = events(matching: frequency.event).filter { missing(rule.facts, in: $0).isEmpty }
        // The events of each `per` value, in time order. A case calls a handful of people: a list searched
        // from the start beats hashing every event's key.
        var groups: [(key: [String], events: [Event])] = []
        for event in matching {
            let key = frequency.per.map { event.properties[$0].map { $0.text ?? $0.texts.joined(separator: ",") } ?? "" }
            if let known = groups.firstIndex(where: { $0.key == key }) {
                groups[known].events.append(event)
            } else {
                groups.append((key, [event]))
            }
        }
        groups.sort { $0.key.lexicographicallyPrecedes($1.key) }
        for (_, group) in groups {
            // A window ending at an event holds more than `max` events exactly when the `max`-th event before it
            // is in the window: events are in time order, so every event after one in the window is in it too.
            for (position, event) in group.enumerated() where position >= frequency.max && governs(rule, at: event.at) {
                let zone = zone(for: event, partyProperty: frequency.partyProperty)
                var start = position - frequency.max
                guard inWindow(group[start], endingAt: event, frequency.window, zone) else { continue }
                while start > 0, inWindow(group[start - 1], endingAt: event, frequency.window, zone) { start -= 1 }
                let window = group[start...position]
                var evidence = Evidence(events: window.map(\.index), actual: event.at)
                evidence.count = window.count
                outcome.findings.append(
                    finding(rule, evidence, "\(window.count) events within \(frequency.window) (at most \(frequency.max) allowed)"))
            }
        }
        return outcome
    }

    private func inWindow(_ event: Event, endingAt end: Event, _ window: Duration, _ zone: Zone) -> Bool {
        switch window.unit {
        case .minutes, .hours:
            let seconds = Int64(window.amount) * (window.unit == .hours ? 3600 : 60)
            return event.at > end.at.adding(seconds: -seconds)
        case .days, .businessDays:
            return zone.date(of: end.at).dayNumber - zone.date(of: event.at).dayNumber < window.amount
        case .months, .years:
            let months = window.amount * (window.unit == .years ? 12 : 1)
            return zone.date(of: event.at) > zone.date(of: end.at).adding(months: -months)
        }
    }
}
