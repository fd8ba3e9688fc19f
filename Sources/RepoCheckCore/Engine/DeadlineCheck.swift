extension EvaluationContext {
    /// `deadline`: each trigger starts a clock; the first required event after it must come in time.
    func check(_ rule: Rule, _ deadline: Constraint.Deadline) -> RuleOutcome {
        var outcome = RuleOutcome()
        for trigger in events(matching: deadline.trigger) where governs(rule, at: trigger.at) {
            let counting = counting(deadline.counting, deadline.variants, for: trigger)
            let end = pack.counter.end(of: counting, from: trigger.at, in: zone)
            let other = deadline.alternative.map { pack.counter.end(of: $0.with(duration: counting.duration), from: trigger.at, in: zone) }
            let candidates = events.filter { $0.at >= trigger.at && $0.index != trigger.index }
            let fulfilment = candidates.first { matches(deadline.required, $0) && same(deadline.same, trigger, $0) }
            let discharge = deadline.unless.flatMap { unless in candidates.first { matches(unless, $0) && $0.at <= end.last } }
            var obligation = Obligation(
                ruleID: rule.id, title: rule.title, to: deadline.to, citation: rule.citation, kind: "deadline",
                trigger: trigger.index, notBefore: format(trigger.at), dueBy: format(end.last), status: .due,
                fulfilledBy: fulfilment?.index, otherReading: other.flatMap { $0.last != end.last ? format($0.last) : nil },
                trace: end.trace)
            var evidence = Evidence(events: [trigger.index], deadline: end.last, trace: end.trace)
            if let fulfilment, fulfilment.at <= end.last {
                obligation.status = .satisfied
            } else if let discharge, fulfilment == nil {
                obligation.status = .satisfied
                obligation.fulfilledBy = discharge.index
            } else if let fulfilment {
                obligation.status = .late
                evidence.events.append(fulfilment.index)
                evidence.actual = fulfilment.at
                evidence.lateBy = lateness(of: fulfilment.at, past: end)
                evidence.interpretation = interpretation(end, other, decidesAt: fulfilment.at)
                outcome.findings.append(
                    finding(rule, evidence, "done \(evidence.lateBy!) late: due by \(format(end.last)), done at \(format(fulfilment.at))"))
            } else if end.last < asOf {
                obligation.status = .missed
                evidence.interpretation = interpretation(end, other, decidesAt: asOf)
                outcome.findings.append(finding(rule, evidence, "not done: it was due by \(format(end.last))"))
            }
            outcome.obligations.append(obligation)
        }
        return outcome
    }

    /// The counting for `trigger`: the first variant whose pattern matches it, else the default.
    func counting(_ base: Counting, _ variants: [Constraint.Variant], for trigger: Event) -> Counting {
        guard let variant = variants.first(where: { matches($0.when, trigger) }) else { return base }
        return base.with(duration: variant.duration)
    }

    /// Whether every property in `keys` is equal on both events.
    func same(_ keys: [String], _ a: Event, _ b: Event) -> Bool {
        keys.allSatisfy { a.properties[$0] == b.properties[$0] }
    }

    /// The interpretation note when the other reading's bound falls on the other side of `instant`.
    func interpretation(_ end: PeriodEnd, _ other: PeriodEnd?, decidesAt instant: Instant) -> Finding.Interpretation? {
        guard let other, other.last != end.last, (instant <= end.last) != (instant <= other.last) else { return nil }
        return Finding.Interpretation(
            defaultReading: format(end.last), otherReading: format(other.last),
            note: "the result depends on the reading of the law: the pack's default reading against the rule's `alternative`")
    }
}

extension Counting {
    /// The same counting with another duration.
    func with(duration: Duration) -> Counting {
        var copy = self
        copy.duration = duration
        return copy
    }
}
