import RepoCheckCore

/// § 6 Constraint kinds, each as the DSL reference words it.
extension ReferenceEvaluator {
    func evaluate(_ rule: Rule) -> ComparedOutcome {
        switch rule.constraint {
        case .deadline(let c): deadline(rule, c)
        case .waitingPeriod(let c): waitingPeriod(rule, c)
        case .forbidden(let c): forbidden(rule, c)
        case .gate(let c): gate(rule, c)
        case .frequency(let c): frequency(rule, c)
        case .timeOfDay(let c): timeOfDay(rule, c)
        case .contents(let c): contents(rule, c)
        case .recipients(let c): recipients(rule, c)
        }
    }

    func text(_ instant: Instant) -> String { RFC3339.format(instant, in: zone) }

    /// A `violation` finding, or `review` for a rule with `outcome: review`.
    func breach(_ rule: Rule, _ events: [Int], deadline: Instant? = nil, actual: Instant?, readings: [Instant]? = nil) -> ComparedFinding {
        ComparedFinding(
            ruleID: rule.id, kind: rule.outcome == .review ? "review" : "violation", events: events, deadline: deadline.map(text),
            actual: actual.map(text), readings: readings?.map(text))
    }

    /// An `unproven` finding about `event` (after the events in `others`).
    func unproven(_ rule: Rule, _ event: Event, others: [Int] = []) -> ComparedFinding {
        ComparedFinding(ruleID: rule.id, kind: "unproven", events: others + [event.index], actual: text(event.at))
    }

    /// The period for a trigger: the first variant whose pattern matches it replaces the period.
    func counting(_ base: Counting, _ variants: [Constraint.Variant], for trigger: Event) -> Counting {
        var counting = base
        if let variant = variants.first(where: { matches($0.when, trigger) }) { counting.duration = variant.duration }
        return counting
    }

    // MARK: deadline

    func deadline(_ rule: Rule, _ d: Constraint.Deadline) -> ComparedOutcome {
        var outcome = ComparedOutcome()
        for trigger in known where matches(d.trigger, trigger) && governs(rule, trigger) {
            let counting = counting(d.counting, d.variants, for: trigger)
            let elapsed = !counting.duration.isDayBased
            if !missing(rule.facts, in: trigger, needsTime: elapsed).isEmpty {
                outcome.findings.append(unproven(rule, trigger))
                continue
            }
            let due = periodEnd(counting, from: trigger.at).last
            let other = d.alternative.map { alternative -> Instant in
                var reading = alternative
                reading.duration = counting.duration
                return periodEnd(reading, from: trigger.at).last
            }
            let owed: [Party?]
            if let per = d.perParty {
                owed = testCase.parties.filter { party in party.roles.contains { per.roles.contains($0) } }
            } else {
                owed = [nil]
            }
            for party in owed {
                judgeDeadline(rule, d, trigger, due: due, other: other, party: party, elapsed: elapsed, into: &outcome)
            }
        }
        return outcome
    }

    /// Steps 1–7 of `deadline` for one trigger (and one party, with `per_party`).
    func judgeDeadline(
        _ rule: Rule, _ d: Constraint.Deadline, _ trigger: Event, due: Instant, other: Instant?, party: Party?, elapsed: Bool,
        into outcome: inout ComparedOutcome
    ) {
        let candidates = known.filter { event in
            event.index != trigger.index && (event.at >= trigger.at || (event.isDateOnly && day(event.at) >= day(trigger.at)))
        }
        let fulfilment = candidates.first { event in
            matches(d.required, event) && d.same.allSatisfy { trigger.properties[$0] == event.properties[$0] }
                && (party == nil || Self.texts(event.properties[d.perParty!.property]).contains(party!.id))
        }
        let discharge = d.unless.flatMap { unless in candidates.first { matches(unless, $0) && $0.at <= due } }
        var obligation = ComparedObligation(
            ruleID: rule.id, kind: "deadline", trigger: trigger.index, status: "due", notBefore: text(trigger.at), dueBy: text(due),
            fulfilledBy: fulfilment?.index, otherReading: other.flatMap { $0 == due ? nil : text($0) })
        /// The two bounds, when the other reading would not have produced the finding decided at `instant`.
        func readings(decidedAt instant: Instant) -> [Instant]? {
            guard let other, other != due, (instant <= due) != (instant <= other) else { return nil }
            return [due, other]
        }
        if let fulfilment, !missing(rule.facts, in: fulfilment, needsTime: elapsed).isEmpty {
            obligation.status = "unproven"
            outcome.findings.append(unproven(rule, fulfilment, others: [trigger.index]))
        } else if let fulfilment, fulfilment.at <= due {
            obligation.status = "satisfied"
        } else if let discharge {
            // A timely `unless` event discharges the obligation, even if the required event comes late.
            obligation.status = "satisfied"
            obligation.fulfilledBy = discharge.index
        } else if let fulfilment {
            obligation.status = "late"
            outcome.findings.append(
                breach(
                    rule, [trigger.index, fulfilment.index], deadline: due, actual: fulfilment.at,
                    readings: readings(decidedAt: fulfilment.at)))
        } else if due < asOf {
            obligation.status = "missed"
            outcome.findings.append(breach(rule, [trigger.index], deadline: due, actual: nil, readings: readings(decidedAt: asOf)))
        }
        outcome.obligations.append(obligation)
    }

