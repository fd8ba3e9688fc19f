extension EvaluationContext {
    /// `waiting_period`: after each trigger, the restricted event may not happen until the period has run.
    func check(_ rule: Rule, _ wait: Constraint.WaitingPeriod) -> RuleOutcome {
        var outcome = RuleOutcome()
        let triggers = events(matching: wait.after)
        let restricted = events(matching: wait.restricted)
        for trigger in triggers where governs(rule, at: trigger.at) {
            let counting = counting(wait.counting, wait.variants, for: trigger)
            var end = pack.counter.end(of: counting, from: trigger.at, in: zone)
            var other = wait.alternative.map { pack.counter.last(of: $0.with(duration: counting.duration), from: trigger.at, in: zone) }
            var involved = [trigger.index]
            if let extendedBy = wait.extendedBy, let days = wait.extensionPeriod?.amount,
                let request = events.indices.first(where: {
                    events[$0].at >= trigger.at && events[$0].at <= end.last && matches(extendedBy, at: $0)
                }).map({ events[$0] })
            {
                end = pack.counter.end(of: counting, from: trigger.at, in: zone, extraDays: days)
                other = wait.alternative.map {
                    pack.counter.last(of: $0.with(duration: counting.duration), from: trigger.at, in: zone, extraDays: days)
                }
                involved.append(request.index)
            }
            // A period of days runs to the end of its last day; one of hours ends at an instant the act may happen at.
            let notBefore = counting.duration.isDayBased ? end.last.nextInstant : end.last
            let otherNotBefore = other.flatMap {
                $0 != end.last ? (counting.duration.isDayBased ? $0.nextInstant : $0) : nil
            }
            var obligation = Obligation(
                ruleID: rule.id, title: rule.title, to: nil, citation: rule.citation, kind: "waiting_period",
                trigger: trigger.index, notBefore: format(notBefore), dueBy: nil, status: asOf < notBefore ? .upcoming : .satisfied,
                fulfilledBy: nil, otherReading: otherNotBefore.map(format), trace: end.trace)
            let after = restricted.filter { $0.at >= trigger.at && $0.index != trigger.index }
            if let unknown = after.first(where: { $0.at < notBefore && !missing(rule.facts, in: $0).isEmpty }) {
                obligation.status = .unproven
                obligation.fulfilledBy = unknown.index
                outcome.findings.append(unproven(rule, unknown, missing: missing(rule.facts, in: unknown), involving: involved))
            } else if let early = after.first(where: { $0.at < notBefore }) {
                obligation.status = .violated
                obligation.fulfilledBy = early.index
                var evidence = Evidence(events: involved + [early.index], deadline: notBefore, actual: early.at, trace: end.trace)
                evidence.lateBy = Self.elapsed(notBefore.seconds(since: early.at))
                if let otherNotBefore, (early.at < notBefore) != (early.at < otherNotBefore) {
                    evidence.interpretation = Finding.Interpretation(
                        defaultReading: format(notBefore), otherReading: format(otherNotBefore),
                        note: "the result depends on the reading of the law: the pack's default reading against the rule's `alternative`")
                }
                outcome.findings.append(
                    finding(
                        rule, evidence, "happened at \(format(early.at)), before the waiting period ended: not before \(format(notBefore))")
                )
            } else if let first = after.first {
                obligation.status = .satisfied
                obligation.fulfilledBy = first.index
            }
            outcome.obligations.append(obligation)
        }
        if wait.requiresTrigger {
            for event in restricted where governs(rule, at: event.at) && !triggers.contains(where: { $0.at <= event.at }) {
                outcome.findings.append(
                    finding(
                        rule, Evidence(events: [event.index], actual: event.at),
                        "happened with no prior event that starts the waiting period"))
            }
        }
        return outcome
    }
}

extension Instant {
    /// The instant one nanosecond later: turns an inclusive last instant into the first one after it.
    var nextInstant: Instant { Instant(nanoseconds: nanoseconds + 1) }
}
