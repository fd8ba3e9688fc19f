import Testing

@testable import RepoCheckCore

/// Every constraint kind: satisfied, violated, pending (the deciding event after `as_of`) and the boundary.
@Suite struct EngineTests {
    typealias F = Fixtures
    struct Row: Sendable, CustomTestStringConvertible {
        let note: String
        let events: [Event]
        var asOf: String? = nil
        let expect: RuleExample.Expectation
        var testDescription: String { note }
    }

    static let deadline = F.rule(
        .deadline(
            .init(
                trigger: F.type("repossession"), required: F.type("police_notified"),
                counting: Counting(duration: .init(amount: 1, unit: .hours)))))

    @Test(
        "deadline",
        arguments: [
            Row(
                note: "done in time",
                events: [
                    F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "police_notified", "2025-03-14T02:40:00-07:00"),
                ], expect: .satisfied),
            Row(
                note: "exactly at the deadline",
                events: [
                    F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "police_notified", "2025-03-14T03:10:00-07:00"),
                ], expect: .satisfied),
            Row(
                note: "one second late",
                events: [
                    F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "police_notified", "2025-03-14T03:10:01-07:00"),
                ], expect: .violation),
            Row(
                note: "missed", events: [F.event(0, "repossession", "2025-03-14T02:10:00-07:00")], asOf: "2025-03-14T04:00:00-07:00",
                expect: .violation),
            Row(
                note: "pending: not yet due at as_of", events: [F.event(0, "repossession", "2025-03-14T02:10:00-07:00")],
                asOf: "2025-03-14T02:30:00-07:00", expect: .pending),
            Row(
                note: "pending: the report after as_of has not happened yet",
                events: [
                    F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "police_notified", "2025-03-14T04:00:00-07:00"),
                ],
                asOf: "2025-03-14T02:30:00-07:00", expect: .pending),
            Row(
                note: "a report before the trigger does not count",
                events: [
                    F.event(0, "police_notified", "2025-03-14T02:00:00-07:00"), F.event(1, "repossession", "2025-03-14T02:10:00-07:00"),
                ], asOf: "2025-03-14T05:00:00-07:00", expect: .violation),
        ])
    func deadline(row: Row) {
        #expect(F.outcome(Self.deadline, row.events, asOf: row.asOf) == row.expect)
    }

    static let notice = F.rule(
        .deadline(
            .init(
                trigger: F.type("repossession"), required: F.type("notice_sent"),
                counting: Counting(duration: .init(amount: 10, unit: .days))
            )))

    @Test(
        "the event that fulfils a deadline: the first at or after the trigger, or recorded with only a date from its day on",
        arguments: [
            ([("repossession", "2025-03-14T15:00:00-07:00"), ("notice_sent", "2025-03-14")], 1),
            (
                [
                    ("notice_sent", "2025-03-14T09:00:00-07:00"), ("repossession", "2025-03-14T15:00:00-07:00"),
                    ("notice_sent", "2025-03-20"),
                ], 2
            ),
            ([("notice_sent", "2025-03-13"), ("repossession", "2025-03-14T15:00:00-07:00")], nil),
            ([("notice_sent", "2025-03-14T15:00:00-07:00"), ("repossession", "2025-03-14T15:00:00-07:00")], 0),
            ([("repossession", "2025-03-14T15:00:00-07:00"), ("notice_sent", "2025-03-16"), ("notice_sent", "2025-03-15")], 2),
            (
                [
                    ("notice_sent", "2025-03-14T00:00:00-07:00"), ("notice_sent", "2025-03-14"),
                    ("repossession", "2025-03-14T15:00:00-07:00"),
                ],
                1
            ),
            (
                (0..<40).map { ("notice_sent", "2025-03-14T\(10 + $0 / 10):\(10 + $0 % 10):00-07:00") }
                    + [("repossession", "2025-03-14T15:00:00-07:00"), ("notice_sent", "2025-03-14T15:30:00-07:00")], 41
            ),
        ] as [([(String, String)], Int?)])
    func fulfilment(events: [(type: String, at: String)], fulfilledBy: Int?) {
        let testCase = F.testCase(events.enumerated().map { F.event($0.offset, $0.element.type, $0.element.at) })
        let report = Evaluator(pack: F.pack([Self.notice])).evaluate(testCase, asOf: F.instant("2025-04-30"))
        #expect(report.obligations.map(\.fulfilledBy) == [fulfilledBy])
    }

    static let wait = F.rule(
        .waitingPeriod(
            .init(
                after: F.type("notice_sent"), restricted: F.type("vehicle_sold"),
                counting: Counting(duration: .init(amount: 15, unit: .days), rollForward: "test-court"),
                extendedBy: F.type("extension_requested"), extensionPeriod: .init(amount: 10, unit: .days))))

    @Test(
        "waiting_period",
        arguments: [
            Row(
                note: "sold the day after the last day",
                events: [F.event(0, "notice_sent", "2025-04-01"), F.event(1, "vehicle_sold", "2025-04-17")], expect: .satisfied),
            Row(
                note: "boundary: sold at the first instant after the period",
                events: [F.event(0, "notice_sent", "2025-04-01"), F.event(1, "vehicle_sold", "2025-04-17T00:00:00-07:00")],
                expect: .satisfied),
            Row(
                note: "sold one second before the period ends",
                events: [F.event(0, "notice_sent", "2025-04-01"), F.event(1, "vehicle_sold", "2025-04-16T23:59:59-07:00")],
                expect: .violation),
            Row(
                note: "pending: the period is still running", events: [F.event(0, "notice_sent", "2025-04-01")], asOf: "2025-04-10",
                expect: .pending),
            Row(
                note: "extension requested in time pushes the sale back",
                events: [
                    F.event(0, "notice_sent", "2025-04-01"), F.event(1, "extension_requested", "2025-04-10"),
                    F.event(2, "vehicle_sold", "2025-04-20"),
                ], expect: .violation),
            Row(
                note: "extension requested too late has no effect",
                events: [
                    F.event(0, "notice_sent", "2025-04-01"), F.event(1, "extension_requested", "2025-04-17"),
                    F.event(2, "vehicle_sold", "2025-04-20"),
                ], expect: .satisfied),
        ])
    func waitingPeriod(row: Row) {
        #expect(F.outcome(Self.wait, row.events, asOf: row.asOf) == row.expect)
    }

    static let stay = StateDefinition(
        name: "stay", description: "the stay is in force", openedBy: F.type("bankruptcy_filed"), closedBy: F.type("stay_lifted"), lasts: nil
    )
    static let forbidden = F.rule(.forbidden(.init(event: F.type("repossession"), during: stay)))

    @Test(
        "forbidden while a state holds",
        arguments: [
            Row(note: "no petition", events: [F.event(0, "repossession", "2025-03-14T02:10:00-07:00")], expect: .satisfied),
            Row(
                note: "during the stay",
                events: [
                    F.event(0, "bankruptcy_filed", "2025-03-13T09:00:00-07:00"), F.event(1, "repossession", "2025-03-14T02:10:00-07:00"),
                ], expect: .violation),
            Row(
                note: "boundary: petition filed at the same instant",
                events: [
                    F.event(0, "bankruptcy_filed", "2025-03-14T02:10:00-07:00"), F.event(1, "repossession", "2025-03-14T02:10:00-07:00"),
                ], expect: .violation),
            Row(
                note: "petition a second after the repossession",
                events: [
                    F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "bankruptcy_filed", "2025-03-14T02:10:01-07:00"),
                ], expect: .satisfied),
            Row(
                note: "after relief from stay",
                events: [
                    F.event(0, "bankruptcy_filed", "2025-03-01"), F.event(1, "stay_lifted", "2025-03-10"),
                    F.event(2, "repossession", "2025-03-14T02:10:00-07:00"),
                ], expect: .satisfied),
            Row(
                note: "pending: a repossession after as_of is not judged yet",
                events: [F.event(0, "bankruptcy_filed", "2025-03-01"), F.event(1, "repossession", "2025-03-14T02:10:00-07:00")],
                asOf: "2025-03-10",
                expect: .satisfied),
        ])
    func forbidden(row: Row) {
        #expect(F.outcome(Self.forbidden, row.events, asOf: row.asOf) == row.expect)
    }

    static let gate = F.rule(.gate(.init(at: F.type("repossession"), require: .hasEvent(F.type("assignment_received")))))

    @Test(
        "gate",
        arguments: [
            Row(
                note: "assignment before",
                events: [F.event(0, "assignment_received", "2025-03-01"), F.event(1, "repossession", "2025-03-14T02:10:00-07:00")],
                expect: .satisfied),
            Row(
                note: "boundary: assignment at the same instant",
                events: [
                    F.event(0, "assignment_received", "2025-03-14T02:10:00-07:00"), F.event(1, "repossession", "2025-03-14T02:10:00-07:00"),
                ], expect: .satisfied),
            Row(
                note: "assignment only after",
                events: [F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "assignment_received", "2025-03-15")],
                expect: .violation),
            Row(
                note: "pending: nothing to judge before the repossession",
                events: [F.event(0, "repossession", "2025-03-14T02:10:00-07:00")], asOf: "2025-03-01", expect: .notApplicable),
        ])
    func gate(row: Row) {
        #expect(F.outcome(Self.gate, row.events, asOf: row.asOf) == row.expect)
    }

    static let frequency = F.rule(.frequency(.init(event: F.type("call"), max: 2, window: .init(amount: 3, unit: .days), per: ["to"])))
    static func call(_ i: Int, _ at: String, to: String = "b1") -> Event { F.event(i, "call", at, ["to": .scalar(to)]) }

    @Test(
        "frequency",
        arguments: [
            Row(
                note: "two calls in three days", events: [call(0, "2025-03-10T10:00:00-07:00"), call(1, "2025-03-12T10:00:00-07:00")],
                expect: .satisfied),
            Row(
                note: "three calls in three days",
                events: [call(0, "2025-03-10T10:00:00-07:00"), call(1, "2025-03-11T10:00:00-07:00"), call(2, "2025-03-12T23:59:00-07:00")],
                expect: .violation),
            Row(
                note: "boundary: the third call on day four",
                events: [call(0, "2025-03-10T10:00:00-07:00"), call(1, "2025-03-11T10:00:00-07:00"), call(2, "2025-03-13T00:00:00-07:00")],
                expect: .satisfied),
            Row(
                note: "counted per person",
                events: [
                    call(0, "2025-03-10T10:00:00-07:00"), call(1, "2025-03-11T10:00:00-07:00", to: "b2"),
                    call(2, "2025-03-12T10:00:00-07:00"),
                ], expect: .satisfied),
            Row(
                note: "pending: the third call is after as_of",
                events: [call(0, "2025-03-10T10:00:00-07:00"), call(1, "2025-03-11T10:00:00-07:00"), call(2, "2025-03-12T10:00:00-07:00")],
                asOf: "2025-03-11T12:00:00-07:00", expect: .satisfied),
        ])
    func frequency(row: Row) {
        #expect(F.outcome(Self.frequency, row.events, asOf: row.asOf) == row.expect)
    }

    static let hours = F.rule(
        .timeOfDay(
            .init(event: F.type("call"), from: TimeOfDay(hour: 8, minute: 0)!, to: TimeOfDay(hour: 21, minute: 0)!, partyProperty: "to")))
    static let parties = [Party(id: "b1", roles: ["buyer"]), Party(id: "ny", roles: ["buyer"], zone: Zone(identifier: "America/New_York"))]

    @Test(
        "time_of_day",
        arguments: [
            Row(note: "at noon", events: [call(0, "2025-03-10T12:00:00-07:00")], expect: .satisfied),
            Row(note: "boundary: 21:00:00", events: [call(0, "2025-03-10T21:00:00-07:00")], expect: .satisfied),
            Row(note: "21:00:01", events: [call(0, "2025-03-10T21:00:01-07:00")], expect: .violation),
            Row(note: "07:59", events: [call(0, "2025-03-10T07:59:00-07:00")], expect: .violation),
            Row(note: "05:30 Pacific is 08:30 in New York", events: [call(0, "2025-03-10T05:30:00-07:00", to: "ny")], expect: .satisfied),
            Row(note: "a date with no time is unproven", events: [call(0, "2025-03-10")], expect: .unproven),
            Row(
                note: "pending: the late call is after as_of", events: [call(0, "2025-03-10T22:00:00-07:00")],
                asOf: "2025-03-10T20:00:00-07:00", expect: .notApplicable),
        ])
    func timeOfDay(row: Row) {
        #expect(F.outcome(Self.hours, row.events, asOf: row.asOf, parties: Self.parties) == row.expect)
    }

    static let contents = F.rule(
        .contents(.init(event: F.type("notice_sent"), items: ["a", "b", "c"], exact: true, ordered: true)), id: "test.contents")
    static func notice(_ items: [String]?) -> Event {
        F.event(0, "notice_sent", "2025-03-20", items.map { ["contents": .list($0.map(Value.scalar))] } ?? [:])
    }

    @Test(
        "contents",
        arguments: [
            Row(note: "all items in order", events: [notice(["a", "b", "c"])], expect: .satisfied),
            Row(note: "one missing", events: [notice(["a", "c"])], expect: .violation),
            Row(note: "an extra item when exact", events: [notice(["a", "b", "c", "d"])], expect: .violation),
            Row(note: "out of order", events: [notice(["b", "a", "c"])], expect: .violation),
            Row(note: "contents not recorded", events: [notice(nil)], expect: .unproven),
            Row(note: "pending: no notice by as_of", events: [notice(["a"])], asOf: "2025-03-19", expect: .notApplicable),
        ])
    func contents(row: Row) {
        #expect(F.outcome(Self.contents, row.events, asOf: row.asOf) == row.expect)
    }

    static let recipients = F.rule(.recipients(.init(event: F.type("notice_sent"), roles: ["buyer", "co_buyer"])))
    static let couple = [Party(id: "b1", roles: ["buyer"]), Party(id: "b2", roles: ["co_buyer"]), Party(id: "h", roles: ["holder"])]
    static func sent(_ i: Int, _ day: String, _ to: [String]) -> Event {
        F.event(i, "notice_sent", day, ["to": .list(to.map(Value.scalar))])
    }

    @Test(
        "recipients",
        arguments: [
            Row(note: "one notice to both", events: [sent(0, "2025-03-20", ["b1", "b2"])], expect: .satisfied),
            Row(
                note: "boundary: separate notices to each", events: [sent(0, "2025-03-20", ["b1"]), sent(1, "2025-03-21", ["b2"])],
                expect: .satisfied),
            Row(note: "the co-buyer left out", events: [sent(0, "2025-03-20", ["b1"])], expect: .violation),
            Row(
                note: "pending: the second notice is after as_of", events: [sent(0, "2025-03-20", ["b1"]), sent(1, "2025-03-25", ["b2"])],
                asOf: "2025-03-21", expect: .violation),
        ])
    func recipients(row: Row) {
        #expect(F.outcome(Self.recipients, row.events, asOf: row.asOf, parties: Self.couple) == row.expect)
    }

    @Test("a rule version applies only to triggers within its effective dates")
    func effectiveDates() {
        let rule = F.rule(Self.deadline.constraint, from: "2016-01-01")
        let old = [F.event(0, "repossession", "2015-12-31T23:30:00-08:00")]
        let new = [F.event(0, "repossession", "2016-01-01T00:30:00-08:00")]
        #expect(F.outcome(rule, old, asOf: "2016-02-01") == .notApplicable)
        #expect(F.outcome(rule, new, asOf: "2016-02-01") == .violation)
    }

    @Test("the same case gives byte-identical reports, whatever the order of events in the file")
    func deterministic() {
        let events = [
            F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "police_notified", "2025-03-14T03:40:00-07:00"),
            F.event(2, "notice_sent", "2025-03-20"),
        ]
        let evaluator = Evaluator(pack: F.pack([Self.deadline, Self.contents]))
        let asOf = F.instant("2025-04-01")
        let a = evaluator.evaluate(F.testCase(events), asOf: asOf)
        let b = evaluator.evaluate(F.testCase(events.reversed()), asOf: asOf)
        #expect(a == b)
        #expect(a.summary.violations == 1)
        #expect(a.summary.unproven == 1)
    }
}