    // MARK: waiting_period

    func waitingPeriod(_ rule: Rule, _ w: Constraint.WaitingPeriod) -> ComparedOutcome {
        var outcome = ComparedOutcome()
        for trigger in known where matches(w.after, trigger) && governs(rule, trigger) {
            let counting = counting(w.counting, w.variants, for: trigger)
            var alternative = w.alternative
            alternative?.duration = counting.duration
            var involved = [trigger.index]
            var end = periodEnd(counting, from: trigger.at)
            var extraDays = 0
            if let pattern = w.extendedBy, let extra = w.extensionPeriod,
                let request = known.first(where: { $0.at >= trigger.at && $0.at <= end.last && matches(pattern, $0) })
            {
                extraDays = extra.amount
                end = periodEnd(counting, from: trigger.at, extraDays: extraDays)
                involved.append(request.index)
            }
            let otherEnd = alternative.map { periodEnd($0, from: trigger.at, extraDays: extraDays) }
            let notBefore = firstAllowed(after: end, counting)
            let otherNotBefore = otherEnd.map { firstAllowed(after: $0, counting) }
            var obligation = ComparedObligation(
                ruleID: rule.id, kind: "waiting_period", trigger: trigger.index, status: asOf < notBefore ? "upcoming" : "satisfied",
                notBefore: text(notBefore), otherReading: otherNotBefore.flatMap { $0 == notBefore ? nil : text($0) })
            let restricted = known.filter { $0.at >= trigger.at && $0.index != trigger.index && matches(w.restricted, $0) }
            let early = restricted.filter { $0.at < notBefore }
            if let unknown = early.first(where: { !missing(rule.facts, in: $0).isEmpty }) {
                obligation.status = "unproven"
                obligation.fulfilledBy = unknown.index
                outcome.findings.append(unproven(rule, unknown, others: involved))
            } else if let first = early.first {
                obligation.status = "violated"
                obligation.fulfilledBy = first.index
                let differs = otherNotBefore.map { first.at >= $0 } ?? false
                outcome.findings.append(
                    breach(
                        rule, involved + [first.index], deadline: notBefore, actual: first.at,
                        readings: differs ? [notBefore, otherNotBefore!] : nil))
            } else if let first = restricted.first {
                obligation.status = "satisfied"
                obligation.fulfilledBy = first.index
            }
            outcome.obligations.append(obligation)
        }
        if w.requiresTrigger {
            for event in known where matches(w.restricted, event) && governs(rule, event) {
                if !known.contains(where: { $0.at <= event.at && matches(w.after, $0) }) {
                    outcome.findings.append(breach(rule, [event.index], actual: event.at))
                }
            }
        }
        return outcome
    }

    /// `not_before`: for days, months and years the first instant after the last day (local midnight);
    /// for hours and minutes trigger + period itself, at which the period has run.
    func firstAllowed(after end: ReferenceEnd, _ counting: Counting) -> Instant {
        counting.duration.isDayBased ? Instant(nanoseconds: end.last.nanoseconds + 1) : end.last
    }

    // MARK: forbidden

    func forbidden(_ rule: Rule, _ f: Constraint.Forbidden) -> ComparedOutcome {
        var outcome = ComparedOutcome()
        for event in known where matches(f.event, event) && governs(rule, event) {
            var opening: Event?
            if let state = f.during {
                opening = self.opening(of: state, at: event.at, excluding: event.index)
                if opening == nil { continue }
            }
            if !missing(rule.facts, in: event).isEmpty {
                outcome.findings.append(unproven(rule, event))
            } else {
                outcome.findings.append(breach(rule, (opening.map { [$0.index] } ?? []) + [event.index], actual: event.at))
            }
        }
        return outcome
    }

    // MARK: gate

    func gate(_ rule: Rule, _ g: Constraint.Gate) -> ComparedOutcome {
        var outcome = ComparedOutcome()
        for anchor in known where matches(g.at, anchor) && governs(rule, anchor) {
            if !missing(rule.facts, in: anchor).isEmpty {
                outcome.findings.append(unproven(rule, anchor))
            } else if !holds(g.require, at: anchor.at, excluding: anchor.index) {
                outcome.findings.append(breach(rule, [anchor.index], actual: anchor.at))
            }
        }
        return outcome
    }

    // MARK: frequency

