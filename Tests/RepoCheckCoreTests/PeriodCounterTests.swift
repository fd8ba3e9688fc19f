import Testing

@testable import RepoCheckCore

/// Day counting the California way, with dates checked by hand against a printed 2025 calendar.
@Suite struct PeriodCounterTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let note: String
        let trigger: String
        let duration: String
        var calendar: String? = nil
        var roll: Bool = true
        var start: Counting.Start = .nextDay
        var extraDays = 0
        let lastDay: String
        var testDescription: String { note }
    }

    static let rows: [Row] = [
        Row(
            note: "60 days from Fri 14 Mar 2025 is Tue 13 May", trigger: "2025-03-14T02:10:00-07:00", duration: "60 days",
            lastDay: "2025-05-13"),
        Row(
            note: "day 15 on Cesar Chavez Day (Mon 31 Mar) rolls to Tue 1 Apr", trigger: "2025-03-16", duration: "15 days",
            lastDay: "2025-04-01"),
        Row(
            note: "without roll-forward day 15 stays on Cesar Chavez Day", trigger: "2025-03-16", duration: "15 days", roll: false,
            lastDay: "2025-03-31"),
        Row(
            note: "day 15 on Juneteenth (Thu 19 Jun) rolls to Fri 20 Jun", trigger: "2025-06-04", duration: "15 days", lastDay: "2025-06-20"
        ),
        Row(
            note: "day 15 on the day after Thanksgiving rolls past the weekend to Mon 1 Dec", trigger: "2025-11-13", duration: "15 days",
            lastDay: "2025-12-01"),
        Row(note: "day 15 on a Saturday rolls to Monday", trigger: "2025-04-04", duration: "15 days", lastDay: "2025-04-21"),
        Row(
            note: "10 court days from Thu 20 Nov 2025 skip Thanksgiving, the day after and two weekends", trigger: "2025-11-20",
            duration: "10 court days", calendar: "test-court", lastDay: "2025-12-08"),
        Row(
            note: "5 business days from Thu 27 Mar 2025 skip the weekend and Cesar Chavez Day", trigger: "2025-03-27",
            duration: "5 business days", calendar: "test-court", lastDay: "2025-04-04"),
        Row(
            note: "counting from the same day: day 7 of a week starting Mon 10 Mar is Sun 16 Mar", trigger: "2025-03-10",
            duration: "7 days",
            roll: false, start: .sameDay, lastDay: "2025-03-16"),
        Row(
            note: "a 10-day extension is added before the roll-forward", trigger: "2025-03-16", duration: "15 days", extraDays: 10,
            lastDay: "2025-04-10"),
        Row(note: "60 days across the fall-back night", trigger: "2025-10-01T10:00:00-07:00", duration: "60 days", lastDay: "2025-12-01"),
        Row(note: "Juneteenth was not on the calendar before 2023", trigger: "2022-06-04", duration: "15 days", lastDay: "2022-06-20"),
    ]

    @Test("last days", arguments: rows)
    func lastDay(row: Row) throws {
        let duration = try #require(Duration.parse(row.duration))
        let counting = Counting(duration: duration, calendar: row.calendar, rollForward: row.roll ? "test-court" : nil, start: row.start)
        let end = Fixtures.counter.end(of: counting, from: Fixtures.instant(row.trigger), in: Fixtures.zone, extraDays: row.extraDays)
        #expect(end.lastDay?.description == row.lastDay)
        #expect(end.last == Fixtures.zone.endOfDay(Fixtures.date(row.lastDay)))
        #expect(
            Fixtures.counter.last(of: counting, from: Fixtures.instant(row.trigger), in: Fixtures.zone, extraDays: row.extraDays)
                == end.last,
            "the bound without the trace")
    }

    @Test("the trace names each skipped day and the roll-forward with its citation")
    func trace() throws {
        let counting = Counting(duration: Duration.parse("15 days")!, rollForward: "test-court")
        let end = Fixtures.counter.end(of: counting, from: Fixtures.instant("2025-11-13"), in: Fixtures.zone)
        let rolls = end.trace.filter { $0.kind == .rollForward }.map(\.note)
        #expect(
            rolls == [
                "Friday, Day after Thanksgiving, not a business day: the last day moves to 2025-11-29 (Code Civ. Proc. § 12a)",
                "Saturday, not a business day: the last day moves to 2025-11-30 (Code Civ. Proc. § 12a)",
                "Sunday, not a business day: the last day moves to 2025-12-01 (Code Civ. Proc. § 12a)",
            ])
        #expect(end.trace.last?.at == "2025-12-01T23:59:59.999999999-08:00")
        #expect(end.trace.contains { $0.kind == .count && $0.note.contains("Code Civ. Proc. § 12") })
    }

    @Test("business-day counting lists every skipped day by name")
    func skips() throws {
        let counting = Counting(duration: Duration.parse("10 court days")!, calendar: "test-court")
        let end = Fixtures.counter.end(of: counting, from: Fixtures.instant("2025-11-20"), in: Fixtures.zone)
        #expect(
            end.trace.filter { $0.kind == .skip }.map(\.at) == [
                "2025-11-22", "2025-11-23", "2025-11-27", "2025-11-28", "2025-11-29", "2025-11-30", "2025-12-06", "2025-12-07",
            ])
    }

    @Test(
        "durations parse strictly",
        arguments: [
            ("1 hour", true), ("60 days", true), ("10 court days", true), ("5 working days", true), ("1 calendar day", true),
            ("2 weeks", false), ("one hour", false), ("-1 days", false), ("1 hours", true), ("10", false), ("1 day 2 hours", false),
        ])
    func durations(text: String, valid: Bool) {
        #expect((Duration.parse(text) != nil) == valid)
    }
}
