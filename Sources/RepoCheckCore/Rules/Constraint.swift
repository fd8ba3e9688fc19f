/// What a rule demands: exactly one of a small, closed set of kinds, each a primitive of repossession law.
public enum Constraint: Hashable, Sendable {
    /// After a trigger event, a required event must happen within a period.
    case deadline(Deadline)
    /// An event must not happen before a period after another has run.
    case waitingPeriod(WaitingPeriod)
    /// An event must not happen (optionally only while a state holds).
    case forbidden(Forbidden)
    /// At the anchor event (a repossession, or a planned one), a condition on the case must hold.
    case gate(Gate)
    /// At most `max` matching events in any rolling window.
    case frequency(Frequency)
    /// Matching events only inside a local-time window.
    case timeOfDay(TimeOfDayWindow)
    /// A notice must list the required items.
    case contents(Contents)
    /// A notice must go to every party having given roles.
    case recipients(Recipients)

    /// The DSL key of the kind (`deadline`, `waiting_period`, …).
    public var kind: String {
        switch self {
        case .deadline: "deadline"
        case .waitingPeriod: "waiting_period"
        case .forbidden: "forbidden"
        case .gate: "gate"
        case .frequency: "frequency"
        case .timeOfDay: "time_of_day"
        case .contents: "contents"
        case .recipients: "recipients"
        }
    }

    /// A period whose length depends on the trigger (`20 days` when mailed out of state).
    public struct Variant: Hashable, Sendable {
        /// Applies when the trigger event matches.
        public var when: EventPattern
        /// The period instead.
        public var duration: Duration

        /// Creates a variant.
        public init(when: EventPattern, duration: Duration) {
            self.when = when
            self.duration = duration
        }
    }

    /// `deadline`: each trigger event starts a clock; a required event must follow within the period.
    public struct Deadline: Hashable, Sendable {
        /// Events that start the clock.
        public var trigger: EventPattern
        /// The event that satisfies the obligation.
        public var required: EventPattern
        /// How the period is counted (the pack's default reading).
        public var counting: Counting
        /// Longer or shorter periods for some triggers.
        public var variants: [Variant]
        /// The other reading of the period the law admits, if any.
        public var alternative: Counting?
        /// Properties that must be equal on the trigger and the required event (`collateral`).
        public var same: [String]
        /// Whom the obligation is owed to, in words.
        public var to: String?
        /// Events that discharge the obligation (an exception the law makes).
        public var unless: EventPattern?
        /// When set, the obligation is owed to each party having one of the roles: a required event
        /// counts for a party only if it names the party in `property`.
        public var perParty: PerParty?

        /// Creates a deadline.
        public init(
            trigger: EventPattern, required: EventPattern, counting: Counting, variants: [Variant] = [],
            alternative: Counting? = nil, same: [String] = [], to: String? = nil, unless: EventPattern? = nil, perParty: PerParty? = nil
        ) {
            self.perParty = perParty
            self.trigger = trigger
            self.required = required
            self.counting = counting
            self.variants = variants
            self.alternative = alternative
            self.same = same
            self.to = to
            self.unless = unless
        }
    }

    /// The parties an obligation is owed to, one by one.
    public struct PerParty: Hashable, Sendable {
        /// Parties having any of these roles.
        public var roles: [String]
        /// The event property that names the parties an event reaches.
        public var property: String

        /// Creates the per-party option.
        public init(roles: [String], property: String = "to") {
            self.roles = roles
            self.property = property
        }
    }

    /// `waiting_period`: after a trigger, the restricted event may not happen until the period has run.
    public struct WaitingPeriod: Hashable, Sendable {
        /// Events that start the wait.
        public var after: EventPattern
        /// The event that must wait.
        public var restricted: EventPattern
        /// How the period is counted.
        public var counting: Counting
        /// Longer periods for some triggers.
        public var variants: [Variant]
        /// The other reading, if any.
        public var alternative: Counting?
        /// An event that extends the period, if it happens before the period ends.
        public var extendedBy: EventPattern?
        /// By how much (added to the last day before roll-forward).
        public var extensionPeriod: Duration?
        /// Whether a restricted event with no trigger before it is itself a violation.
        public var requiresTrigger: Bool

        /// Creates a waiting period.
        public init(
            after: EventPattern, restricted: EventPattern, counting: Counting, variants: [Variant] = [],
            alternative: Counting? = nil, extendedBy: EventPattern? = nil, extensionPeriod: Duration? = nil,
            requiresTrigger: Bool = false
        ) {
            self.after = after
            self.restricted = restricted
            self.counting = counting
            self.variants = variants
            self.alternative = alternative
            self.extendedBy = extendedBy
            self.extensionPeriod = extensionPeriod
            self.requiresTrigger = requiresTrigger
        }
    }

