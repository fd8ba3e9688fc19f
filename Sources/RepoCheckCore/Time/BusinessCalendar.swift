/// A named calendar of business days: which weekdays never count, and which dates are holidays.
///
/// Built from a file in `rules/calendars/`. Holidays are computed for every year a case can mention when
/// the calendar is made, so a calendar answers `isBusinessDay` in constant time.
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
    /// The holidays of the years cases can mention, as positions in `names` by day (from `firstDay`); 0 is none.
    private let days: [UInt32]
    private let firstDay: Int
    /// The holiday names `days` refers to; the first is unused.
    private let names: [String]

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
        // Each rule's name, then its observed name; a day keeps the first holiday found for it. The table
        // reaches a year past either end of the range, for holidays observed across a new year.
        names = [""] + holidays.flatMap { [$0.name, $0.observedName] }
        let first = CivilDate(year: RFC3339.years.lowerBound - 1, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: RFC3339.years.upperBound + 1, month: 12, day: 31)!.dayNumber
        var days = [UInt32](repeating: 0, count: last - first + 1)
        for year in RFC3339.years {
            for (position, rule) in holidays.enumerated() {
                rule.forEachOccurrence(in: year) { date, observed in
                    let slot = date.dayNumber - first
                    guard days.indices.contains(slot), days[slot] == 0 else { return }
                    days[slot] = UInt32(1 + 2 * position + (observed ? 1 : 0))
                }
            }
        }
        firstDay = first
        self.days = days
    }

    /// The name of the holiday on `date`, if it is one.
    public func holiday(on date: CivilDate) -> String? {
        let slot = date.dayNumber - firstDay
        guard days.indices.contains(slot), days[slot] != 0 else { return nil }
        return names[Int(days[slot])]
    }

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
