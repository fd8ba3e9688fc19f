import Foundation
import RepoCheckCore
import RepoCheckTestSupport
import Testing
import Yams

/// The calendars in `rules/calendars/` against a table of holidays checked by hand
/// (`Fixtures/holidays-expected.yaml`), and deadline arithmetic on the real calendars.
@Suite struct CalendarDataTests {
    static let expected: [String: [Int: [String]]] = {
        let text = try! String(contentsOf: PackFixture.fixtures.appendingPathComponent("holidays-expected.yaml"), encoding: .utf8)
        let raw = try! Yams.load(yaml: text, Resolver.basic) as! [String: [String: [String]]]
        return raw.mapValues { years in Dictionary(uniqueKeysWithValues: years.map { (Int($0.key)!, $0.value) }) }
    }()

    struct Row: Sendable, CustomTestStringConvertible {
        let calendar: String
        let year: Int
        var testDescription: String { "\(calendar) \(year)" }
    }

    @Test(
        "holidays of 2013, 2025 and 2026 match the hand-checked table",
        arguments: ["ca-judicial", "ca-state", "ca-civil", "us-federal"].flatMap { c in
            [2013, 2025, 2026].map { Row(calendar: c, year: $0) }
        })
    func holidays(row: Row) throws {
        let calendar = try #require(PackFixture.pack.counter.calendars[row.calendar])
        let actual = calendar.holidays(in: row.year).map { "\($0.date) \($0.name)" }
        print("\(row.calendar) \(row.year):\n  " + actual.joined(separator: "\n  "))
        #expect(actual == Self.expected[row.calendar]?[row.year])
    }

    @Test(
        "every day of every year a case can mention has the holiday its year's list names, or none",
        arguments: ["ca-judicial", "ca-state", "ca-civil", "us-federal"])
    func everyDay(name: String) throws {
        let calendar = try #require(PackFixture.pack.counter.calendars[name])
        var holidays = 0
        for year in RFC3339.years {
            let listed = Dictionary(grouping: calendar.holidays(in: year), by: \.date.dayNumber).mapValues { $0.map(\.name) }
            var day = try #require(CivilDate(year: year, month: 1, day: 1))
            while day.year == year {
                let found = calendar.holiday(on: day)
                if found != nil { holidays += 1 }
                #expect(found.map { listed[day.dayNumber]?.contains($0) == true } ?? (listed[day.dayNumber] == nil), "\(name) \(day)")
                day = day.adding(days: 1)
            }
        }
        #expect(holidays > 300 * 10)
    }

    struct Deadline: Sendable, CustomTestStringConvertible {
        let note: String
        let trigger: String
        let duration: String
        var calendar: String? = nil
        var roll: String? = "ca-judicial"
        let lastDay: String
        var testDescription: String { note }
    }

    @Test(
        "deadlines on the real calendars (checked by hand)",
        arguments: [
            Deadline(note: "60 days from Fri 14 Mar 2025: Tue 13 May", trigger: "2025-03-14", duration: "60 days", lastDay: "2025-05-13"),
            Deadline(
                note: "day 15 on Cesar Chavez Day 2025 rolls to Tue 1 Apr", trigger: "2025-03-16", duration: "15 days",
                lastDay: "2025-04-01"),
            Deadline(
                note: "day 15 on Juneteenth 2025 rolls to Fri 20 Jun", trigger: "2025-06-04", duration: "15 days", lastDay: "2025-06-20"),
            Deadline(
                note: "day 15 on the day after Thanksgiving 2025 rolls to Mon 1 Dec", trigger: "2025-11-13", duration: "15 days",
                lastDay: "2025-12-01"),
            Deadline(
                note: "the day after Thanksgiving is not a state holiday", trigger: "2025-11-13", duration: "15 days", roll: "ca-state",
                lastDay: "2025-11-28"),
            Deadline(
                note: "Saturday is a Civil Code business day", trigger: "2025-04-04", duration: "15 days", roll: "ca-civil",
                lastDay: "2025-04-19"),
            Deadline(
                note: "Lunar New Year 2025 is a state holiday, not a court holiday", trigger: "2025-01-14", duration: "15 days",
                lastDay: "2025-01-29"),
            Deadline(
                note: "Lunar New Year 2025 rolls a Civil Code period", trigger: "2025-01-14", duration: "15 days", roll: "ca-civil",
                lastDay: "2025-01-30"),
            Deadline(
                note: "10 working days from Mon 16 Nov 2026 skip Thanksgiving and two weekends", trigger: "2026-11-16",
                duration: "10 working days",
                calendar: "ca-state", roll: nil, lastDay: "2026-12-01"),
            Deadline(
                note: "5 business days on the federal calendar skip Columbus Day 2026", trigger: "2026-10-08", duration: "5 business days",
                calendar: "us-federal", roll: nil, lastDay: "2026-10-16"),
            Deadline(
                note: "day 60 on Christmas 2026 rolls to Mon 28 Dec", trigger: "2026-10-26", duration: "60 days", lastDay: "2026-12-28"),
        ])
    func deadline(row: Deadline) throws {
        let zone = try #require(Zone(identifier: "America/Los_Angeles"))
        let counting = Counting(duration: try #require(Duration.parse(row.duration)), calendar: row.calendar, rollForward: row.roll)
        let trigger = zone.startOfDay(try RFC3339.parseDate(row.trigger).get())
        let end = PackFixture.pack.counter.end(of: counting, from: trigger, in: zone)
        #expect(end.lastDay?.description == row.lastDay)
    }
}
