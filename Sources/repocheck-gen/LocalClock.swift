import Foundation

/// Local dates and times in one IANA zone, turned into RFC 3339 text with the offset in force.
///
/// Days are counted from 1970-01-01. A local time that a daylight-saving change skips comes out an
/// hour later, so every timestamp written is a real instant with the zone's own offset.
final class LocalClock {
    let zone: TimeZone
    /// Offsets by UTC hour: the zones used change offset only on the hour, and asking Foundation is slow.
    private var offsets: [Int64: Int] = [:]

    /// A clock for the zone named `identifier`.
    init(_ identifier: String) {
        zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0)!
    }

    /// The instant (seconds since the epoch) of `minute` minutes after local midnight on `day`.
    func instant(day: Int, minute: Int) -> Int64 {
        let local = Int64(day) * 86_400 + Int64(minute) * 60
        let first = local - Int64(offset(at: local + 8 * 3_600))
        let second = local - Int64(offset(at: first))
        return offset(at: second) == offset(at: first) ? second : first
    }

    /// The zone's offset from UTC at `instant`, in seconds.
    func offset(at instant: Int64) -> Int {
        let hour = instant >= 0 ? instant / 3_600 : (instant - 3_599) / 3_600
        if let known = offsets[hour] { return known }
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3_600)))
        offsets[hour] = offset
        return offset
    }

    /// `YYYY-MM-DDTHH:MM:SS±HH:MM` for `instant` in this zone.
    func timestamp(_ instant: Int64) -> String {
        let offset = offset(at: instant)
        let local = instant + Int64(offset)
        let day = Int((local - (local % 86_400 + 86_400) % 86_400) / 86_400)
        let second = Int((local % 86_400 + 86_400) % 86_400)
        let sign = offset < 0 ? "-" : "+"
        return Self.date(day) + "T" + Self.two(second / 3_600) + ":" + Self.two(second / 60 % 60) + ":" + Self.two(second % 60) + sign
            + Self.two(abs(offset) / 3_600) + ":" + Self.two(abs(offset) / 60 % 60)
    }

    /// `YYYY-MM-DD` for a day number.
    static func date(_ day: Int) -> String {
        let (y, m, d) = civil(day)
        return String(y) + "-" + two(m) + "-" + two(d)
    }

    /// The day number of a civil date.
    static func day(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month and day of a day number.
    static func civil(_ dayNumber: Int) -> (Int, Int, Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
