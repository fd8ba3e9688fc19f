import Testing

@testable import RepoCheckCore

/// An event of a type outside the pack's vocabulary is a warning in the report, whether it happened by
/// `as_of` or after it, once per event and in the order of the case file.
@Suite struct UnknownEventTypeTests {
    typealias F = Fixtures

    struct Row: Sendable, CustomTestStringConvertible {
        let note: String
        let events: [Event]
        let asOf: String
        /// The indexes of the events warned about.
        let warned: [Int]
        var testDescription: String { note }
    }

    static let events = [
        F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "reposession", "2025-03-14T03:00:00-07:00"),
        F.event(2, "police_notified", "2025-03-14T03:10:00-07:00"), F.event(3, "reposession", "2025-03-15T09:00:00-07:00"),
        F.event(4, "tow_receipt", "2025-03-16T09:00:00-07:00"),
    ]

    @Test(
        "unknown event types are warned about once per event",
        arguments: [
            Row(note: "every event known", events: [events[0], events[2]], asOf: "2025-03-20T00:00:00-07:00", warned: []),
            Row(note: "all judged", events: events, asOf: "2025-03-20T00:00:00-07:00", warned: [1, 3, 4]),
            Row(note: "some after as_of, one type on both sides", events: events, asOf: "2025-03-14T03:30:00-07:00", warned: [1, 3, 4]),
            Row(note: "only after as_of", events: [events[0], events[4]], asOf: "2025-03-14T03:30:00-07:00", warned: [4]),
            Row(note: "before the first event", events: events, asOf: "2025-03-01T00:00:00-08:00", warned: [1, 3, 4]),
        ])
    func warnings(row: Row) {
        let report = Evaluator(pack: F.pack([])).evaluate(F.testCase(row.events), asOf: F.instant(row.asOf))
        #expect(report.warnings.map(\.event) == row.warned)
        #expect(report.warnings.allSatisfy { $0.code == "case.unknown-event-type" })
    }
}
