import RepoCheckCore

/// Local dates and times in one IANA zone, turned into RFC 3339 text with the offset in force, using the
/// engine's own zone and calendar arithmetic.
///
/// Days are counted from 1970-01-01. A local time that a daylight-saving change skips comes out an
/// hour later, so every timestamp written is a real instant with the zone's own offset.
struct LocalClock: Sendable {
    let zone: Zone

    /// A clock for the zone named `identifier` (UTC if the system does not know it).
    init(_ identifier: String) {
        zone = Zone(identifier: identifier) ?? Zone(identifier: "UTC")!
    }

    /// A clock for `zone`.
    init(zone: Zone) { self.zone = zone }

    /// The instant (seconds since the epoch) of `minute` minutes after local midnight on `day`.
    /// Minutes past 24 hours (or before midnight) count on the wall clock of the following (or previous) days.
    func instant(day: Int, minute: Int) -> Int64 {
        let days = minute >= 0 ? minute / 1_440 : (minute - 1_439) / 1_440
        let date = CivilDate(dayNumber: day + days)
        let wall = minute - days * 1_440
        for shift in [0, 60] {
            let total = wall + shift
            if let time = TimeOfDay(hour: total / 60, minute: total % 60), let first = zone.instants(on: date, at: time).first {
                return first.seconds
            }
        }
        return zone.startOfDay(date).seconds + Int64(wall) * 60
    }

    /// `YYYY-MM-DDTHH:MM:SS±HH:MM` for `instant` in this zone.
    func timestamp(_ instant: Int64) -> String { RFC3339.format(Instant(seconds: instant), in: zone) }

    /// `YYYY-MM-DD` for a day number.
    static func date(_ day: Int) -> String { CivilDate(dayNumber: day).description }

    /// The day number of a civil date.
    static func day(year: Int, month: Int, day: Int) -> Int { CivilDate(year: year, month: month, day: day)!.dayNumber }

    /// Year, month and day of a day number.
    static func civil(_ dayNumber: Int) -> (Int, Int, Int) {
        let (y, m, d) = CivilDate(dayNumber: dayNumber).components
        return (y, m, d)
    }
}