    func frequency(_ rule: Rule, _ f: Constraint.Frequency) -> ComparedOutcome {
        var outcome = ComparedOutcome()
        let counted = known.filter { matches(f.event, $0) && missing(rule.facts, in: $0).isEmpty }
        /// A missing property counts as its own value, the empty text.
        func group(_ event: Event) -> [Value] { f.per.map { event.properties[$0] ?? .scalar("") } }
        for (position, last) in counted.enumerated() where governs(rule, last) {
            let zone = zone(for: last, property: f.partyProperty)
            let window = counted[...position].filter { group($0) == group(last) && inWindow($0, endingAt: last, f.window, zone) }
            // The evidence is the `max` + 1 latest events of the window: those that put the count over `max`.
            if window.count > f.max {
                outcome.findings.append(breach(rule, window.suffix(f.max + 1).map(\.index), actual: last.at))
            }
        }
        return outcome
    }

    /// Whether `event` is inside the window that ends with `last`.
    func inWindow(_ event: Event, endingAt last: Event, _ window: Duration, _ zone: Zone) -> Bool {
        if let seconds = Self.elapsedSeconds(window) { return event.at > last.at.adding(seconds: -seconds) }
        let first: CivilDate
        switch window.unit {
        case .months: first = zone.date(of: last.at).adding(months: -window.amount).adding(days: 1)
        case .years: first = zone.date(of: last.at).adding(months: -12 * window.amount).adding(days: 1)
        default: first = zone.date(of: last.at).adding(days: 1 - window.amount)
        }
        return zone.date(of: event.at) >= first
    }

    // MARK: time_of_day

    func timeOfDay(_ rule: Rule, _ t: Constraint.TimeOfDayWindow) -> ComparedOutcome {
        var outcome = ComparedOutcome()
        for event in known where matches(t.event, event) && governs(rule, event) {
            if !missing(rule.facts, in: event, needsTime: true).isEmpty {
                outcome.findings.append(unproven(rule, event))
                continue
            }
            let local = zone(for: event, property: t.partyProperty).timeOfDay(of: event.at)
            let inside = t.from <= t.to ? (t.from <= local && local <= t.to) : (local >= t.from || local <= t.to)
            if !inside { outcome.findings.append(breach(rule, [event.index], actual: event.at)) }
        }
        return outcome
    }

    // MARK: contents

    func contents(_ rule: Rule, _ c: Constraint.Contents) -> ComparedOutcome {
        var outcome = ComparedOutcome()
        for notice in known where matches(c.event, notice) && governs(rule, notice) {
            guard missing([c.property] + rule.facts, in: notice).isEmpty else {
                outcome.findings.append(unproven(rule, notice))
                continue
            }
            let listed = Self.texts(notice.properties[c.property])
            let required = c.items + c.conditionalItems.filter { holds($0.when, at: notice.at, excluding: nil) }.map(\.item)
            let missingItem = required.contains { !listed.contains($0) }
            let extra = c.exact && listed.contains { !required.contains($0) }
            let present = listed.filter { required.contains($0) }
            let outOfOrder = c.ordered && present != required.filter { present.contains($0) }
            if missingItem || extra || outOfOrder { outcome.findings.append(breach(rule, [notice.index], actual: notice.at)) }
        }
        return outcome
    }

    // MARK: recipients

    func recipients(_ rule: Rule, _ r: Constraint.Recipients) -> ComparedOutcome {
        let notices = known.filter { matches(r.event, $0) }
        guard let first = notices.first, governs(rule, first) else { return ComparedOutcome() }
        if let unrecorded = notices.first(where: { !missing([r.property] + rule.facts, in: $0).isEmpty }) {
            return ComparedOutcome(findings: [unproven(rule, unrecorded)])
        }
        let reached = Set(notices.flatMap { Self.texts($0.properties[r.property]) })
        let owed = testCase.parties.filter { party in party.roles.contains { r.roles.contains($0) } }
        let unreached = owed.filter { !reached.contains($0.id) && !jointlyReached($0, reached, r.joint) }
        if unreached.isEmpty { return ComparedOutcome() }
        return ComparedOutcome(findings: [breach(rule, notices.map(\.index), actual: first.at)])
    }

    /// A notice to the party named by the `link` property reaches this party too, when every `same` fact
    /// is present on both and equal.
    func jointlyReached(_ party: Party, _ reached: Set<String>, _ joint: Constraint.Joint?) -> Bool {
        guard let joint, case .scalar(let partnerID) = party.properties[joint.link], reached.contains(partnerID),
            let partner = self.party(partnerID)
        else { return false }
        return joint.same.allSatisfy { key in
            let path = key.split(separator: ".").map(String.init)
            guard let mine = Self.value(in: Self.facts(of: party), at: path) else { return false }
            return mine == Self.value(in: Self.facts(of: partner), at: path)
        }
    }
}
