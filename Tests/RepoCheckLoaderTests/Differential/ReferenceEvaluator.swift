import RepoCheckCore

/// A deliberately naive second implementation of the rule semantics of `docs/dsl.md`, for the
/// differential test. It reads the decoded `Rule` values and the pack's states and calendars, but never
/// calls the engine's checks, its evaluation context or its period counter: it counts periods itself,
/// one day at a time, and scans every event for every question. Slow and plain on purpose.
///
/// It uses only the core's primitives for dates and zones (`CivilDate`, `Zone`, `RFC3339`, a calendar's
/// weekend days and holiday lookup), which have their own table-driven tests.
///
/// A class only so that the many closures below capture one reference rather than copy the pack.
final class ReferenceEvaluator {
    let pack: RulePack
    let testCase: Case
    let asOf: Instant
    let zone: Zone
    /// The events that have happened by `asOf`, in time order (ties in file order).
    let known: [Event]

    init(pack: RulePack, testCase: Case, asOf: Instant) {
        self.pack = pack
        self.testCase = testCase
        self.asOf = asOf
        zone = testCase.zone
        known = testCase.events.filter { $0.at <= asOf }
    }

    /// The local date of `instant` in the case's zone.
    func day(_ instant: Instant) -> CivilDate { zone.date(of: instant) }

    /// § 3: a version governs an event when it is in force on the event's local date and `applies_when`
    /// holds at the event's instant.
    func governs(_ rule: Rule, _ event: Event) -> Bool {
        let date = day(event.at)
        if let from = rule.effectiveFrom, date < from { return false }
        if let to = rule.effectiveTo, date > to { return false }
        return holds(rule.appliesWhen, at: event.at, excluding: nil)
    }

    // MARK: Values

    /// The scalars of a value: a scalar itself, the scalars of a list (nested lists flattened), none for a map.
    static func texts(_ value: Value?) -> [String] {
        switch value {
        case .scalar(let text): [text]
        case .list(let items): items.flatMap { texts($0) }
        case .map, nil: []
        }
    }

    /// Whether some scalar of a value (as `texts` lists them) satisfies `test`.
    static func anyText(_ value: Value?, _ test: (String) -> Bool) -> Bool {
        switch value {
        case .scalar(let text): return test(text)
        case .list(let items):
            for item in items where anyText(item, test) { return true }
            return false
        case .map, nil: return false
        }
    }

    /// The value at a dotted path inside a mapping.
    static func value(in value: Value?, at path: [String]) -> Value? {
        var current = value
        for key in path {
            guard case .map(let map) = current else { return nil }
            current = map[key]
        }
        return current
    }

    /// A party's facts: its properties, its `id` and the list of its roles.
    static func facts(of party: Party) -> Value {
        var map = party.properties
        map["id"] = .scalar(party.id)
        map["role"] = .list(party.roles.map { .scalar($0) })
        return .map(map)
    }

    /// The case's facts: `contract`, `collateral`, and `case.closed` as the text `true` or `false`.
    var caseFacts: Value {
        .map([
            "contract": testCase.contract, "collateral": testCase.collateral,
            "case": .map(["closed": .scalar(testCase.isClosed ? "true" : "false")]),
        ])
    }

    func party(_ id: String) -> Party? { testCase.parties.first { $0.id == id } }

    // MARK: Patterns (§ 5)

    func matches(_ pattern: EventPattern, _ event: Event) -> Bool {
        switch pattern {
        case .conditions(let conditions):
            for condition in conditions where !test(condition.matcher, fact(of: event, condition.path), anchor: event.at) { return false }
            return true
        case .all(let patterns):
            for pattern in patterns where !matches(pattern, event) { return false }
            return true
        case .any(let patterns):
            for pattern in patterns where matches(pattern, event) { return true }
            return false
        case .not(let inner): return !matches(inner, event)
        }
    }

    /// The fact at `path` of an event: `type`, or a property; a path past `by` or `to` is read on each
    /// party named there, and the values found form a list.
    func fact(of event: Event, _ path: [String]) -> Value? {
        if path.count == 1, path[0] == "type" { return .scalar(event.type) }
        guard let head = path.first, let value = event.properties[head] else { return nil }
        if path.count == 1 { return value }
        let rest = Array(path.dropFirst())
        guard !rest.isEmpty, head == "by" || head == "to" else { return Self.value(in: value, at: rest) }
        let found = Self.texts(value).compactMap { id in party(id).flatMap { Self.value(in: Self.facts(of: $0), at: rest) } }
        return found.isEmpty ? nil : .list(found)
    }

