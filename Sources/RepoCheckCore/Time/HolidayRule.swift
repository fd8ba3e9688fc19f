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
        var result: [(date: CivilDate, name: String)] = []
        forEachOccurrence(in: year) { date, observed in result.append((date, observed ? observedName : name)) }
        return result
    }

    /// The name of the day a weekend holiday is observed on.
    var observedName: String { name + " (observed)" }

    /// Calls `body` with each of the holiday's dates in `year`, in the order `occurrences(in:)` lists them,
    /// and whether the date is the observed one.
    func forEachOccurrence(in year: Int, _ body: (CivilDate, _ observed: Bool) -> Void) {
        if let fromYear, year < fromYear { return }
        if let toYear, year > toYear { return }
        func add(_ base: CivilDate) {
            let date = base.adding(days: plusDays)
            body(date, false)
            let observance = date.weekday == .saturday ? saturday : date.weekday == .sunday ? sunday : nil
            switch observance {
            case .precedingFriday: body(date.adding(days: date.weekday == .saturday ? -1 : -2), true)
            case .followingMonday: body(date.adding(days: date.weekday == .sunday ? 1 : 2), true)
            case nil: break
            }
        }
        switch placement {
        case .fixed(let month, let day): CivilDate(year: year, month: month, day: day).map(add)
        case .nthWeekday(let ordinal, let weekday, let month): Self.nthWeekday(ordinal, weekday, month: month, year: year).map(add)
        case .dates(let dates): for date in dates where date.year == year { add(date) }
        }
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
