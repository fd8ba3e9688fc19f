/// A legal period: an amount and a unit (`1 hour`, `60 days`, `10 court days`).
public struct Duration: Hashable, Sendable, CustomStringConvertible {
    /// What is counted.
    public enum Unit: Hashable, Sendable {
        /// Elapsed minutes on the time line.
        case minutes
        /// Elapsed hours on the time line.
        case hours
        /// Calendar days in the case's zone.
        case days
        /// Calendar months: the same day of the month, or the month's last day if it has no such day.
        case months
        /// Calendar years (twelve months).
        case years
        /// Days that are business days on a calendar; `word` is how the rule wrote it
        /// (`business`, `court`, `working`), kept for messages.
        case businessDays(word: String)
    }

    /// How many units.
    public let amount: Int
    /// The unit.
    public let unit: Unit

    /// Creates a duration.
    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// The length in seconds of a duration of minutes or hours; `nil` for units counted on the calendar.
    public var elapsedSeconds: Int64? {
        switch unit {
        case .minutes: Int64(amount) * 60
        case .hours: Int64(amount) * 3600
        case .days, .businessDays, .months, .years: nil
        }
    }

    /// Whether the unit counts business days of a calendar.
    public var countsBusinessDays: Bool {
        if case .businessDays = unit { return true }
        return false
    }

    /// Whether the period is counted in days (and so ends at the end of a day).
    public var isDayBased: Bool {
        switch unit {
        case .minutes, .hours: false
        case .days, .businessDays, .months, .years: true
        }
    }

    /// The duration with `amount` replaced.
    public func with(amount: Int) -> Duration { Duration(amount: amount, unit: unit) }

    /// As written in a rule: `1 hour`, `60 days`, `10 court days`.
    public var description: String {
        let plural = amount == 1 ? "" : "s"
        switch unit {
        case .minutes: return "\(amount) minute\(plural)"
        case .hours: return "\(amount) hour\(plural)"
        case .days: return "\(amount) day\(plural)"
        case .months: return "\(amount) month\(plural)"
        case .years: return "\(amount) year\(plural)"
        case .businessDays(let word): return "\(amount) \(word) day\(plural)"
        }
    }

    /// Parses `N unit`: `minute(s)`, `hour(s)`, `day(s)`, `calendar day(s)`, or `business`, `court`
    /// or `working day(s)` (which count on a named calendar). Returns `nil` if it does not parse.
    public static func parse(_ text: String) -> Duration? {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2, let amount = Int(words[0]), amount >= 0, amount <= 100_000 else { return nil }
        var unit = words.dropFirst().joined(separator: " ")
        if unit.hasSuffix("s") { unit.removeLast() }
        switch unit {
        case "minute": return Duration(amount: amount, unit: .minutes)
        case "hour": return Duration(amount: amount, unit: .hours)
        case "day", "calendar day": return Duration(amount: amount, unit: .days)
        case "month": return Duration(amount: amount, unit: .months)
        case "year": return Duration(amount: amount, unit: .years)
        case "business day", "court day", "working day":
            return Duration(amount: amount, unit: .businessDays(word: String(unit.prefix { $0 != " " })))
        default: break
        }
        return nil
    }
}
