/// What a rule pack says besides its rules: the defaults that pre-flight and the deadline calculator use.
/// All of it is data from `pack.yaml`, because each is a fact of the law or of its vocabulary.
public struct PackSettings: Sendable, Hashable {
    /// A reading of how a period's last day is moved when it is not a business day.
    public struct Reading: Sendable, Hashable {
        /// The law the reading follows (`Code Civ. Proc. § 12a`).
        public var name: String
        /// The calendar on which the last day rolls forward.
        public var rollForward: String
        /// The reading in words.
        public var note: String

        /// Creates a reading.
        public init(name: String, rollForward: String, note: String) {
            self.name = name
            self.rollForward = rollForward
            self.note = note
        }
    }

    /// The zone a bare date means when no case gives one.
    public var defaultZone: Zone?
    /// The event type a pre-flight plans (`repossession`).
    public var preflightEvent: String?
    /// The party role that carries out the planned event (`repossession_agency`).
    public var preflightActorRole: String?
    /// The calendar each business-day word counts on (`court` → `ca-judicial`).
    public var unitCalendars: [String: String]
    /// The readings of the roll-forward rule, the pack's default first.
    public var readings: [Reading]

    /// Creates settings.
    public init(
        defaultZone: Zone? = nil, preflightEvent: String? = nil, preflightActorRole: String? = nil,
        unitCalendars: [String: String] = [:], readings: [Reading] = []
    ) {
        self.defaultZone = defaultZone
        self.preflightEvent = preflightEvent
        self.preflightActorRole = preflightActorRole
        self.unitCalendars = unitCalendars
        self.readings = readings
    }
}
