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
        // The events of each `per` value, in time order; several values make one key, each prefixed with its
        // length. A case calls a handful of people, searched in a line; a hostile one calling thousands of
        // groups of them is indexed (see `KeyedList`). The groups' order does not show: the report sorts findings.
        var groups = KeyedList<[Event]>()
        for event in matching {
            let values = frequency.per.map { event.properties[$0].map { $0.text ?? $0.texts.joined(separator: ",") } ?? "" }
            let key = values.count == 1 ? values[0] : values.map { "\($0.utf8.count):\($0)" }.joined()
            groups.update(forKey: key, default: []) { $0.append(event) }
        }
        for (_, group) in groups.entries {
            // Where the window ending at the last event judged starts, and in which zone: a later event's window
            // in the same zone starts there or later, so each event of the group is stepped over once.
            var start = 0
            var startZone: Zone?
            // A window ending at an event holds more than `max` events exactly when the `max`-th event before it
            // is in the window: events are in time order, so every event after one in the window is in it too.
            for (position, event) in group.enumerated() where position >= frequency.max && governs(rule, at: event.at) {
                let zone = zone(for: event, partyProperty: frequency.partyProperty)
                guard inWindow(group[position - frequency.max], endingAt: event, frequency.window, zone) else { continue }
                if zone == startZone {
                    while !inWindow(group[start], endingAt: event, frequency.window, zone) { start += 1 }
                } else {
                    start = position - frequency.max
                    while start > 0, inWindow(group[start - 1], endingAt: event, frequency.window, zone) { start -= 1 }
                    startZone = zone
                }
                let count = position - start + 1
                // The events that put the count over `max` prove it: citing the whole window would make a case of
                // n events in one window cite n²/2 events.
                var evidence = Evidence(events: group[(position - frequency.max)...position].map(\.index), actual: event.at)
                evidence.count = count
                let cited = count > frequency.max + 1 ? "; the \(frequency.max + 1) latest are cited" : ""
                outcome.findings.append(
                    finding(rule, evidence, "\(count) events within \(frequency.window) (at most \(frequency.max) allowed\(cited))"))
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
