import Testing

@testable import RepoCheckCore

@Suite struct RFC3339Tests {
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        let problem: RFC3339.Problem?
        var testDescription: String { text }
    }

    @Test(
        "timestamps need an offset and a real date",
        arguments: [
            Row(text: "2025-03-14T02:10:00-07:00", problem: nil),
            Row(text: "2025-03-14T09:10:00Z", problem: nil),
            Row(text: "2025-03-14T09:10:00.125Z", problem: nil),
            Row(text: "2025-03-14T02:10:00", problem: .missingOffset),
            Row(text: "2025-02-30T02:10:00-08:00", problem: .impossibleDate),
            Row(text: "2025-03-14T25:10:00-07:00", problem: .impossibleDate),
            Row(text: "2025-03-14T23:59:60-07:00", problem: .impossibleDate),
            Row(text: "0000-03-14T02:10:00-07:00", problem: .yearOutOfRange),
            Row(text: "9999-03-14T02:10:00-07:00", problem: .yearOutOfRange),
            Row(text: "2025-3-14T02:10:00-07:00", problem: .malformed),
            Row(text: "2025-03-14T02:10:00-0700", problem: .malformed),
            Row(text: "2025-03-14T02:10:00.-07:00", problem: .malformed),
            Row(text: "next tuesday", problem: .malformed),
        ])
    func timestamps(row: Row) {
        switch RFC3339.parseTimestamp(row.text) {
        case .success: #expect(row.problem == nil)
        case .failure(let problem): #expect(problem == row.problem)
        }
    }

    @Test("an offset moves the instant")
    func offsets() throws {
        let pacific = try RFC3339.parseTimestamp("2025-03-14T02:10:00-07:00").get().instant
        let utc = try RFC3339.parseTimestamp("2025-03-14T09:10:00Z").get().instant
        #expect(pacific == utc)
    }

    @Test("formatting shows local time with the zone's offset, and fractions only when present")
    func format() throws {
        let zone = try #require(Zone(identifier: "America/Los_Angeles"))
        let summer = try RFC3339.parseTimestamp("2025-07-01T12:00:00Z").get().instant
        let winter = try RFC3339.parseTimestamp("2025-12-01T12:00:00.5Z").get().instant
        #expect(RFC3339.format(summer, in: zone) == "2025-07-01T05:00:00-07:00")
        #expect(RFC3339.format(winter, in: zone) == "2025-12-01T04:00:00.5-08:00")
    }
}
