extension EvaluationContext {
    /// `deadline`: each trigger starts a clock; the first required event after it must come in time.
    /// With `per_party`, the obligation is owed to each party having the roles, one by one.
    func check(_ rule: Rule, _ deadline: Constraint.Deadline) -> RuleOutcome {
        var outcome = RuleOutcome()
        // The events that may fulfil or discharge an obligation, found once for every trigger; of those that must
        // share facts with the trigger (`same`) or reach the party owed (`per_party`), the ones that do, found once
        // for each value of those facts and each party.
        let required = positions(matching: deadline.required)
        let discharging = deadline.unless.map(positions(matching:)) ?? []
        var answering: [AnswerKey: [Int]] = [:]
        for position in positions(matching: deadline.trigger) where governs(rule, at: events[position].at) {
            guard outcome.findings.count + outcome.obligations.count <= resultsLeft else { break }
            let trigger = events[position]
            let counting = counting(deadline.counting, deadline.variants, at: position)
            let absent = missing(rule.facts, in: trigger, needsTime: !counting.duration.isDayBased)
            guard absent.isEmpty else {
                outcome.findings.append(unproven(rule, trigger, missing: absent))
                continue
            }
            let end = pack.counter.end(of: counting, from: trigger.at, in: zone)
            let other = deadline.alternative.map { pack.counter.last(of: $0.with(duration: counting.duration), from: trigger.at, in: zone) }
            let owed: [Party?] =
                deadline.perParty.map { per in testCase.parties.filter { party in party.roles.contains { per.roles.contains($0) } } } ?? [
                    nil
                ]
            for party in owed {
                var fulfilling = required
                if party != nil || !deadline.same.isEmpty {
                    let key = AnswerKey(party: party?.id, same: deadline.same.map { trigger.properties[$0] })
                    if let known = answering[key] {
                        fulfilling = known
                    } else {
                        fulfilling = answers(in: required, deadline, sharingWith: trigger, reaching: party)
                        answering[key] = fulfilling
                    }
                }
                outcome.add(
                    judge(
                        rule, deadline, trigger: trigger, counting: counting, end: end, other: other, party: party,
                        fulfilling: fulfilling, discharging: discharging))
            }
        }
        return outcome
    }

    /// The positions in `required` of the events that share the deadline's `same` facts with `trigger` and, per
    /// party, reach `party`.
    private func answers(in required: [Int], _ deadline: Constraint.Deadline, sharingWith trigger: Event, reaching party: Party?) -> [Int] {
        required.filter { position in
            let event = events[position]
            guard same(deadline.same, trigger, event) else { return false }
            guard let party, let per = deadline.perParty else { return true }
            return event.properties[per.property]?.texts.contains(party.id) ?? false
        }
    }

