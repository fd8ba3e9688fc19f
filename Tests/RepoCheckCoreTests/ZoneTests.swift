import Testing

@testable import RepoCheckCore

/// The four daylight-saving nights of 2025 and 2026 in California, checked by hand:
/// clocks spring forward at 02:00 PST to 03:00 PDT and fall back at 02:00 PDT to 01:00 PST.
@Suite struct ZoneTests {
    let zone = Zone(identifier: "America/Los_Angeles")!

    func date(_ text: String) -> CivilDate { try! RFC3339.parseDate(text).get() }

    struct Night: Sendable, CustomTestStringConvertible {
        let date: String
        let springForward: Bool
        var testDescription: String { date }
    }

    @Test(
        "a skipped local time has no instant; a repeated one has two",
        arguments: [
            Night(date: "2025-03-09", springForward: true), Night(date: "2025-11-02", springForward: false),
            Night(date: "2026-03-08", springForward: true), Night(date: "2026-11-01", springForward: false),
        ])
    func transitions(night: Night) {
        let instants = zone.instants(on: date(night.date), at: TimeOfDay(hour: night.springForward ? 2 : 1, minute: 30)!)
        #expect(instants.count == (night.springForward ? 0 : 2))
        if !night.springForward { #expect(instants[1].seconds(since: instants[0]) == 3600) }
    }

    @Test(
        "the days of the DST changes are 23 and 25 hours long",
        arguments: [
            ("2025-03-09", 23), ("2025-11-02", 25), ("2026-03-08", 23), ("2026-11-01", 25), ("2025-06-01", 24),
        ])
    func dayLength(day: String, hours: Int) {
        let start = zone.startOfDay(date(day))
        let next = zone.startOfDay(date(day).adding(days: 1))
        #expect(next.seconds(since: start) == Int64(hours) * 3600)
    }

    @Test("one elapsed hour after 01:30 PST on spring-forward night is 03:30 PDT")
    func elapsedAcrossSpringForward() throws {
        let start = try RFC3339.parseTimestamp("2025-03-09T01:30:00-08:00").get().instant
        #expect(RFC3339.format(start.adding(seconds: 3600), in: zone) == "2025-03-09T03:30:00-07:00")
    }

    @Test("one elapsed hour after 01:30 PDT on fall-back night is 01:30 PST")
    func elapsedAcrossFallBack() throws {
        let start = try RFC3339.parseTimestamp("2025-11-02T01:30:00-07:00").get().instant
        #expect(RFC3339.format(start.adding(seconds: 3600), in: zone) == "2025-11-02T01:30:00-08:00")
    }

    @Test("local date and time of an instant")
    func local() throws {
        let instant = try RFC3339.parseTimestamp("2025-03-15T06:59:59Z").get().instant
        #expect(zone.date(of: instant) == date("2025-03-14"))
        #expect(zone.timeOfDay(of: instant).description == "23:59:59")
    }

    @Test("abbreviations follow daylight saving")
    func abbreviations() throws {
        #expect(zone.abbreviation(at: try RFC3339.parseTimestamp("2025-07-01T12:00:00Z").get().instant) == "PDT")
        #expect(zone.abbreviation(at: try RFC3339.parseTimestamp("2025-12-01T12:00:00Z").get().instant) == "PST")
    }

    @Test("only IANA names are zones")
    func names() {
        #expect(Zone(identifier: "PST") == nil)
        #expect(Zone(identifier: "America/Nowhere") == nil)
        #expect(Zone(identifier: "UTC") != nil)
    }
}
