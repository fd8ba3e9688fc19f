import RepoCheckCore

/// The DSL features a rule version uses, and those the reference evaluator implements. A version that
/// uses a feature outside `supported` is left out of the differential test and listed.
enum ReferenceFeatures {
    /// Everything `ReferenceEvaluator` implements, by the names `features(of:)` gives.
    static let supported: Set<String> = [
        // the eight kinds
        "deadline", "waiting_period", "forbidden", "gate", "frequency", "time_of_day", "contents", "recipients",
        // rule keys and conditions
        "effective", "applies_when", "outcome: review", "facts", "has_event", "has_event_within", "in_state", "has_party",
        "date comparison",
        // counting
        "hours", "days", "months", "business days", "calendar", "roll_forward", "count_from: same_day", "variants", "alternative",
        "extend_if",
        // per kind
        "per_party", "same", "unless", "extended_by", "requires_trigger", "while", "state tail", "state lasts", "per", "local_time_of",
        "conditional_items", "exact", "ordered", "joint",
    ]

    /// The features `rule` uses that the reference does not implement.
    static func unsupported(in rule: Rule) -> Set<String> { features(of: rule).subtracting(supported) }

    static func features(of rule: Rule) -> Set<String> {
        var found: Set<String> = [rule.constraint.kind]
        if rule.effectiveFrom != nil || rule.effectiveTo != nil { found.insert("effective") }
        if rule.appliesWhen != .always { found.insert("applies_when") }
        if rule.outcome == .review { found.insert("outcome: review") }
        if !rule.facts.isEmpty { found.insert("facts") }
        found.formUnion(features(of: rule.appliesWhen))
        switch rule.constraint {
        case .deadline(let d):
            found.formUnion(features(of: d.counting, d.variants, d.alternative))
            found.formUnion(([d.trigger, d.required] + (d.unless.map { [$0] } ?? []) + d.variants.map(\.when)).flatMap(features(of:)))
            if d.perParty != nil { found.insert("per_party") }
            if !d.same.isEmpty { found.insert("same") }
            if d.unless != nil { found.insert("unless") }
        case .waitingPeriod(let w):
            found.formUnion(features(of: w.counting, w.variants, w.alternative))
            found.formUnion(([w.after, w.restricted] + (w.extendedBy.map { [$0] } ?? []) + w.variants.map(\.when)).flatMap(features(of:)))
            if w.extendedBy != nil { found.insert("extended_by") }
            if w.requiresTrigger { found.insert("requires_trigger") }
        case .forbidden(let f):
            found.formUnion(features(of: f.event))
            if let state = f.during { found.formUnion(features(of: state).union(["while"])) }
        case .gate(let g):
            found.formUnion(features(of: g.at).union(features(of: g.require)))
        case .frequency(let f):
            found.formUnion(features(of: f.event).union([unit(f.window)]))
            if !f.per.isEmpty { found.insert("per") }
            if f.partyProperty != nil { found.insert("local_time_of") }
        case .timeOfDay(let t):
            found.formUnion(features(of: t.event))
            if t.partyProperty != nil { found.insert("local_time_of") }
        case .contents(let c):
            found.formUnion(features(of: c.event))
            if !c.conditionalItems.isEmpty {
                found.formUnion(c.conditionalItems.flatMap { features(of: $0.when) } + ["conditional_items"])
            }
            if c.exact { found.insert("exact") }
            if c.ordered { found.insert("ordered") }
        case .recipients(let r):
            found.formUnion(features(of: r.event))
            if r.joint != nil { found.insert("joint") }
        }
        return found
    }

    static func unit(_ duration: Duration) -> String {
        switch duration.unit {
        case .minutes, .hours: "hours"
        case .days: "days"
        case .months, .years: "months"
        case .businessDays: "business days"
        }
    }

    static func features(of counting: Counting) -> Set<String> {
        var found: Set<String> = [unit(counting.duration)]
        if counting.calendar != nil { found.insert("calendar") }
        if counting.rollForward != nil { found.insert("roll_forward") }
        if counting.start == .sameDay { found.insert("count_from: same_day") }
        if !counting.extensions.isEmpty { found.insert("extend_if") }
        return found
    }

    static func features(of counting: Counting, _ variants: [Constraint.Variant], _ alternative: Counting?) -> Set<String> {
        var found = features(of: counting)
        if !variants.isEmpty { found.formUnion(variants.map { unit($0.duration) } + ["variants"]) }
        if let alternative { found.formUnion(features(of: alternative).union(["alternative"])) }
        return found
    }

    static func features(of state: StateDefinition) -> Set<String> {
        var found = features(of: state.openedBy).union(state.closedBy.map(features(of:)) ?? [])
        if let tail = state.tail { found.formUnion(features(of: tail).union(["state tail"])) }
        if let lasts = state.lasts { found.formUnion(features(of: lasts).union(["state lasts"])) }
        return found
    }

    static func features(of pattern: EventPattern) -> Set<String> {
        switch pattern {
        case .conditions(let conditions): features(of: conditions.map(\.matcher))
        case .all(let patterns), .any(let patterns): Set(patterns.flatMap(features(of:)))
        case .not(let inner): features(of: inner)
        }
    }

    static func features(of matchers: [Matcher]) -> Set<String> {
        func dates(_ matcher: Matcher) -> Bool {
            switch matcher {
            case .compare: true
            case .not(let inner): dates(inner)
            case .equals, .oneOf, .exists: false
            }
        }
        return matchers.contains(where: dates) ? ["date comparison"] : []
    }

    static func features(of predicate: Predicate) -> Set<String> {
        switch predicate {
        case .fact(let condition): features(of: [condition.matcher])
        case .hasParty(let conditions): features(of: conditions.map(\.matcher)).union(["has_party"])
        case .hasEvent(let pattern): features(of: pattern).union(["has_event"])
        case .hasEventWithin(let pattern, let counting): features(of: pattern).union(features(of: counting)).union(["has_event_within"])
        case .inState: ["in_state"]
        case .all(let predicates), .any(let predicates): Set(predicates.flatMap(features(of:)))
        case .not(let inner): features(of: inner)
        }
    }
}
