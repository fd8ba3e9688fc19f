/// How one holiday falls on the calendar, as written in a calendar file.
public struct HolidayRule: Sendable, Equatable {
    /// Where the date comes from.
    public enum Placement: Sendable, Equatable {
        /// The same month and day every year (`january 1`).
        case fixed(month: Int, day: Int)
        /// The nth weekday of a month (`third monday of january`); `ordinal` 1–5, or -1 for the last.
        case nthWeekday(ordinal: Int, weekday: Weekday, month: Int)
        /// Explicitly listed dates (lunisolar holidays).
        case dates([CivilDate])
    }

    /// Where a weekend holiday is observed instead, in addition to the day itself.
    public enum Observance: String, Sendable, Equatable {
        /// The weekend holiday is also observed on the Friday before it.
        case precedingFriday = "preceding friday"
        /// The weekend holiday is also observed on the Monday after it.
        case followingMonday = "following monday"
    }

    /// The holiday's name, as reports show it.
    public var name: String
    /// The statute that makes it a holiday.
    public var citation: String
    /// How the date is found.
    public var placement: Placement
    /// Days added to the computed date (the day after Thanksgiving is `+1`).
    public var plusDays: Int
    /// First and last calendar years in which it is a holiday (inclusive); `nil` is unbounded.
    public var fromYear: Int?
    /// Last year in force, inclusive.
    public var toYear: Int?
    /// Observance of a holiday that falls on a Saturday.
    public var saturday: Observance?
    /// Observance of a holiday that falls on a Sunday.
    public var sunday: Observance?

    /// Creates a rule; see the calendar file format in `docs/calendar-format.md`.
    public init(
        name: String, citation: String, placement: Placement, plusDays: Int = 0, fromYear: Int? = nil,
        toYear: Int? = nil, saturday: Observance? = nil, sunday: Observance? = nil
    ) {
        self.name = name
        self.citation = citation
        self.placement = placement
        self.plusDays = plusDays
        self.fromYear = fromYear
        self.toYear = toYear
        self.saturday = saturday
        self.sunday = sunday
    }

    /// The holiday's dates in `year`, the observed day included, each with its name.
    public func occurrences(in year: Int) -> [(date: CivilDate, name: String)] {
        if let fromYear, year < fromYear { return [] }
        if let toYear, year > toYear { return [] }
        let base: [CivilDate]
        switch placement {
        case .fixed(let month, let day):
            base = CivilDate(year: year, month: month, day: day).map { [$0] } ?? []
        case .nthWeekday(let ordinal, let weekday, let month):
            base = Self.nthWeekday(ordinal, weekday, month: month, year: year).map { [$0] } ?? []
        case .dates(let dates):
            base = dates.filter { $0.year == year }
        }
        var result: [(CivilDate, String)] = []
        for date in base.map({ $0.adding(days: plusDays) }) {
            result.append((date, name))
            let observance = date.weekday == .saturday ? saturday : date.weekday == .sunday ? sunday : nil
            switch observance {
            case .precedingFriday: result.append((date.adding(days: date.weekday == .saturday ? -1 : -2), name + " (observed)"))
            case .followingMonday: result.append((date.adding(days: date.weekday == .sunday ? 1 : 2), name + " (observed)"))
            case nil: break
            }
        }
        return result
    }

    static func nthWeekday(_ ordinal: Int, _ weekday: Weekday, month: Int, year: Int) -> CivilDate? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        let target = Weekday.allCases.firstIndex(of: weekday)!
        let start = Weekday.allCases.firstIndex(of: first.weekday)!
        let firstMatch = first.adding(days: (target - start + 7) % 7)
        if ordinal > 0 {
            let date = firstMatch.adding(days: 7 * (ordinal - 1))
            return date.components.month == month ? date : nil
        }
        var last = firstMatch
        while last.adding(days: 7).components.month == month { last = last.adding(days: 7) }
        return last
    }
}
