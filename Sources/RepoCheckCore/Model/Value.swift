/// A free-form fact from a case file: a scalar (kept as written), a list, or a map.
public enum Value: Hashable, Sendable {
    /// A scalar, as written (`"driveway"`, `"true"`, `"1200.50"`).
    case scalar(String)
    /// A list of values.
    case list([Value])
    /// A map of values by key, in the order written.
    case map(ValueMap)

    /// The scalar text, if this is a scalar.
    public var text: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }

    /// The scalars of a list (nested lists flattened), or the scalar itself as a one-element list.
    public var texts: [String] {
        switch self {
        case .scalar(let text): [text]
        case .list(let values): values.flatMap(\.texts)
        case .map: []
        }
    }

    /// Whether one of `texts` satisfies `predicate` (without collecting them).
    public func containsText(where predicate: (String) -> Bool) -> Bool {
        switch self {
        case .scalar(let text): predicate(text)
        case .list(let values): values.contains { $0.containsText(where: predicate) }
        case .map: false
        }
    }

    /// The value at a dotted path (`location.kind`), if there is one.
    public func value(at path: some Collection<String>) -> Value? {
        var current = self
        for key in path {
            guard case .map(let map) = current, let next = map[key] else { return nil }
            current = next
        }
        return current
    }
}
