/// Numbers the distinct conditions of a pack's event patterns, once per evaluator, so that a case being
/// judged answers each condition at most once per event however many rules ask it (`direction: outbound`,
/// `by.role: debt_collector` are shared by a dozen collection rules). The conditions' paths are numbered
/// too, so that conditions on one path (`by.role: debt_collector`, `by.role: buyer`) look it up once per event.
final class ConditionNumbering {
    private var slots: [Condition: Int32] = [:]
    private var paths: [[String]: Int32] = [:]
    /// The number of each numbered condition's path, by the condition's number.
    private var pathNumbers: [Int32] = []

    /// How many distinct conditions have been numbered.
    var count: Int { slots.count }

    /// What a case being judged needs to know of the numbering.
    var numbers: ConditionNumbers { ConditionNumbers(count: count, pathCount: paths.count, pathNumbers: pathNumbers) }

    /// `condition`, carrying its number.
    func numbered(_ condition: Condition) -> Condition {
        var numbered = condition
        if let slot = slots[condition] {
            numbered.slot = slot
        } else {
            numbered.slot = Int32(slots.count)
            slots[condition] = numbered.slot
            if let path = paths[condition.path] {
                pathNumbers.append(path)
            } else {
                pathNumbers.append(Int32(paths.count))
                paths[condition.path] = Int32(paths.count)
            }
        }
        return numbered
    }
}

/// How many conditions an evaluator numbered, and which of their paths are the same.
struct ConditionNumbers: Sendable {
    /// How many distinct conditions there are.
    var count = 0
    /// How many distinct paths they look up.
    var pathCount = 0
    /// The number of each condition's path, by the condition's number.
    var pathNumbers: [Int32] = []
}

extension Rule {
    /// The rule with every condition of its event patterns numbered.
    func numbered(by numbering: ConditionNumbering) -> Rule {
        var rule = self
        rule.appliesWhen = appliesWhen.numbered(by: numbering)
        rule.constraint = constraint.numbered(by: numbering)
        return rule
    }
}

extension Constraint {
    func numbered(by numbering: ConditionNumbering) -> Constraint {
        let number = { (pattern: EventPattern) in pattern.numbered(by: numbering) }
        let numberVariants = { (variants: [Variant]) in variants.map { Variant(when: number($0.when), duration: $0.duration) } }
        switch self {
        case .deadline(var c):
            (c.trigger, c.required, c.unless) = (number(c.trigger), number(c.required), c.unless.map(number))
            c.variants = numberVariants(c.variants)
            return .deadline(c)
        case .waitingPeriod(var c):
            (c.after, c.restricted, c.extendedBy, c.variants) =
                (number(c.after), number(c.restricted), c.extendedBy.map(number), numberVariants(c.variants))
            return .waitingPeriod(c)
        case .forbidden(var c):
            (c.event, c.during) = (number(c.event), c.during?.numbered(by: numbering))
            return .forbidden(c)
        case .gate(var c):
            (c.at, c.require) = (number(c.at), c.require.numbered(by: numbering))
            return .gate(c)
        case .frequency(var c):
            c.event = number(c.event)
            return .frequency(c)
        case .timeOfDay(var c):
            c.event = number(c.event)
            return .timeOfDay(c)
        case .contents(var c):
            c.event = number(c.event)
            c.conditionalItems = c.conditionalItems.map { .init(item: $0.item, when: $0.when.numbered(by: numbering)) }
            return .contents(c)
        case .recipients(var c):
            c.event = number(c.event)
            return .recipients(c)
        }
    }
}

extension StateDefinition {
    func numbered(by numbering: ConditionNumbering) -> StateDefinition {
        var state = self
        state.openedBy = openedBy.numbered(by: numbering)
        state.closedBy = closedBy?.numbered(by: numbering)
        return state
    }
}

extension Predicate {
    /// The predicate with the conditions of its event patterns numbered (conditions on case facts and
    /// parties are asked of the case, not of an event, and stay unnumbered).
    func numbered(by numbering: ConditionNumbering) -> Predicate {
        switch self {
        case .fact, .hasParty, .inState: self
        case .hasEvent(let pattern): .hasEvent(pattern.numbered(by: numbering))
        case .hasEventWithin(let pattern, let period): .hasEventWithin(pattern.numbered(by: numbering), period)
        case .all(let predicates): .all(predicates.map { $0.numbered(by: numbering) })
        case .any(let predicates): .any(predicates.map { $0.numbered(by: numbering) })
        case .not(let inner): .not(inner.numbered(by: numbering))
        }
    }
}

extension EventPattern {
    func numbered(by numbering: ConditionNumbering) -> EventPattern {
        switch self {
        case .conditions(let conditions): .conditions(conditions.map(numbering.numbered))
        case .all(let patterns): .all(patterns.map { $0.numbered(by: numbering) })
        case .any(let patterns): .any(patterns.map { $0.numbered(by: numbering) })
        case .not(let inner): .not(inner.numbered(by: numbering))
        }
    }
}