    /// § 5 Matchers; `anchor` is the instant whose local date the word `anchor` names.
    func test(_ matcher: Matcher, _ value: Value?, anchor: Instant) -> Bool {
        switch matcher {
        case .exists(let expected): return (value != nil) == expected
        case .not(let inner): return !test(inner, value, anchor: anchor)
        case .equals(let text): return Self.anyText(value) { $0 == text }
        case .oneOf(let options): return Self.anyText(value) { options.contains($0) }
        case .compare(let comparison, let reference):
            let bound: CivilDate
            switch reference {
            case .anchor: bound = day(anchor)
            case .date(let date): bound = date
            }
            return Self.anyText(value) { text in
                guard let date = localDate(text) else { return false }
                switch comparison {
                case .before: return date < bound
                case .onOrBefore: return date <= bound
                case .after: return date > bound
                case .onOrAfter: return date >= bound
                }
            }
        }
    }

    /// A text read as a date, or as a timestamp converted to its local date.
    func localDate(_ text: String) -> CivilDate? {
        if case .success(let date) = RFC3339.parseDate(text) { return date }
        if case .success(let stamp) = RFC3339.parseTimestamp(text) { return day(stamp.instant) }
        return nil
    }

    // MARK: Conditions (§ 4)

    func holds(_ predicate: Predicate, at anchor: Instant, excluding excluded: Int?) -> Bool {
        switch predicate {
        case .fact(let condition):
            return test(condition.matcher, Self.value(in: caseFacts, at: condition.path), anchor: anchor)
        case .hasParty(let conditions):
            return testCase.parties.contains { party in
                conditions.allSatisfy { test($0.matcher, Self.value(in: Self.facts(of: party), at: $0.path), anchor: anchor) }
            }
        case .hasEvent(let pattern):
            return known.contains { $0.at <= anchor && $0.index != excluded && matches(pattern, $0) }
        case .hasEventWithin(let pattern, let counting):
            // Counted with the default options only.
            return known.contains {
                $0.at <= anchor && $0.index != excluded && matches(pattern, $0)
                    && periodEnd(Counting(duration: counting.duration), from: $0.at).last >= anchor
            }
        case .inState(let name):
            guard let state = pack.states[name] else { return false }
            return opening(of: state, at: anchor, excluding: excluded) != nil
        case .all(let predicates): return predicates.allSatisfy { holds($0, at: anchor, excluding: excluded) }
        case .any(let predicates): return predicates.contains { holds($0, at: anchor, excluding: excluded) }
        case .not(let inner): return !holds(inner, at: anchor, excluding: excluded)
        }
    }

    // MARK: States (§ 1, `states.yaml`)

    /// The opening event if `state` holds at `instant`, judged without event `excluded`.
    func opening(of state: StateDefinition, at instant: Instant, excluding excluded: Int?) -> Event? {
        var opening: Event?
        var closing: Event?
        for event in known where event.at <= instant && event.index != excluded {
            if matches(state.openedBy, event) {
                opening = event  // the latest opening counts; an earlier closing is forgotten
                closing = nil
            } else if opening != nil, closing == nil, let closedBy = state.closedBy, matches(closedBy, event) {
                closing = event
            }
        }
        guard let opening else { return nil }
        if let closing {
            guard let tail = state.tail else { return nil }
            if periodEnd(tail, from: closing.at).last < instant { return nil }
        }
        if let lasts = state.lasts, periodEnd(lasts, from: opening.at).last < instant { return nil }
        return opening
    }

    // MARK: Facts (§ 8)

    /// The facts of `facts` the event does not record (and its time of day, when needed and it has only a date).
    func missing(_ facts: [String], in event: Event, needsTime: Bool = false) -> [String] {
        var absent = facts.filter { fact(of: event, $0.split(separator: ".").map(String.init)) == nil }
        if needsTime, event.isDateOnly { absent.append("time of day") }
        return absent
    }

    /// The zone whose local time counts for an event: the first party named by `property`, if it has a zone.
    func zone(for event: Event, property: String?) -> Zone {
        guard let property, let id = Self.texts(event.properties[property]).first, let partyZone = party(id)?.zone else { return zone }
        return partyZone
    }
}