@Suite struct EngineBehaviourTests {
    typealias F = Fixtures

    @Test("a result that the other reading of the law would change is marked with both bounds")
    func interpretation() throws {
        // Day 15 from Sun 16 Mar 2025 is Mon 31 Mar (a holiday on the test calendar): the default reading
        // rolls it to Tue 1 Apr, the alternative does not. A notice on 1 Apr is in time only by default.
        let rule = F.rule(
            .deadline(
                .init(
                    trigger: F.type("repossession"), required: F.type("notice_sent"),
                    counting: Counting(duration: .init(amount: 15, unit: .days), rollForward: "test-court"),
                    alternative: Counting(duration: .init(amount: 15, unit: .days)))))
        let late = [F.event(0, "repossession", "2025-03-16T10:00:00-07:00"), F.event(1, "notice_sent", "2025-04-02")]
        let report = Evaluator(pack: F.pack([rule])).evaluate(F.testCase(late), asOf: F.instant("2025-04-10"))
        #expect(report.obligations.first?.otherReading == "2025-03-31T23:59:59.999999999-07:00")
        #expect(report.findings.first?.interpretation == nil, "late under both readings")
        let inTime = [F.event(0, "repossession", "2025-03-16T10:00:00-07:00"), F.event(1, "notice_sent", "2025-04-01")]
        let second = Evaluator(pack: F.pack([rule])).evaluate(F.testCase(inTime), asOf: F.instant("2025-04-10"))
        #expect(second.findings.isEmpty)
        #expect(second.obligations.first?.status == .satisfied)
        let missed = Evaluator(pack: F.pack([rule])).evaluate(F.testCase([late[0]]), asOf: F.instant("2025-04-01T12:00:00-07:00"))
        #expect(missed.findings.isEmpty, "still due under the default reading")
        let afterBoth = Evaluator(pack: F.pack([rule])).evaluate(F.testCase([late[0]]), asOf: F.instant("2025-04-02"))
        #expect(afterBoth.findings.first?.interpretation == nil)
        let between = Evaluator(pack: F.pack([rule])).evaluate(F.testCase(late), asOf: F.instant("2025-04-10"))
        #expect(between.summary.violations == 1)
    }

