import Testing

@testable import RepoCheckCore

/// A `frequency` rule counts each `per` value apart: the values are searched in a line and indexed past 16, and
/// several `per` properties make one key that does not run their values together.
@Suite struct FrequencyGroupsTests {
    typealias F = Fixtures

    static func call(_ index: Int, minutes: Int, _ properties: ValueMap) -> Event {
        let at = F.instant("2025-03-10T10:00:00-07:00").adding(seconds: Int64(minutes) * 60)
        return Event(index: index, type: "call", at: at, properties: properties)
    }

    static func findings(_ rule: Rule, _ events: [Event]) -> [[Int]] {
        Evaluator(pack: F.pack([rule])).evaluate(F.testCase(events), asOf: F.instant("2025-04-01")).findings.map(\.events)
    }

    @Test("each of more people than are searched in a line is counted apart", arguments: [3, 16, 17, 40])
    func manyPeople(count: Int) {
        let rule = F.rule(.frequency(.init(event: F.type("call"), max: 1, window: .init(amount: 1, unit: .days), per: ["to"])))
        // Everyone is called once, then everyone again: each second call is one too many.
        let events = (0..<2 * count).map { Self.call($0, minutes: $0, ["to": .scalar("p\($0 % count)")]) }
        #expect(Self.findings(rule, events) == (0..<count).map { [$0, count + $0] })
    }

    @Test("two per properties make one key that does not run their values together")
    func twoProperties() {
        let rule = F.rule(.frequency(.init(event: F.type("call"), max: 1, window: .init(amount: 1, unit: .days), per: ["to", "about"])))
        let events = [
            Self.call(0, minutes: 0, ["to": .scalar("a,b"), "about": .scalar("c")]),
            Self.call(1, minutes: 1, ["to": .scalar("a"), "about": .scalar("b,c")]),
            Self.call(2, minutes: 2, ["to": .scalar("a"), "about": .scalar("b,c")]),
        ]
        #expect(Self.findings(rule, events) == [[1, 2]])
    }
}
