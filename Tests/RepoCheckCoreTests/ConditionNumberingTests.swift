import Testing

@testable import RepoCheckCore

/// An evaluator numbers the conditions of its pack's event patterns so that a case answers each one once
/// per event; the answers must be those of asking every time.
@Suite struct ConditionNumberingTests {
    typealias F = Fixtures

    static let outbound = Condition(path: ["direction"], matcher: .equals("outbound"))
    static let call = Condition(path: ["type"], matcher: .equals("call"))
    static let byCollector = Condition(path: ["by", "role"], matcher: .oneOf(["debt_collector", "holder"]))
    static let byBuyer = Condition(path: ["by", "role"], matcher: .equals("buyer"))

    /// The conditions of `pattern`, at any depth.
    static func conditions(of pattern: EventPattern) -> [Condition] {
        switch pattern {
        case .conditions(let conditions): conditions
        case .all(let patterns), .any(let patterns): patterns.flatMap(conditions)
        case .not(let inner): conditions(of: inner)
        }
    }

    @Test("equal conditions share a number wherever they are; different ones do not")
    func sharedNumbers() {
        let numbering = ConditionNumbering()
        let deadline = Constraint.deadline(
            .init(
                trigger: .conditions([Self.call, Self.outbound]),
                required: .any([.conditions([Self.outbound]), .not(.conditions([Self.byCollector]))]),
                counting: Counting(duration: .init(amount: 1, unit: .days)), unless: .conditions([Self.call])))
        guard case .deadline(let numbered) = deadline.numbered(by: numbering), let unless = numbered.unless else {
            Issue.record("the constraint changed kind")
            return
        }
        let all = [numbered.trigger, numbered.required, unless].flatMap(Self.conditions)
        #expect(all.allSatisfy { $0.slot != nil })
        #expect(numbering.count == 3)
        let slots = Dictionary(grouping: all, by: \.self).mapValues { Set($0.map(\.slot)) }
        #expect(slots.values.allSatisfy { $0.count == 1 })
        #expect(Set(slots.values.map { $0.first! }).count == 3)
    }

    @Test("conditions on one path share the path's number; each condition keeps its own")
    func sharedPaths() {
        let numbering = ConditionNumbering()
        let pattern = EventPattern.conditions([Self.call, Self.byCollector, Self.outbound, Self.byBuyer]).numbered(by: numbering)
        let numbers = numbering.numbers
        #expect(numbers.count == 4)
        #expect(numbers.pathCount == 3)
        guard case .conditions(let numbered) = pattern else {
            Issue.record("the pattern changed kind")
            return
        }
        let paths = numbered.map { numbers.pathNumbers[Int($0.slot!)] }
        #expect(paths[1] == paths[3])
        #expect(Set(paths).count == 3)
    }

    @Test("rules sharing conditions, under any, all and not, find what each finds asked afresh")
    func rememberedAnswers() {
        let collectorCall = EventPattern.conditions([Self.call, Self.outbound, Self.byCollector])
        let rules = [
            F.rule(.timeOfDay(.init(event: collectorCall, from: .init(secondsOfDay: 8 * 3600), to: .init(secondsOfDay: 21 * 3600)))),
            F.rule(.forbidden(.init(event: .all([.conditions([Self.call]), .not(.conditions([Self.outbound]))]))), id: "inbound"),
            F.rule(.forbidden(.init(event: .conditions([Self.call, Self.byBuyer]))), id: "buyer"),
            F.rule(
                .frequency(
                    .init(event: .any([collectorCall, .conditions([Self.byCollector])]), max: 1, window: .init(amount: 1, unit: .days))),
                id: "frequency"),
        ]
        let parties = [Party(id: "c", roles: ["debt_collector"]), Party(id: "b", roles: ["buyer"])]
        let events = [
            F.event(0, "call", "2025-03-14T07:10:00-07:00", ["direction": .scalar("outbound"), "by": .scalar("c")]),
            F.event(1, "call", "2025-03-14T09:00:00-07:00", ["direction": .scalar("inbound"), "by": .scalar("b")]),
            F.event(2, "call", "2025-03-14T22:00:00-07:00", ["direction": .scalar("outbound"), "by": .scalar("c")]),
            F.event(3, "notice_sent", "2025-03-15T10:00:00-07:00", ["by": .scalar("c")]),
        ]
        let evaluator = Evaluator(pack: F.pack(rules))
        let testCase = F.testCase(events, parties: parties)
        let asOf = F.instant("2025-03-16T00:00:00-07:00")
        let remembered = evaluator.evaluate(testCase, asOf: asOf)
        let afresh = evaluator.evaluate(testCase, asOf: asOf, rules: rules)
        #expect(remembered.findings == afresh.findings)
        #expect(remembered.findings.map(\.ruleID).sorted() == ["buyer", "frequency", "inbound", "test.rule", "test.rule"])
    }
}
