/// Selects events: by type and properties, combined with `any`, `all` and `not`.
public enum EventPattern: Hashable, Sendable {
    /// Every condition holds (`type: notice_sent`, `notice: intent_to_dispose`).
    case conditions([Condition])
    /// Every pattern matches.
    case all([EventPattern])
    /// At least one pattern matches.
    case any([EventPattern])
    /// The pattern does not match.
    indirect case not(EventPattern)

    /// The event types the pattern names, for checking them against the vocabulary.
    public var namedTypes: [String] {
        switch self {
        case .conditions(let conditions):
            return conditions.filter { $0.path == ["type"] }.flatMap { Self.texts(of: $0.matcher) }
        case .all(let patterns), .any(let patterns): return patterns.flatMap(\.namedTypes)
        case .not(let pattern): return pattern.namedTypes
        }
    }

    private static func texts(of matcher: Matcher) -> [String] {
        switch matcher {
        case .equals(let text): [text]
        case .oneOf(let texts): texts
        case .not(let inner): texts(of: inner)
        case .exists, .compare: []
        }
    }
}

/// A state that holds between an opening event and a closing one (or for a fixed time),
/// such as the automatic stay between a bankruptcy petition and relief from it.
public struct StateDefinition: Hashable, Sendable {
    /// The state's name (`bankruptcy_stay`); one written inline in a rule is named after its place
    /// (`rules/ca/civ/1788.14-attorney.yaml:40:3`). The engine remembers states by name while judging a case.
    public var name: String
    /// What the state means, for reports.
    public var description: String
    /// Events that open it.
    public var openedBy: EventPattern
    /// Events that close it.
    public var closedBy: EventPattern?
    /// How long it lasts after opening, if it ends by itself.
    public var lasts: Counting?
    /// How long it goes on after a closing event (the 120 days after military service ends).
    public var tail: Counting?

    /// Creates a state definition.
    public init(
        name: String, description: String, openedBy: EventPattern, closedBy: EventPattern?, lasts: Counting?, tail: Counting? = nil
    ) {
        self.name = name
        self.description = description
        self.openedBy = openedBy
        self.closedBy = closedBy
        self.lasts = lasts
        self.tail = tail
    }
}

/// A condition on the case at the instant a rule is judged.
public enum Predicate: Hashable, Sendable {
    /// A case fact (`contract.type: conditional_sale`).
    case fact(Condition)
    /// Some party matches every condition (`has_party: {role: cosigner}`).
    case hasParty([Condition])
    /// Some event at or before the anchor matches.
    case hasEvent(EventPattern)
    /// Some event matches at or before the anchor and no longer than the period before it.
    case hasEventWithin(EventPattern, Counting)
    /// The named state holds at the anchor.
    case inState(String)
    /// Every predicate holds.
    case all([Predicate])
    /// At least one holds.
    case any([Predicate])
    /// The predicate does not hold.
    indirect case not(Predicate)

    /// The predicate that always holds.
    public static let always = Predicate.all([])
}
