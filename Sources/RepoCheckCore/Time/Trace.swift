/// One step of deadline arithmetic, in the order a person would check it by hand.
public struct TraceStep: Hashable, Sendable, Codable {
    /// What the step does.
    public enum Kind: String, Sendable, Codable {
        /// The event that starts the clock.
        case trigger
        /// The counting rule applied (with its citation).
        case count
        /// A day passed over because it is not a business day.
        case skip
        /// The last day of the period before any roll-forward.
        case lastDay = "last_day"
        /// The last day moved forward because it is not a business day.
        case rollForward = "roll_forward"
        /// A period extended by a later event.
        case extend
        /// The resulting bound.
        case result
    }

    /// The step's kind.
    public let kind: Kind
    /// The day or instant the step is about, RFC 3339 or `YYYY-MM-DD`.
    public let at: String
    /// The step in words, citing the law where it applies.
    public let note: String

    /// Creates a step.
    public init(_ kind: Kind, at: String, note: String) {
        self.kind = kind
        self.at = at
        self.note = note
    }
}
