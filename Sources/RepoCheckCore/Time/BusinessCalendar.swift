/// A named calendar of business days: which weekdays never count, and which dates are holidays.
///
/// Built from a file in `rules/calendars/`. Holidays are computed per year on first use and kept,
/// so a calendar answers `isBusinessDay` in constant time.
public struct BusinessCalendar: Sendable {
    /// The calendar's name, as rules refer to it (`ca-judicial`).
    public let name: String
    /// A short title for reports.
    public let title: String
    /// The law that defines the calendar.
    public let citation: String
    /// The law cited when a last day rolls forward on this calendar.
    public let rollForwardCitation: String?
    /// Weekdays that are never business days.
    public let weekend: Set<Weekday>
    /// The holiday rules.
    public let holidays: [HolidayRule]
    /// Precomputed holiday names by date, for the years cases can mention.
    private let holidayNames: [Int: String]
    private let firstYear: Int

    /// Creates a calendar and precomputes its holidays for every year in `RFC3339.years`.
    public init(
        name: String, title: String, citation: String, rollForwardCitation: String?, weekend: Set<Weekday>,
        holidays: [HolidayRule]
    ) {
        self.name = name
        self.title = title
        self.citation = citation
        self.rollForwardCitation = rollForwardCitation
        self.weekend = weekend
        self.holidays = holidays
        firstYear = RFC3339.years.lowerBound
        var names: [Int: String] = [:]
        for year in RFC3339.years {
            for rule in holidays {
                for (date, name) in rule.occurrences(in: year) where names[date.dayNumber] == nil {
                    names[date.dayNumber] = name
                }
            }
        }
        holidayNames = names
    }

    /// The name of the holiday on `date`, if it is one.
    public func holiday(on date: CivilDate) -> String? { holidayNames[date.dayNumber] }

    /// Why `date` is not a business day (`"Saturday"`, `"Cesar Chavez Day"`), or `nil` if it is one.
    public func closure(on date: CivilDate) -> String? {
        if let name = holiday(on: date) { return name }
        return weekend.contains(date.weekday) ? date.weekday.name : nil
    }

    /// Whether `date` is a business day on this calendar.
    public func isBusinessDay(_ date: CivilDate) -> Bool { closure(on: date) == nil }

    /// The holidays in `year`, sorted by date (an observed day moved in from the next year included).
    public func holidays(in year: Int) -> [(date: CivilDate, name: String)] {
        holidays.flatMap { $0.occurrences(in: year) + $0.occurrences(in: year + 1) }.filter { $0.date.year == year }
            .sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }
}
