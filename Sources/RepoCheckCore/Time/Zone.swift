import Foundation

/// An IANA time zone (`America/Los_Angeles`): converts instants to local dates and times.
public struct Zone: Hashable, Sendable, CustomStringConvertible {
    /// The IANA identifier.
    public let identifier: String
    private let timeZone: TimeZone
    private let table: ZoneTable

    /// The zone with this IANA identifier, or `nil` if the system knows no such zone.
    public init?(identifier: String) {
        // Foundation also accepts abbreviations and offsets ("PST", "GMT+1"); we accept IANA names only.
        guard identifier.contains("/") || identifier == "UTC", let timeZone = TimeZone(identifier: identifier) else {
            return nil
        }
        self.identifier = identifier
        self.timeZone = timeZone
        table = ZoneTable.table(for: timeZone)
    }

    /// Offset from UTC in seconds at `instant` (negative west of Greenwich).
    public func offset(at instant: Instant) -> Int { table.offset(atSeconds: instant.seconds) }

    /// The local calendar date at `instant`.
    public func date(of instant: Instant) -> CivilDate {
        CivilDate(dayNumber: Int(floorDiv(instant.seconds + Int64(offset(at: instant)), 86_400)))
    }

    /// The local wall-clock time at `instant`.
    public func timeOfDay(of instant: Instant) -> TimeOfDay {
        let local = instant.seconds + Int64(offset(at: instant))
        return TimeOfDay(secondsOfDay: Int(local - floorDiv(local, 86_400) * 86_400))
    }

    /// The instants at which the wall clock reads `time` on `date`: none in a daylight-saving gap,
    /// two in an overlap, one otherwise; earliest first.
    public func instants(on date: CivilDate, at time: TimeOfDay) -> [Instant] {
        let local = Int64(date.dayNumber) * 86_400 + Int64(time.secondsOfDay)
        // The offset in force is one of the offsets a day either side of the local reading; a larger
        // offset puts the instant earlier.
        var offsets = [local - 86_400, local, local + 86_400].map { offset(at: Instant(seconds: $0)) }
        offsets.sort(by: >)
        var found: [Instant] = []
        for (position, offset) in offsets.enumerated() where position == 0 || offset != offsets[position - 1] {
            let candidate = Instant(seconds: local - Int64(offset))
            if Int64(self.offset(at: candidate)) == local - candidate.seconds { found.append(candidate) }
        }
        return found
    }

    /// The first instant of `date` in this zone (local midnight, or the end of a gap that swallows it).
    public func startOfDay(_ date: CivilDate) -> Instant {
        let midnight = TimeOfDay(secondsOfDay: 0)
        if let first = instants(on: date, at: midnight).first { return first }
        // Midnight falls in a gap: the day starts at the transition, found by walking forward.
        var probe = Instant(seconds: Int64(date.dayNumber) * 86_400 - 14 * 3600)
        while self.date(of: probe) < date { probe = probe.adding(seconds: 60) }
        return probe
    }

    /// The last instant of `date` (one nanosecond before the next day starts).
    public func endOfDay(_ date: CivilDate) -> Instant { startOfDay(date.adding(days: 1)).previous }

    /// A change of the zone's offset (a daylight-saving transition).
    public struct Transition: Hashable, Sendable {
        /// The instant of the change.
        public let at: Instant
        /// The offset before, in seconds east of UTC.
        public let offsetBefore: Int
        /// The offset after.
        public let offsetAfter: Int
        /// The abbreviation in force after the change (`PDT`).
        public let abbreviation: String
        /// Whether daylight-saving time is in force after the change.
        public let isDaylightSaving: Bool
    }

    /// The offset changes from `start` (exclusive) to `end` (inclusive), in order.
    public func transitions(from start: Instant, to end: Instant) -> [Transition] {
        var result: [Transition] = []
        var cursor = Date(timeIntervalSince1970: TimeInterval(start.seconds))
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 <= TimeInterval(end.seconds) {
            let at = Instant(seconds: Int64(next.timeIntervalSince1970.rounded()))
            result.append(
                Transition(
                    at: at, offsetBefore: offset(at: at.adding(seconds: -1)), offsetAfter: offset(at: at),
                    abbreviation: abbreviation(at: at),
                    isDaylightSaving: timeZone.isDaylightSavingTime(for: next)))
            cursor = next.addingTimeInterval(1)
        }
        return result
    }

    /// The zone's abbreviation at `instant` (`PDT`), or the offset when the system has none.
    public func abbreviation(at instant: Instant) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(instant.seconds))
        let style: TimeZone.NameStyle = timeZone.isDaylightSavingTime(for: date) ? .shortDaylightSaving : .shortStandard
        let name = timeZone.localizedName(for: style, locale: Locale(identifier: "en_US"))
        guard let name, !name.hasPrefix("GMT") else {
            let offset = offset(at: instant)
            return offset == 0 ? "UTC" : "UTC" + RFC3339.offsetString(offset)
        }
        return name
    }

    /// The IANA identifier.
    public var description: String { identifier }

    /// Zones are equal when their identifiers are.
    public static func == (lhs: Zone, rhs: Zone) -> Bool { lhs.identifier == rhs.identifier }
    /// Hashes the identifier.
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }
}

/// Division rounding toward negative infinity.
func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
