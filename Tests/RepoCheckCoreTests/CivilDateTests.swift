import Testing

@testable import RepoCheckCore

@Suite struct CivilDateTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let date: String
        let weekday: Weekday
        var testDescription: String { date }
    }

    @Test(
        "weekdays match a printed calendar",
        arguments: [
            Row(date: "1970-01-01", weekday: .thursday), Row(date: "2000-02-29", weekday: .tuesday),
            Row(date: "2025-03-09", weekday: .sunday), Row(date: "2025-03-31", weekday: .monday),
            Row(date: "2025-06-19", weekday: .thursday), Row(date: "2025-11-28", weekday: .friday),
            Row(date: "2026-07-04", weekday: .saturday), Row(date: "1969-12-31", weekday: .wednesday),
            Row(date: "2199-12-31", weekday: .tuesday),
        ])
    func weekday(row: Row) throws {
        let date = try RFC3339.parseDate(row.date).get()
        #expect(date.weekday == row.weekday)
        #expect(date.description == row.date)
    }

    @Test("day numbers round-trip through year, month and day for every day of 1900–2199")
    func roundTrip() {
        var date = CivilDate(year: 1900, month: 1, day: 1)!
        let end = CivilDate(year: 2199, month: 12, day: 31)!
        while date <= end {
            let (y, m, d) = date.components
            #expect(CivilDate(year: y, month: m, day: d) == date)
            date = date.adding(days: 1)
        }
    }

    @Test("impossible dates do not exist")
    func impossible() {
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2025, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
    }
}