    /// `forbidden`: matching events must not occur, or only not while a state holds.
    public struct Forbidden: Hashable, Sendable {
        /// The forbidden events.
        public var event: EventPattern
        /// The state during which they are forbidden; `nil` means always.
        public var during: StateDefinition?

        /// Creates a prohibition.
        public init(event: EventPattern, during: StateDefinition? = nil) {
            self.event = event
            self.during = during
        }
    }

    /// `gate`: at each anchor event the condition must hold.
    public struct Gate: Hashable, Sendable {
        /// The events at which the gate is checked (a planned repossession in pre-flight).
        public var at: EventPattern
        /// What must hold.
        public var require: Predicate

        /// Creates a gate.
        public init(at: EventPattern, require: Predicate) {
            self.at = at
            self.require = require
        }
    }

    /// `frequency`: at most `max` matching events in any window.
    public struct Frequency: Hashable, Sendable {
        /// The counted events.
        public var event: EventPattern
        /// The most allowed in one window.
        public var max: Int
        /// The window: elapsed hours, or consecutive local calendar days.
        public var window: Duration
        /// Events are counted separately for each value of these properties (`to`, `debt`).
        public var per: [String]
        /// The event property naming the party whose local calendar days count; `nil` means the case's zone.
        public var partyProperty: String?

        /// Creates a frequency cap.
        public init(event: EventPattern, max: Int, window: Duration, per: [String] = [], partyProperty: String? = nil) {
            self.event = event
            self.max = max
            self.window = window
            self.per = per
            self.partyProperty = partyProperty
        }
    }

    /// `time_of_day`: matching events only between two local times, inclusive.
    public struct TimeOfDayWindow: Hashable, Sendable {
        /// The events checked.
        public var event: EventPattern
        /// The earliest allowed local time.
        public var from: TimeOfDay
        /// The latest allowed local time.
        public var to: TimeOfDay
        /// The event property naming the party whose local time counts; `nil` means the case's zone.
        public var partyProperty: String?

        /// Whether `time` is inside the window; a window whose `from` is after its `to` runs over midnight.
        public func contains(_ time: TimeOfDay) -> Bool {
            from <= to ? (from <= time && time <= to) : (time >= from || time <= to)
        }

        /// Creates a time-of-day window.
        public init(event: EventPattern, from: TimeOfDay, to: TimeOfDay, partyProperty: String? = nil) {
            self.event = event
            self.from = from
            self.to = to
            self.partyProperty = partyProperty
        }
    }

    /// A required item that applies only when a case condition holds.
    public struct ConditionalItem: Hashable, Sendable {
        /// The item.
        public var item: String
        /// When it is required.
        public var when: Predicate

        /// Creates a conditional item.
        public init(item: String, when: Predicate) {
            self.item = item
            self.when = when
        }
    }

    /// `contents`: a notice must list every required item (and, if `exact`, nothing else; if `ordered`, in order).
    public struct Contents: Hashable, Sendable {
        /// The notices checked.
        public var event: EventPattern
        /// The event property that lists the items.
        public var property: String
        /// The items always required, in order.
        public var items: [String]
        /// Items required only in some cases.
        public var conditionalItems: [ConditionalItem]
        /// Whether items not listed are a violation.
        public var exact: Bool
        /// Whether the items must appear in the listed order.
        public var ordered: Bool

        /// Creates a contents check.
        public init(
            event: EventPattern, property: String = "contents", items: [String], conditionalItems: [ConditionalItem] = [],
            exact: Bool = false, ordered: Bool = false
        ) {
            self.event = event
            self.property = property
            self.items = items
            self.conditionalItems = conditionalItems
            self.exact = exact
            self.ordered = ordered
        }
    }

    /// `recipients`: matching notices, together, must reach every party having one of the roles.
    public struct Recipients: Hashable, Sendable {
        /// The notices checked.
        public var event: EventPattern
        /// The event property listing recipients' party ids.
        public var property: String
        /// The roles every holder of which must receive a notice.
        public var roles: [String]
        /// When one notice may serve two parties (married co-buyers at one address).
        public var joint: Joint?

        /// Creates a recipients check.
        public init(event: EventPattern, property: String = "to", roles: [String], joint: Joint? = nil) {
            self.event = event
            self.property = property
            self.roles = roles
            self.joint = joint
        }
    }

    /// One notice reaches a party too when it reaches the party linked to it by `link` (a party property
    /// holding the other's id, such as `spouse`) and the two have equal `same` facts (such as `address`).
    public struct Joint: Hashable, Sendable {
        /// The party property naming the linked party.
        public var link: String
        /// Party facts (dotted paths) that must be equal and present on both.
        public var same: [String]

        /// Creates the joint-notice option.
        public init(link: String, same: [String]) {
            self.link = link
            self.same = same
        }
    }
}