    /// One clock: the obligation started by `trigger` (owed to `party`, when per party) and its finding.
    /// `fulfilling` and `discharging` are the positions of the events that may fulfil it (matching the deadline's
    /// `required`, sharing its `same` facts, reaching the party) and of those matching its `unless`.
    private func judge(
        _ rule: Rule, _ deadline: Constraint.Deadline, trigger: Event, counting: Counting, end: PeriodEnd, other: Instant?, party: Party?,
        fulfilling: [Int], discharging: [Int]
    ) -> RuleOutcome {
        let fulfilment = firstCandidate(in: fulfilling, after: trigger)
        let discharge = firstCandidate(in: discharging, after: trigger, until: end.last)
        let to = party.map { "\($0.id) (\($0.roles.joined(separator: ", ")))" } ?? deadline.to
        var obligation = Obligation(
            ruleID: rule.id, title: rule.title, to: to, citation: rule.citation, kind: "deadline", trigger: trigger.index,
            notBefore: format(trigger.at), dueBy: format(end.last), status: .due, fulfilledBy: fulfilment?.index,
            otherReading: other.flatMap { $0 != end.last ? format($0) : nil }, trace: end.trace)
        var outcome = RuleOutcome()
        var evidence = Evidence(events: [trigger.index], deadline: end.last, trace: end.trace)
        let forWhom = party.map { " for \($0.id)" } ?? ""
        if let fulfilment, case let absent = missing(rule.facts, in: fulfilment, needsTime: !counting.duration.isDayBased), !absent.isEmpty
        {
            obligation.status = .unproven
            outcome.findings.append(unproven(rule, fulfilment, missing: absent, involving: [trigger.index]))
        } else if let fulfilment, fulfilment.at <= end.last {
            obligation.status = .satisfied
        } else if let discharge {
            obligation.status = .satisfied
            obligation.fulfilledBy = discharge.index
        } else if let fulfilment {
            obligation.status = .late
            evidence.events.append(fulfilment.index)
            evidence.actual = fulfilment.at
            evidence.lateBy = lateness(of: fulfilment.at, past: end)
            evidence.interpretation = interpretation(end, other, decidesAt: fulfilment.at)
            outcome.findings.append(
                finding(
                    rule, evidence,
                    "done\(forWhom) \(evidence.lateBy!) late: due by \(format(end.last)), done at \(format(fulfilment.at))"))
        } else if end.last < asOf {
            obligation.status = .missed
            evidence.interpretation = interpretation(end, other, decidesAt: asOf)
            outcome.findings.append(finding(rule, evidence, "not done\(forWhom): it was due by \(format(end.last))"))
        }
        outcome.obligations.append(obligation)
        return outcome
    }

    /// The first event of `positions` (positions in `events`, in time order) that may answer `trigger`: one at or
    /// after the trigger's instant, or one recorded with only a date on or after its day (it may have happened
    /// after the trigger); none after `limit`. The events before are skipped by halving.
    private func firstCandidate(in positions: [Int], after trigger: Event, until limit: Instant? = nil) -> Event? {
        let triggerDay = zone.date(of: trigger.at)
        let dayStart = positions.partitionPoint { zone.date(of: events[$0].at) < triggerDay }
        let fromTrigger = positions.partitionPoint { events[$0].at < trigger.at }
        // Events of the trigger's day recorded with only a date lie at the day's first instant, before the trigger.
        for position in positions[dayStart..<max(dayStart, fromTrigger)] {
            let event = events[position]
            guard event.at == events[positions[dayStart]].at, limit.map({ event.at <= $0 }) ?? true else { break }
            if event.isDateOnly { return event }
        }
        for position in positions[fromTrigger...] where events[position].index != trigger.index {
            let event = events[position]
            return limit.map({ event.at <= $0 }) ?? true ? event : nil
        }
        return nil
    }

    /// The counting for the trigger at `position` in `events`: the first variant whose pattern matches it, else the default.
    func counting(_ base: Counting, _ variants: [Constraint.Variant], at position: Int) -> Counting {
        guard let variant = variants.first(where: { matches($0.when, at: position) }) else { return base }
        return base.with(duration: variant.duration)
    }

    /// Whether every property in `keys` is equal on both events.
    func same(_ keys: [String], _ a: Event, _ b: Event) -> Bool {
        keys.allSatisfy { a.properties[$0] == b.properties[$0] }
    }

    /// The interpretation note when the other reading's bound (`other`) falls on the other side of `instant`.
    func interpretation(_ end: PeriodEnd, _ other: Instant?, decidesAt instant: Instant) -> Finding.Interpretation? {
        guard let other, other != end.last, (instant <= end.last) != (instant <= other) else { return nil }
        return Finding.Interpretation(
            defaultReading: format(end.last), otherReading: format(other),
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

/// What the events that may fulfil a deadline must have in common with its trigger: the party they must reach
/// (per party) and the values of the `same` facts.
private struct AnswerKey: Hashable {
    let party: String?
    let same: [Value?]
}
