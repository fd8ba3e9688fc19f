/// One case being judged at one instant: the events known by then, and the questions rules ask of them.
///
/// A class, so the checks' closures share it rather than copy it; one task uses it at a time.
final class EvaluationContext {
    let pack: RulePack
    let testCase: Case
    let asOf: Instant
    /// Events at or before `asOf`, in time order: later events have not happened yet.
    let events: [Event]
    /// Positions in `events` of the events of each type, in time order (a case has a handful of types: they
    /// are searched in a line rather than hashed).
    private let positionsByType: KeyedList<[Int]>
    /// The parties' positions in the case by id, and their roles as values by position.
    private let partyPositions: PartyIndex
    private let partyRoles: [Value]
    /// How many more findings and obligations the rule being judged may give before judging stops: a check
    /// that gives several per event (a deadline owed to each party) stops early instead of building them all.
    var resultsLeft = Int.max
    /// The spans of the states asked about so far, by state name (a pack has a handful: searched in a line).
    private var stateSpans = KeyedList<StateSpans>()
    /// The positions of the events matching the patterns of `has_event` and `has_event_within` asked so far:
    /// a rule may ask them at every event it judges.
    private var predicatePositions: [EventPattern: [Int]] = [:]
    /// The named states (`in_state`), with their conditions numbered as the rules' are.
    private let states: [String: StateDefinition]
    /// The numbered conditions (see ``ConditionNumbering``).
    private let conditions: ConditionNumbers
    /// The answers to numbered conditions found so far: `conditions.count` cells for each of `events`
    /// (0 not asked yet, 1 no, 2 yes).
    private let answers: UnsafeMutableBufferPointer<UInt8>
    /// What numbered conditions' paths hold: `conditions.pathCount` cells for each of `events`, a cell
    /// initialized once its path has been looked up (`pathKnown` set).
    private let pathValues: UnsafeMutableBufferPointer<Value?>
    private let pathKnown: UnsafeMutableBufferPointer<Bool>

    /// A context for judging `testCase` as of `asOf`, remembering the answers of `conditions` and the values
    /// of their paths; `states` replaces the pack's when its conditions are numbered.
    init(
        pack: RulePack, testCase: Case, asOf: Instant, states: [String: StateDefinition]? = nil, conditions: ConditionNumbers = .init()
    ) {
        self.pack = pack
        self.testCase = testCase
        self.asOf = asOf
        self.states = states ?? pack.states
        // Events are in time order, so those known by `asOf` come first; most cases are judged after their
        // last event, and then the case's array is shared rather than copied.
        let known = testCase.events.firstIndex { $0.at > asOf } ?? testCase.events.count
        events = known == testCase.events.count ? testCase.events : Array(testCase.events[..<known])
        var positions = KeyedList<[Int]>()
        for (position, event) in events.enumerated() { positions.update(forKey: event.type, default: []) { $0.append(position) } }
        positionsByType = positions
        partyPositions = PartyIndex(testCase.parties)
        partyRoles = testCase.parties.map { .list($0.roles.map(Value.scalar)) }
        self.conditions = conditions
        answers = .allocate(capacity: events.count * conditions.count)
        answers.initialize(repeating: 0)
        pathValues = .allocate(capacity: events.count * conditions.pathCount)
        pathKnown = .allocate(capacity: pathValues.count)
        pathKnown.initialize(repeating: false)
    }

    deinit {
        answers.deallocate()
        for cell in pathKnown.indices where pathKnown[cell] { (pathValues.baseAddress! + cell).deinitialize(count: 1) }
        pathValues.deallocate()
        pathKnown.deallocate()
    }

    /// The types of the events that happened by `asOf`.
    var eventTypes: some Collection<String> { positionsByType.entries.lazy.map(\.key) }

    var zone: Zone { testCase.zone }

    func format(_ instant: Instant) -> String { RFC3339.format(instant, in: zone) }

