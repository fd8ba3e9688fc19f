/// A case timeline: one repossession or collection file, with its parties, contract, collateral
/// and the timestamped events that happened.
public struct Case: Sendable {
    /// The case's identifier (not personal data; reports show it).
    public var id: String
    /// The zone of the debtor and the repossession; local dates and times are read in it.
    public var zone: Zone
    /// Whether the file is closed; a closed case is judged as of its last event by default.
    public var isClosed: Bool
    /// Contract facts (`type`, `signed`, …).
    public var contract: Value
    /// Collateral facts (`kind`, `description`, …).
    public var collateral: Value
    /// The people and firms involved.
    public var parties: [Party]
    /// The events, sorted by time (ties keep file order).
    public private(set) var events: [Event]

    /// Creates a case; events are sorted by time, ties kept in the order given.
    public init(
        id: String, zone: Zone, isClosed: Bool = false, contract: Value = .map([:]), collateral: Value = .map([:]),
        parties: [Party] = [], events: [Event] = []
    ) {
        self.id = id
        self.zone = zone
        self.isClosed = isClosed
        self.contract = contract
        self.collateral = collateral
        self.parties = parties
        self.events = []
        replaceEvents(events)
    }

    /// Event properties that name parties of the case by id.
    public static let partyReferences = ["by", "to"]

    /// Replaces the events, sorting them by time (ties keep the order given).
    public mutating func replaceEvents(_ newEvents: [Event]) {
        // Most files list their events in time order already: then there is nothing to sort.
        if newEvents.indices.dropFirst().allSatisfy({ newEvents[$0 - 1].at <= newEvents[$0].at }) {
            events = newEvents
            return
        }
        events = newEvents.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// The party with this id.
    public func party(_ id: String) -> Party? { parties.first { $0.id == id } }

    /// The fact at `path` among `facts`, without building them.
    func fact(at path: some Collection<String>) -> Value? {
        switch path.first {
        case "contract": contract.value(at: path.dropFirst())
        case "collateral": collateral.value(at: path.dropFirst())
        default: facts.value(at: path)
        }
    }

    /// The facts rules can test, as one map: `contract`, `collateral`, `case`.
    var facts: Value {
        .map(["contract": contract, "collateral": collateral, "case": .map(["closed": .scalar(isClosed ? "true" : "false")])])
    }
}

/// A person or firm in a case, with the roles it plays (`buyer`, `co_buyer`, `repossession_agency`).
public struct Party: Hashable, Sendable {
    /// The party's id within the case (`b1`); events refer to parties by it.
    public var id: String
    /// The party's roles.
    public var roles: [String]
    /// The party's own zone, where its local time matters (calling hours); `nil` means the case's.
    public var zone: Zone?
    /// Other facts (`license.expires`, `address.state`, …).
    public var properties: ValueMap

    /// Creates a party.
    public init(id: String, roles: [String], zone: Zone? = nil, properties: ValueMap = [:]) {
        self.id = id
        self.roles = roles
        self.zone = zone
        self.properties = properties
    }

    /// The fact at `path` among `facts`, without building them.
    func fact(at path: some Collection<String>) -> Value? {
        guard let head = path.first else { return facts }
        switch head {
        case "id": return path.count == 1 ? .scalar(id) : nil
        case "role": return path.count == 1 ? .list(roles.map(Value.scalar)) : nil
        default: return properties[head]?.value(at: path.dropFirst())
        }
    }

    /// The facts patterns can test: the properties plus `id` and `role`.
    var facts: Value {
        var map = properties
        map["id"] = .scalar(id)
        map["role"] = .list(roles.map(Value.scalar))
        return .map(map)
    }
}

/// Something that happened at an instant: a repossession, a notice sent, a call.
public struct Event: Hashable, Sendable {
    /// The event's position in the case file (0-based), which reports cite as evidence.
    public var index: Int
    /// The event type, from the rule pack's vocabulary (`repossession`, `notice_sent`).
    public var type: String
    /// When it happened.
    public var at: Instant
    /// Whether `at` was written as a bare date (the start of that day in the case's zone).
    public var isDateOnly: Bool
    /// Every other property as written (`by`, `to`, `method`, `contents`, …).
    public var properties: ValueMap

    /// Creates an event.
    public init(index: Int, type: String, at: Instant, isDateOnly: Bool = false, properties: ValueMap = [:]) {
        self.index = index
        self.type = type
        self.at = at
        self.isDateOnly = isDateOnly
        self.properties = properties
    }

    /// The facts patterns can test: the properties plus `type`.
    var facts: Value {
        var map = properties
        map["type"] = .scalar(type)
        return .map(map)
    }
}
