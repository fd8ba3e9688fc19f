/// The words a rule pack defines for cases: event types and party roles, each documented.
///
/// Patterns may name only documented event types; a case event of another type is reported as a warning.
public struct Vocabulary: Sendable, Hashable {
    /// A documented event type.
    public struct EventType: Sendable, Hashable {
        /// What the event records.
        public var description: String
        /// The properties it may carry, with what each means.
        public var properties: [String: String]

        /// Creates an event type.
        public init(description: String, properties: [String: String] = [:]) {
            self.description = description
            self.properties = properties
        }
    }

    /// Event types by name.
    public var eventTypes: [String: EventType]
    /// Party roles by name, with what each means.
    public var partyRoles: [String: String]
    /// Effects a breach can have (`deficiency_barred`), with what each means.
    public var consequences: [String: String]

    /// Creates a vocabulary.
    public init(eventTypes: [String: EventType] = [:], partyRoles: [String: String] = [:], consequences: [String: String] = [:]) {
        self.eventTypes = eventTypes
        self.partyRoles = partyRoles
        self.consequences = consequences
    }
}