    /// Whether `rule` is in force on the day of `instant` and applies to the case as of then.
    func governs(_ rule: Rule, at instant: Instant) -> Bool {
        rule.isInForce(on: zone.date(of: instant)) && holds(rule.appliesWhen, at: instant)
    }

    /// Events matching `pattern`, in time order.
    func events(matching pattern: EventPattern) -> [Event] { positions(matching: pattern).map { events[$0] } }

    /// Positions in `events` of the events matching `pattern`, in time order; only events of the types
    /// the pattern can match are looked at.
    func positions(matching pattern: EventPattern) -> [Int] {
        let candidates: [Int]
        if let type = pattern.namedType {
            candidates = positions(ofType: type)
        } else {
            switch pattern.possibleTypes {
            case nil: candidates = Array(events.indices)
            case let types? where types.count == 1: candidates = positions(ofType: types[0])
            case let types?: candidates = types.flatMap(positions(ofType:)).sorted()
            }
        }
        // One allocation, at the first match, rather than growing with every few.
        var found: [Int] = []
        for position in candidates where matches(pattern, at: position) {
            if found.isEmpty { found.reserveCapacity(candidates.count) }
            found.append(position)
        }
        return found
    }

    /// Positions in `events` of the events of `type`, in time order.
    private func positions(ofType type: String) -> [Int] { positionsByType[type] ?? [] }

    /// `positions(matching:)`, worked out once per case for each pattern.
    private func predicatePositions(matching pattern: EventPattern) -> [Int] {
        if let known = predicatePositions[pattern] { return known }
        let found = positions(matching: pattern)
        predicatePositions[pattern] = found
        return found
    }

    // MARK: Patterns

    /// Whether the event at `position` in `events` matches `pattern`.
    func matches(_ pattern: EventPattern, at position: Int) -> Bool {
        switch pattern {
        case .conditions(let conditions):
            // Through the buffer, an answered condition's number is read without copying the condition.
            return conditions.withUnsafeBufferPointer { conditions in
                for index in conditions.indices where !holds(conditions, index, at: position) { return false }
                return true
            }
        case .all(let patterns):
            for inner in patterns where !matches(inner, at: position) { return false }
            return true
        case .any(let patterns):
            for inner in patterns where matches(inner, at: position) { return true }
            return false
        case .not(let inner): return !matches(inner, at: position)
        }
    }

    /// Whether the event at `position` meets `conditions[index]`; a numbered condition is answered once per
    /// event, its path looked up once per event.
    private func holds(_ conditions: UnsafeBufferPointer<Condition>, _ index: Int, at position: Int) -> Bool {
        guard let slot = conditions[index].slot.map(Int.init), slot < self.conditions.count else {
            return matches(conditions[index], lookup(events[position], conditions[index].path), anchor: events[position].at)
        }
        let cell = position * self.conditions.count + slot
        if answers[cell] != 0 { return answers[cell] == 2 }
        let condition = conditions[index]
        let value = value(at: position, path: condition.path, numbered: Int(self.conditions.pathNumbers[slot]))
        let answer = matches(condition, value, anchor: events[position].at)
        answers[cell] = answer ? 2 : 1
        return answer
    }

    /// The value at `path`, numbered `number`, in the event at `position`, looked up once per event.
    private func value(at position: Int, path: [String], numbered number: Int) -> Value? {
        let cell = position * conditions.pathCount + number
        if pathKnown[cell] { return pathValues[cell] }
        let value = lookup(events[position], path)
        pathValues.initializeElement(at: cell, to: value)
        pathKnown[cell] = true
        return value
    }

    /// The value at `path` in an event. A path that continues past `by` or `to` follows the party
    /// reference: `by.role` is the role of the party named in `by`.
    func lookup(_ event: Event, _ path: some Collection<String>) -> Value? {
        guard let head = path.first else { return nil }
        if path.count == 1 { return head == "type" ? .scalar(event.type) : event.properties[head] }
        guard let value = event.properties[head] else { return nil }
        let rest = path.dropFirst()
        if Case.partyReferences.contains(head) {
            if case .scalar(let id) = value { return partyFact(id, rest) }
            let found = value.texts.compactMap { partyFact($0, rest) }
            return found.isEmpty ? nil : .list(found)
        }
        return value.value(at: rest)
    }

