extension EvaluationContext {
    /// `waiting_period`: after each trigger, the restricted event may not happen until the period has run.
    func check(_ rule: Rule, _ wait: Constraint.WaitingPeriod) -> RuleOutcome {
        var outcome = RuleOutcome()
        let triggers = positions(matching: wait.after)
        // The restricted events, those of them lacking the facts the rule needs, and the extension requests: found
        // once for every trigger, each trigger then finding its own by halving.
        let restricted = positions(matching: wait.restricted)
        let unrecorded = restricted.filter { !missing(rule.facts, in: events[$0]).isEmpty }
        let requests = wait.extendedBy.map(positions(matching:)) ?? []
        for position in triggers where governs(rule, at: events[position].at) {
            let trigger = events[position]
            let counting = counting(wait.counting, wait.variants, at: position)
            var end = pack.counter.end(of: counting, from: trigger.at, in: zone)
            var other = wait.alternative.map { pack.counter.last(of: $0.with(duration: counting.duration), from: trigger.at, in: zone) }
            var involved = [trigger.index]
            // The first extension request in the period, from the trigger's instant on.
            let request = requests[requests.partitionPoint { events[$0].at < trigger.at }...].first.flatMap {
                events[$0].at <= end.last ? $0 : nil
            }
            if let request, let days = wait.extensionPeriod?.amount {
                end = pack.counter.end(of: counting, from: trigger.at, in: zone, extraDays: days)
                other = wait.alternative.map {
                    pack.counter.last(of: $0.with(duration: counting.duration), from: trigger.at, in: zone, extraDays: days)
                }
                involved.append(events[request].index)
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
            // The first restricted event from the trigger on, and the first of those lacking facts in the period.
            let after = first(of: restricted, from: trigger)
            if let unknown = first(of: unrecorded, from: trigger).flatMap({ $0.at < notBefore ? $0 : nil }) {
                obligation.status = .unproven
                obligation.fulfilledBy = unknown.index
                outcome.findings.append(unproven(rule, unknown, missing: missing(rule.facts, in: unknown), involving: involved))
            } else if let early = after, early.at < notBefore {
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
            } else if let after {
                obligation.status = .satisfied
                obligation.fulfilledBy = after.index
            }
            outcome.obligations.append(obligation)
        }
        if wait.requiresTrigger {
            // The triggers are in time order: the first one is the earliest.
            let firstTrigger = triggers.first.map { events[$0].at }
            for position in restricted {
                let event = events[position]
                guard governs(rule, at: event.at), !(firstTrigger.map { $0 <= event.at } ?? false) else { continue }
                outcome.findings.append(
                    finding(
                        rule, Evidence(events: [event.index], actual: event.at),
                        "happened with no prior event that starts the waiting period"))
            }
        }
        return outcome
    }

    /// The first event of `positions` (positions in `events`, in time order) at or after `trigger`'s instant,
    /// other than the trigger itself.
    private func first(of positions: [Int], from trigger: Event) -> Event? {
        positions[positions.partitionPoint { events[$0].at < trigger.at }...].lazy.map { self.events[$0] }.first {
            $0.index != trigger.index
        }
    }
}

extension Instant {
    /// The instant one nanosecond later: turns an inclusive last instant into the first one after it.
    var nextInstant: Instant { Instant(nanoseconds: nanoseconds + 1) }
}
