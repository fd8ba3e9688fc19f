import Testing

@testable import RepoCheckCore

/// A case's parties are found by id through a list searched in a line, indexed past 16 ids; a case of many
/// parties must find each one, and of two parties with one id, the first.
@Suite struct ManyPartiesTests {
    typealias F = Fixtures

    @Test("a call is judged by the role of the party it names, among more parties than are searched in a line", arguments: [3, 16, 17, 40])
    func manyParties(count: Int) {
        let byCollector = EventPattern.conditions([
            Condition(path: ["type"], matcher: .equals("call")), Condition(path: ["by", "role"], matcher: .equals("debt_collector")),
        ])
        // The collector is the last party; a party added after it repeats its id as a buyer.
        var parties = (0..<count).map { Party(id: "p\($0)", roles: ["buyer"]) }
        parties[count - 1].roles = ["debt_collector"]
        parties.append(Party(id: "p\(count - 1)", roles: ["buyer"]))
        let events = [
            F.event(0, "call", "2025-03-03T10:00:00-08:00", ["by": .scalar("p0")]),
            F.event(1, "call", "2025-03-03T11:00:00-08:00", ["by": .scalar("p\(count - 1)")]),
            F.event(2, "call", "2025-03-03T12:00:00-08:00", ["by": .scalar("p\(count)")]),
        ]
        let report = Evaluator(pack: F.pack([F.rule(.forbidden(.init(event: byCollector)))]))
            .evaluate(F.testCase(events, parties: parties), asOf: F.instant("2025-04-01"))
        #expect(report.findings.map(\.events) == [[1]])
    }
}