    /// The first party with this id.
    func party(withID id: String) -> Party? { partyPositions.position(of: id).map { testCase.parties[$0] } }

    /// The fact at `path` of the party with this id (its `role`, `id` or a property).
    private func partyFact(_ id: String, _ path: some Collection<String>) -> Value? {
        guard let position = partyPositions.position(of: id) else { return nil }
        return path.count == 1 && path.first == "role" ? partyRoles[position] : testCase.parties[position].fact(at: path)
    }

    func matches(_ condition: Condition, _ value: Value?, anchor: Instant) -> Bool {
        evaluate(condition.matcher, value, anchor: anchor)
    }

    private func evaluate(_ matcher: Matcher, _ value: Value?, anchor: Instant) -> Bool {
        switch matcher {
        case .exists(let expected): return (value != nil) == expected
        case .not(let inner): return !evaluate(inner, value, anchor: anchor)
        case .equals(let expected):
            if case .scalar(let text)? = value { return text == expected }  // most facts: without a closure
            return value?.containsText { $0 == expected } ?? false
        case .oneOf(let options):
            if case .scalar(let text)? = value { return options.contains(text) }
            return value?.containsText { options.contains($0) } ?? false
        case .compare(let comparison, let reference):
            guard let value else { return false }
            let bound: CivilDate
            switch reference {
            case .anchor: bound = zone.date(of: anchor)
            case .date(let date): bound = date
            }
            return value.containsText { text in
                guard let date = localDate(of: text) else { return false }
                switch comparison {
                case .before: return date < bound
                case .onOrBefore: return date <= bound
                case .after: return date > bound
                case .onOrAfter: return date >= bound
                }
            }
        }
    }

    /// A date or timestamp fact as a local date in the case's zone.
    private func localDate(of text: String) -> CivilDate? {
        if case .success(let date) = RFC3339.parseDate(text) { return date }
        if case .success(let stamp) = RFC3339.parseTimestamp(text) { return zone.date(of: stamp.instant) }
        return nil
    }

    // MARK: Predicates

    /// Whether `predicate` holds for the case at `anchor`.
    func holds(_ predicate: Predicate, at anchor: Instant, excluding excluded: Int? = nil) -> Bool {
        switch predicate {
        case .fact(let condition):
            return matches(condition, testCase.fact(at: condition.path), anchor: anchor)
        case .hasParty(let conditions):
            return testCase.parties.contains { party in
                conditions.allSatisfy { matches($0, party.fact(at: $0.path), anchor: anchor) }
            }
        case .hasEvent(let pattern):
            // The events by `anchor` come first; one of the first two is not the excluded one.
            let found = predicatePositions(matching: pattern)
            return found[..<found.partitionPoint { events[$0].at <= anchor }].contains { events[$0].index != excluded }
        case .hasEventWithin(let pattern, let period):
            let found = predicatePositions(matching: pattern)
            let byAnchor = found[..<found.partitionPoint { events[$0].at <= anchor }].reversed().lazy.filter {
                self.events[$0].index != excluded
            }
            let reaches = { (position: Int) in self.pack.counter.last(of: period, from: self.events[position].at, in: self.zone) >= anchor }
            // A period without extensions ends no earlier for a later start: the latest event decides.
            return period.extensions.isEmpty ? byAnchor.first.map(reaches) ?? false : byAnchor.contains(where: reaches)
        case .inState(let name):
            guard let state = states[name] else { return false }
            return opening(of: state, activeAt: anchor, excluding: excluded) != nil
        case .all(let predicates): return predicates.allSatisfy { holds($0, at: anchor, excluding: excluded) }
        case .any(let predicates): return predicates.contains { holds($0, at: anchor, excluding: excluded) }
        case .not(let inner): return !holds(inner, at: anchor, excluding: excluded)
        }
    }

