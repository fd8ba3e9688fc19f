import RepoCheckCore
import Yams

/// What a rule file may refer to: the pack's vocabulary, calendars and named states.
struct PackScope {
    var vocabulary = Vocabulary()
    var calendars: Set<String> = []
    var states: [String: StateDefinition] = [:]
}

/// Reads event patterns, matchers and case predicates, checking every name they use against the pack.
struct PatternDecoder {
    let reader: NodeReader
    let scope: PackScope

    static let matcherKeys = ["in", "exists", "not"] + Matcher.Comparison.allCases.map(\.rawValue)

    func pattern(_ node: Node, _ context: String) -> EventPattern? {
        guard case .mapping(let mapping) = node else {
            reader.error("rule.wrong-type", "expected an event pattern (a mapping such as `{type: repossession}`) for \(context)", at: node)
            return nil
        }
        var conditions: [Condition] = []
        var parts: [EventPattern] = []
        for (keyNode, valueNode) in mapping {
            guard let key = reader.string(keyNode, context) else { continue }
            switch key {
            case "any", "all":
                let inner = reader.items(valueNode, in: "`\(key)`")?.compactMap { pattern($0, "`\(key)`") } ?? []
                parts.append(key == "any" ? .any(inner) : .all(inner))
            case "not":
                if let inner = pattern(valueNode, "`not`") { parts.append(.not(inner)) }
            default:
                guard let matcher = matcher(valueNode, key) else { continue }
                if key == "type" { checkEventTypes(matcher, at: valueNode) }
                conditions.append(Condition(path: key.split(separator: ".").map(String.init), matcher: matcher))
            }
        }
        return parts.isEmpty ? .conditions(conditions) : .all([.conditions(conditions)] + parts)
    }

    func matcher(_ node: Node, _ key: String) -> Matcher? {
        switch node {
        case .scalar(let scalar): return .equals(scalar.string)
        case .sequence: return reader.strings(node, "`\(key)`").map(Matcher.oneOf)
        case .mapping(let mapping):
            guard mapping.count == 1, let (opNode, argument) = mapping.first.map({ ($0.key, $0.value) }),
                let op = opNode.scalar?.string, Self.matcherKeys.contains(op)
            else {
                let name = mapping.first?.key.scalar?.string ?? ""
                reader.error(
                    "rule.bad-matcher", "expected one test for `\(key)`, such as `{in: [...]}`", at: node,
                    hint: mapping.count == 1 ? Suggestions.hint(for: name, in: Self.matcherKeys) : "one test per key; combine with `all:`")
                return nil
            }
            switch op {
            case "in": return reader.strings(argument, "`in`").map(Matcher.oneOf)
            case "exists": return reader.bool(argument, "`exists`").map(Matcher.exists)
            case "not": return matcher(argument, key).map(Matcher.not)
            default:
                let comparison = Matcher.Comparison(rawValue: op)!
                if argument.scalar?.string == "anchor" { return .compare(comparison, .anchor) }
                return reader.date(argument, "`\(op)` (a date or `anchor`)").map { .compare(comparison, .date($0)) }
            }
        case .alias: return nil
        }
    }

    private func checkEventTypes(_ matcher: Matcher, at node: Node) {
        for type in EventPattern.conditions([Condition(path: ["type"], matcher: matcher)]).namedTypes
        where scope.vocabulary.eventTypes[type] == nil {
            reader.error(
                "rule.unknown-event-type", "event type `\(type)` is not in the pack's vocabulary", at: node,
                hint: Suggestions.hint(for: type, in: scope.vocabulary.eventTypes.keys)
                    + " (or document it in `vocabulary.yaml`)")
        }
    }

    /// A case predicate: `contract.type: …`, `has_party`, `has_event`, `in_state`, `all`, `any`, `not`.
    func predicate(_ node: Node, _ context: String) -> Predicate? {
        guard case .mapping(let mapping) = node else {
            reader.error("rule.wrong-type", "expected a condition (a mapping) for \(context)", at: node)
            return nil
        }
        var parts: [Predicate] = []
        for (keyNode, valueNode) in mapping {
            guard let key = reader.string(keyNode, context) else { continue }
            switch key {
            case "all", "any":
                let inner = reader.items(valueNode, in: "`\(key)`")?.compactMap { predicate($0, "`\(key)`") } ?? []
                parts.append(key == "all" ? .all(inner) : .any(inner))
            case "not":
                if let inner = predicate(valueNode, "`not`") { parts.append(.not(inner)) }
            case "has_event":
                if let inner = pattern(valueNode, "`has_event`") { parts.append(.hasEvent(inner)) }
            case "has_event_within":
                if let f = reader.fields(
                    valueNode, in: "`has_event_within`", allowed: ["event", "within"], required: ["event", "within"]),
                    let pattern = f["event"].flatMap({ pattern($0, "`has_event_within.event`") }),
                    let within = f["within"].flatMap({ reader.duration($0, "`has_event_within.within`") })
                {
                    if within.countsBusinessDays {
                        reader.error(
                            "rule.bad-duration", "`has_event_within` counts calendar time, not business days", at: f["within"]!,
                            hint: "write the period in hours, days, months or years")
                    }
                    parts.append(.hasEventWithin(pattern, Counting(duration: within)))
                }
            case "in_state":
                if let name = stateName(valueNode) { parts.append(.inState(name)) }
            case "has_party":
                if let conditions = partyConditions(valueNode) { parts.append(.hasParty(conditions)) }
            default:
                let path = key.split(separator: ".").map(String.init)
                guard ["contract", "collateral", "case"].contains(path[0]), path.count > 1 else {
                    reader.error(
                        "rule.unknown-key", "unknown condition `\(key)`", at: keyNode,
                        hint:
                            "use `contract.…`, `collateral.…`, `case.closed`, `has_party`, `has_event`, `has_event_within`, `in_state`, `all`, `any` or `not`"
                    )
                    continue
                }
                if let matcher = matcher(valueNode, key) { parts.append(.fact(Condition(path: path, matcher: matcher))) }
            }
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private func partyConditions(_ node: Node) -> [Condition]? {
        guard case .mapping(let mapping) = node else {
            reader.error("rule.wrong-type", "expected party conditions (a mapping such as `{role: cosigner}`) for `has_party`", at: node)
            return nil
        }
        return mapping.compactMap { keyNode, valueNode in
            guard let key = keyNode.scalar?.string, let matcher = matcher(valueNode, key) else { return nil }
            if key == "role" { checkRoles(matcher, at: valueNode) }
            return Condition(path: key.split(separator: ".").map(String.init), matcher: matcher)
        }
    }

    func checkRoles(_ matcher: Matcher, at node: Node) {
        for role in EventPattern.conditions([Condition(path: ["type"], matcher: matcher)]).namedTypes
        where scope.vocabulary.partyRoles[role] == nil {
            reader.error(
                "rule.unknown-role", "party role `\(role)` is not in the pack's vocabulary", at: node,
                hint: Suggestions.hint(for: role, in: scope.vocabulary.partyRoles.keys))
        }
    }

    func stateName(_ node: Node) -> String? {
        guard let name = reader.string(node, "a state name") else { return nil }
        guard scope.states[name] != nil else {
            reader.error(
                "rule.unknown-state", "state `\(name)` is not defined", at: node,
                hint: Suggestions.hint(for: name, in: scope.states.keys) + " (states live in `states.yaml`)")
            return nil
        }
        return name
    }
}
