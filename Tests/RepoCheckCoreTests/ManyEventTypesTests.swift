import Testing

@testable import RepoCheckCore

/// A case's events are found by type through a list searched in a line, indexed past 16 types; a case of
/// many types must find the same events.
@Suite struct ManyEventTypesTests {
    typealias F = Fixtures

    @Test("a case of more event types than are searched in a line finds each type's events", arguments: [3, 16, 17, 40])
    func manyTypes(count: Int) {
        let rule = F.rule(.forbidden(.init(event: F.type("call"))))
        let start = F.instant("2025-03-01T09:00:00-08:00")
        var events: [Event] = []
        for number in 0..<count {
            events.append(Event(index: events.count, type: "type\(number)", at: start.adding(seconds: Int64(events.count) * 3600)))
            // The rule's type comes after half of the others, and again at the end.
            if number == count / 2 || number == count - 1 {
                events.append(Event(index: events.count, type: "call", at: start.adding(seconds: Int64(events.count) * 3600)))
            }
        }
        let calls = events.filter { $0.type == "call" }.map(\.index)
        let report = Evaluator(pack: F.pack([rule])).evaluate(F.testCase(events), asOf: F.instant("2025-04-01"))
        #expect(report.findings.map(\.events) == calls.map { [$0] })
        #expect(report.warnings.map(\.event) == events.filter { $0.type != "call" }.map(\.index))
    }
}