    // MARK: States

    /// The event that opened `state` if the state holds at `instant`, else `nil`.
    ///
    /// A state opens at an opening event and holds until a closing event at or before `instant`
    /// (or until its `lasts` period ends). The event being judged neither opens nor closes it.
    func opening(of state: StateDefinition, activeAt instant: Instant, excluding excluded: Int? = nil) -> Event? {
        let spans = spans(of: state)
        // The openings and closings are in time order: those by `instant` come first, and one of the last two
        // (first two) of them is not the excluded event.
        let openings = spans.openings[..<spans.openings.partitionPoint { events[$0].at <= instant }]
        guard let opened = openings.last(where: { events[$0].index != excluded }) else { return nil }
        let open = events[opened]
        // The first closing event after the last opening one.
        let later = spans.closings[spans.closings.partitionPoint { $0 <= opened }...]
        let closing = later.lazy.prefix { self.events[$0].at <= instant }.first { self.events[$0].index != excluded }.map { events[$0] }
        if let closing {
            // Closed: over, unless the state goes on for a tail after the closing event.
            guard let tail = state.tail, pack.counter.last(of: tail, from: closing.at, in: zone) >= instant else { return nil }
        }
        if let lasts = state.lasts, pack.counter.last(of: lasts, from: open.at, in: zone) < instant { return nil }
        return open
    }

    /// Where `state`'s opening and closing events are (an event that opens it does not also close it),
    /// worked out once per case.
    func spans(of state: StateDefinition) -> StateSpans {
        if let known = stateSpans[state.name] { return known }
        let openings = positions(matching: state.openedBy)
        var closings: [Int] = []
        if let closedBy = state.closedBy {
            let opening = Set(openings)
            closings = positions(matching: closedBy).filter { !opening.contains($0) }
        }
        let spans = StateSpans(openings: openings, closings: closings)
        stateSpans.append(state.name, spans)
        return spans
    }

    /// The facts of `facts` (dotted paths) that `event` does not record; a date-only event also lacks
    /// its time of day when `needsTime` is set.
    func missing(_ facts: [String], in event: Event, needsTime: Bool = false) -> [String] {
        var absent = facts.filter { fact in
            // Most facts name one property: looked up without splitting the name.
            guard fact.utf8.contains(UInt8(ascii: ".")) else { return lookup(event, CollectionOfOne(fact)) == nil }
            return lookup(event, fact.split(separator: ".").map(String.init)) == nil
        }
        if needsTime, event.isDateOnly { absent.append("time of day") }
        return absent
    }

    /// An `unproven` finding: `event` lacks the facts that decide the rule.
    func unproven(_ rule: Rule, _ event: Event, missing: [String], involving others: [Int] = []) -> Finding {
        var evidence = Evidence(events: others + [event.index], actual: event.at)
        evidence.missingFact = missing.map { "`\($0)` of event \(event.index) (\(event.type))" }.joined(separator: ", ")
        let what = missing.map { "`\($0)`" }.joined(separator: " and ")
        return finding(rule, evidence, kind: .unproven, "cannot decide: the \(event.type) event does not record its \(what)")
    }

    // MARK: Zones

    /// The zone whose local time counts for `event`: that of the party it names in `property`, or the case's.
    func zone(for event: Event, partyProperty: String?) -> Zone {
        guard let partyProperty, let named = event.properties[partyProperty], let id = named.text ?? named.texts.first,
            let position = partyPositions.position(of: id), let partyZone = testCase.parties[position].zone
        else { return zone }
        return partyZone
    }
}

/// The positions in `EvaluationContext.events` of a state's opening and closing events.
struct StateSpans {
    let openings: [Int]
    let closings: [Int]
}
