extension EventPattern {
    /// The event types the pattern can match, or `nil` when it can match events of any type.
    ///
    /// The engine uses it to look only at events of those types.
    public var possibleTypes: Set<String>? {
        switch self {
        case .conditions(let conditions):
            return conditions.reduce(nil) { found, condition in
                guard condition.path == ["type"], let types = Self.types(of: condition.matcher) else { return found }
                return found.map { $0.intersection(types) } ?? types
            }
        case .all(let patterns):
            return patterns.reduce(nil) { found, pattern in
                guard let types = pattern.possibleTypes else { return found }
                return found.map { $0.intersection(types) } ?? types
            }
        case .any(let patterns):
            var union = Set<String>()
            for pattern in patterns {
                guard let types = pattern.possibleTypes else { return nil }
                union.formUnion(types)
            }
            return union
        case .not: return nil
        }
    }

    private static func types(of matcher: Matcher) -> Set<String>? {
        switch matcher {
        case .equals(let text): [text]
        case .oneOf(let texts): Set(texts)
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

    /// The event types a case needs for the constraint to say anything, or `nil` if any event may do.
    var anchorTypes: Set<String>? {
        var union = Set<String>()
        for pattern in anchors {
            guard let types = pattern.possibleTypes else { return nil }
            union.formUnion(types)
        }
        return union
    }
}
