extension EventPattern {
    /// The event types the pattern can match (each once), or `nil` when it can match events of any type.
    ///
    /// The engine uses it to look only at events of those types. A list, not a set: patterns name one
    /// type or a few, and the engine asks on every check.
    public var possibleTypes: [String]? {
        switch self {
        case .conditions(let conditions):
            var found: [String]?
            for condition in conditions where condition.path == ["type"] {
                guard let types = Self.types(of: condition.matcher) else { continue }
                found = found.map { $0.filter(types.contains) } ?? types
            }
            return found
        case .all(let patterns):
            var found: [String]?
            for pattern in patterns {
                guard let types = pattern.possibleTypes else { continue }
                found = found.map { $0.filter(types.contains) } ?? types
            }
            return found
        case .any(let patterns):
            var union: [String] = []
            for pattern in patterns {
                guard let types = pattern.possibleTypes else { return nil }
                for type in types where !union.contains(type) { union.append(type) }
            }
            return union
        case .not: return nil
        }
    }

    /// The one type a list of conditions requires with `type: <name>`, found without building `possibleTypes`.
    var namedType: String? {
        guard case .conditions(let conditions) = self else { return nil }
        for condition in conditions where condition.path.count == 1 && condition.path[0] == "type" {
            if case .equals(let type) = condition.matcher { return type }
        }
        return nil
    }

    private static func types(of matcher: Matcher) -> [String]? {
        switch matcher {
        case .equals(let text): [text]
        case .oneOf(let texts): texts.reduce(into: []) { unique, text in if !unique.contains(text) { unique.append(text) } }
        case .not, .exists, .compare: nil
        }
    }
}

extension Constraint {
    /// The patterns whose events set the constraint's checks going: when no event matches any of them,
    /// the rule finds nothing and owes nothing.
    var anchors: [EventPattern] {
        switch self {
        case .deadline(let c): [c.trigger]
        case .waitingPeriod(let c): c.requiresTrigger ? [c.after, c.restricted] : [c.after]
        case .forbidden(let c): [c.event]
        case .gate(let c): [c.at]
        case .frequency(let c): [c.event]
        case .timeOfDay(let c): [c.event]
        case .contents(let c): [c.event]
        case .recipients(let c): [c.event]
        }
    }

    /// The event types a case needs for the constraint to say anything: for each set, an event of one
    /// of its types. Empty when any case may do.
    ///
    /// One set is the anchors' types; a prohibition that holds only while a state holds also needs an
    /// event that opens the state.
    var requiredTypes: [Set<String>] {
        var required: [Set<String>] = []
        if let anchorTypes = Self.types(matchedByAny: anchors) { required.append(anchorTypes) }
        if case .forbidden(let c) = self, let state = c.during, let openingTypes = state.openedBy.possibleTypes {
            required.append(Set(openingTypes))
        }
        return required
    }

    /// The types events matching any of `patterns` can have, or `nil` if any type may match.
    private static func types(matchedByAny patterns: [EventPattern]) -> Set<String>? {
        var union = Set<String>()
        for pattern in patterns {
            guard let types = pattern.possibleTypes else { return nil }
            union.formUnion(types)
        }
        return union
    }
}

extension Predicate {
    /// Whether the predicate reads only the case's facts and parties, never its events or the instant it
    /// is asked at: its answer is the same for every event of a case.
    var readsOnlyCaseFacts: Bool {
        switch self {
        case .fact(let condition): !condition.matcher.readsAnchor
        case .hasParty(let conditions): !conditions.contains { $0.matcher.readsAnchor }
        case .hasEvent, .hasEventWithin, .inState: false
        case .all(let predicates), .any(let predicates): predicates.allSatisfy(\.readsOnlyCaseFacts)
        case .not(let inner): inner.readsOnlyCaseFacts
        }
    }
}

extension Matcher {
    /// Whether the matcher compares with the instant it is asked at.
    var readsAnchor: Bool {
        switch self {
        case .compare(_, .anchor): true
        case .not(let inner): inner.readsAnchor
        case .exists, .equals, .oneOf, .compare: false
        }
    }
}