    @Test("a late act that only the other reading allows is marked interpretation-dependent")
    func interpretationDependent() throws {
        // Default: no roll-forward (due 31 Mar); alternative rolls to 1 Apr. A notice on 1 Apr is late by
        // default and in time under the other reading.
        let rule = F.rule(
            .deadline(
                .init(
                    trigger: F.type("repossession"), required: F.type("notice_sent"),
                    counting: Counting(duration: .init(amount: 15, unit: .days)),
                    alternative: Counting(duration: .init(amount: 15, unit: .days), rollForward: "test-court"))))
        let events = [F.event(0, "repossession", "2025-03-16T10:00:00-07:00"), F.event(1, "notice_sent", "2025-04-01")]
        let report = Evaluator(pack: F.pack([rule])).evaluate(F.testCase(events), asOf: F.instant("2025-04-10"))
        let interpretation = try #require(report.findings.first?.interpretation)
        #expect(interpretation.defaultReading == "2025-03-31T23:59:59.999999999-07:00")
        #expect(interpretation.otherReading == "2025-04-01T23:59:59.999999999-07:00")
    }

    @Test("one pack serves many concurrent evaluations with identical results")
    func concurrent() async {
        let evaluator = Evaluator(pack: F.pack([EngineTests.deadline, EngineTests.contents]))
        let events = [F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "police_notified", "2025-03-14T03:40:00-07:00")]
        let expected = evaluator.evaluate(F.testCase(events), asOf: F.instant("2025-04-01"))
        let reports = await withTaskGroup(of: Report.self) { group in
            for _ in 0..<64 { group.addTask { evaluator.evaluate(F.testCase(events), asOf: F.instant("2025-04-01")) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(reports.count == 64)
        #expect(reports.allSatisfy { $0 == expected })
    }

    @Test("frequency windows count local days of the party named by local_time_of")
    func frequencyZone() {
        // 20:30, 21:30 and 22:30 on 10 Mar in Los Angeles are 23:30 on 10 Mar and 00:30 and 01:30 on 11 Mar
        // in New York: three calls on one Los Angeles day, but at most two on any New York day.
        let cap = { (party: String?) in
            F.rule(
                .frequency(.init(event: F.type("call"), max: 2, window: .init(amount: 1, unit: .days), per: ["to"], partyProperty: party)))
        }
        let calls = [
            EngineTests.call(0, "2025-03-10T20:30:00-07:00", to: "ny"), EngineTests.call(1, "2025-03-10T21:30:00-07:00", to: "ny"),
            EngineTests.call(2, "2025-03-10T22:30:00-07:00", to: "ny"),
        ]
        #expect(F.outcome(cap(nil), calls, parties: EngineTests.parties) == .violation)
        #expect(F.outcome(cap("to"), calls, parties: EngineTests.parties) == .satisfied)
    }

    @Test(
        "each call over a frequency cap is a finding citing the max + 1 latest calls of its window, with the window's count",
        arguments: [
            // One person in one zone: the window's start moves forward with the days.
            FrequencyRow(
                per: ["to"],
                calls: [
                    ("b1", "2025-03-10T09:00:00-07:00"), ("b1", "2025-03-10T10:00:00-07:00"), ("b1", "2025-03-10T11:00:00-07:00"),
                    ("b1", "2025-03-11T09:00:00-07:00"), ("b1", "2025-03-11T10:00:00-07:00"), ("b1", "2025-03-11T11:00:00-07:00"),
                    ("b1", "2025-03-11T12:00:00-07:00"),
                ],
                found: [
                    [0, 1, 2]: "3 events within 1 day (at most 2 allowed)", [3, 4, 5]: "3 events within 1 day (at most 2 allowed)",
                    [4, 5, 6]: "4 events within 1 day (at most 2 allowed; the 3 latest are cited)",
                ]),
            // All calls counted together, each in the local days of the person called: 20:30 to 23:30 on 10 Mar in
            // Los Angeles; the New York calls fall on 11 Mar there. The window of the last call (Los Angeles) starts
            // before that of the one before it (New York).
            FrequencyRow(
                per: [],
                calls: [
                    ("b1", "2025-03-10T20:30:00-07:00"), ("ny", "2025-03-10T21:30:00-07:00"), ("ny", "2025-03-10T22:30:00-07:00"),
                    ("ny", "2025-03-10T23:00:00-07:00"), ("b1", "2025-03-10T23:30:00-07:00"),
                ],
                found: [
                    [1, 2, 3]: "3 events within 1 day (at most 2 allowed)",
                    [2, 3, 4]: "5 events within 1 day (at most 2 allowed; the 3 latest are cited)",
                ]),
        ])
    func frequencyEvidence(row: FrequencyRow) {
        let calls = row.calls.enumerated().map { EngineTests.call($0.offset, $0.element.at, to: $0.element.to) }
        let cap = F.rule(
            .frequency(.init(event: F.type("call"), max: 2, window: .init(amount: 1, unit: .days), per: row.per, partyProperty: "to")))
        let report = Evaluator(pack: F.pack([cap])).evaluate(F.testCase(calls, parties: EngineTests.parties), asOf: calls.last!.at)
        #expect(Dictionary(uniqueKeysWithValues: report.findings.map { ($0.events, $0.message) }) == row.found)
    }

    @Test("judging stops with an error once a case gives more findings and obligations than the bound", arguments: [(7, false), (8, true)])
    func maxResults(limit: Int, reports: Bool) {
        // Ten calls in one day against a cap of two a day: eight findings.
        let calls = (0..<10).map { EngineTests.call($0, "2025-03-10T1\($0):00:00-07:00") }
        let evaluator = Evaluator(pack: F.pack([EngineTests.frequency]))
        do throws(EvaluationOptions.Problem) {
            let report = try evaluator.evaluate(F.testCase(calls), asOf: calls[9].at, maxResults: limit)
            #expect(reports)
            #expect(report.findings.count == 8)
        } catch {
            #expect(!reports)
            #expect(error == .tooManyResults(limit: limit, rule: "test.rule"))
        }
    }

    struct FrequencyRow: Sendable, CustomTestStringConvertible {
        let per: [String]
        let calls: [(to: String, at: String)]
        /// The findings' cited events and messages.
        let found: [[Int]: String]
        var testDescription: String { per.isEmpty ? "calls counted together" : "calls counted per person" }
    }
}

@Suite struct PreflightTests {
    typealias F = Fixtures

    static let stay = StateDefinition(
        name: "stay", description: "the stay is in force", openedBy: F.type("bankruptcy_filed"), closedBy: F.type("stay_lifted"), lasts: nil
    )

    static func evaluator() -> Evaluator {
        var forbidden = F.rule(.forbidden(.init(event: F.type("repossession"), during: stay)), id: "test.stay")
        forbidden.stages = [.preflight, .timeline]
        let police = F.rule(EngineTests.deadline.constraint, id: "test.police")
        let pack = try! RulePack(
            name: "test", version: "1", jurisdiction: "test", lawAsOf: nil, contentHash: "0", vocabulary: F.pack([]).vocabulary,
            calendars: [:], states: [:], dayCountingCitation: "test",
            settings: PackSettings(preflightEvent: "repossession", preflightActorRole: "repossession_agency"), rules: [forbidden, police])
        return Evaluator(pack: pack)
    }

    @Test("a planned repossession during a stay is blocked; after relief it is clear with a checklist")
    func decision() throws {
        let events = [F.event(0, "bankruptcy_filed", "2025-06-02T09:30:00-07:00"), F.event(1, "stay_lifted", "2025-07-15T14:00:00-07:00")]
        let parties = [Party(id: "ag", roles: ["repossession_agency"])]
        let blocked = try Self.evaluator().preflight(
            F.testCase(events, parties: parties), plannedAt: F.instant("2025-06-03T01:00:00-07:00"))
        #expect(blocked.decision?.status == .blocked)
        #expect(blocked.decision?.blockingRules == ["test.stay"])
        let clear = try Self.evaluator().preflight(F.testCase(events, parties: parties), plannedAt: F.instant("2025-07-16T01:00:00-07:00"))
        #expect(clear.decision?.status == .clear)
        #expect(clear.findings.isEmpty)
        #expect(clear.obligations.map(\.dueBy) == ["2025-07-16T02:00:00-07:00"])
        #expect(clear.obligations.map(\.status) == [.due])
    }

    @Test("existing violations in the timeline do not block a new dispatch")
    func onlyThePlannedEventBlocks() throws {
        let events = [
            F.event(0, "bankruptcy_filed", "2025-06-02T09:30:00-07:00"), F.event(1, "repossession", "2025-06-03T01:00:00-07:00"),
            F.event(2, "stay_lifted", "2025-07-15T14:00:00-07:00"),
        ]
        let report = try Self.evaluator().preflight(F.testCase(events), plannedAt: F.instant("2025-07-16T01:00:00-07:00"))
        #expect(report.decision?.status == .clear)
    }

    @Test("a pre-flight stops with an error once the case gives more findings and obligations than the bound")
    func maxResults() throws {
        // Three earlier repossessions and the planned one each owe a police report: on the timeline, four
        // obligations and three findings (the earlier reports were never made).
        let events = (0..<3).map { F.event($0, "repossession", "2025-06-0\($0 + 2)T01:00:00-07:00") }
        let planned = F.instant("2025-07-16T01:00:00-07:00")
        #expect(try Self.evaluator().preflight(F.testCase(events), plannedAt: planned, maxResults: 7).obligations.count == 1)
        #expect(throws: Evaluator.PreflightError.evaluation(.tooManyResults(limit: 6, rule: "test.police"))) {
            try Self.evaluator().preflight(F.testCase(events), plannedAt: planned, maxResults: 6)
        }
    }
}
