import Testing

@testable import RepoCheckCore

/// The DSL's extensions: months, periods of hours that encompass weekends and holidays, per-party
/// deadlines, joint notices, state tails, time-windowed `has_event`, decisive facts, consequences.
@Suite struct DSLExtensionTests {
    typealias F = Fixtures

    @Test(
        "adding months keeps the day, or takes the month's last day",
        arguments: [
            ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
            ("2025-03-31", -1, "2025-02-28"),
            ("2025-12-15", 1, "2026-01-15"), ("2025-01-15", -13, "2023-12-15"), ("2025-05-13", 0, "2025-05-13"),
        ])
    func months(start: String, months: Int, expected: String) {
        #expect(F.date(start).adding(months: months).description == expected)
    }

    /// Cal. Bus. & Prof. Code § 7507.9(e): 48 hours; 72 if they encompass a weekend day or a holiday;
    /// 96 if both. The test calendar has Juneteenth (Thu 19 Jun 2025) as a holiday.
    static func inventory(_ reading: Counting.Encompassing = .anyPart) -> Counting {
        Counting(
            duration: .init(amount: 48, unit: .hours),
            extensions: [
                .init(calendar: "test-court", weekend: true, holiday: true, requireAll: true, duration: .init(amount: 96, unit: .hours)),
                .init(calendar: "test-court", weekend: true, holiday: true, requireAll: false, duration: .init(amount: 72, unit: .hours)),
            ], encompassing: reading)
    }

    @Test(
        "48/72/96 hours by the days the 48 hours encompass",
        arguments: [
            ("Tue 10 Jun: no weekend, no holiday", "2025-06-10T10:00:00-07:00", Counting.Encompassing.anyPart, "2025-06-12T10:00:00-07:00"),
            ("Thu 12 Jun: part of Saturday", "2025-06-12T10:00:00-07:00", .anyPart, "2025-06-15T10:00:00-07:00"),
            (
                "Thu 12 Jun, whole-day reading: Saturday only partly inside", "2025-06-12T10:00:00-07:00", .wholeDay,
                "2025-06-14T10:00:00-07:00"
            ),
            ("Tue 17 Jun: part of Juneteenth", "2025-06-17T10:00:00-07:00", .anyPart, "2025-06-20T10:00:00-07:00"),
            ("Wed 18 Jun: all of Juneteenth", "2025-06-18T10:00:00-07:00", .wholeDay, "2025-06-21T10:00:00-07:00"),
            ("Thu 19 Jun: Juneteenth and Saturday", "2025-06-19T10:00:00-07:00", .anyPart, "2025-06-23T10:00:00-07:00"),
            ("Fri 13 Jun 00:00: the whole Saturday, no holiday", "2025-06-13T00:00:00-07:00", .wholeDay, "2025-06-16T00:00:00-07:00"),
        ])
    func encompassing(note: String, trigger: String, reading: Counting.Encompassing, due: String) {
        let end = F.counter.end(of: Self.inventory(reading), from: F.instant(trigger), in: F.zone)
        #expect(RFC3339.format(end.last, in: F.zone) == due, "\(note)")
    }

    @Test("an act early by default but in time by the other reading of a waiting period in hours is interpretation-dependent")
    func hourWaitingPeriodOtherReading() throws {
        // From Thu 12 Jun 10:00 the 48 hours touch Saturday: 72 hours by default (Sun 15 Jun 10:00), 48 by the
        // whole-day reading (Sat 14 Jun 10:00). A period of hours has run at its last instant, under both readings.
        let wait = Constraint.WaitingPeriod(
            after: F.type("repossession"), restricted: F.type("vehicle_sold"), counting: Self.inventory(),
            alternative: Self.inventory(.wholeDay))
        let events = [F.event(0, "repossession", "2025-06-12T10:00:00-07:00"), F.event(1, "vehicle_sold", "2025-06-14T10:00:00-07:00")]
        let report = Evaluator(pack: F.pack([F.rule(.waitingPeriod(wait))])).evaluate(F.testCase(events), asOf: F.instant("2025-06-20"))
        #expect(report.obligations.first?.otherReading == "2025-06-14T10:00:00-07:00")
        let interpretation = try #require(report.findings.first?.interpretation)
        #expect(interpretation.defaultReading == "2025-06-15T10:00:00-07:00")
        #expect(interpretation.otherReading == "2025-06-14T10:00:00-07:00")
    }

    @Test("a deadline's `same` facts pick, for each trigger, the events that share them")
    func sameFacts() {
        let rule = F.rule(
            .deadline(
                .init(
                    trigger: F.type("repossession"), required: F.type("notice_sent"),
                    counting: Counting(duration: .init(amount: 10, unit: .days)), same: ["vehicle"])))
        // Two vehicles taken the same day; the notice for the second comes first, the one for the first late.
        let events = [
            F.event(0, "repossession", "2025-03-14T02:10:00-07:00", ["vehicle": .scalar("A")]),
            F.event(1, "repossession", "2025-03-14T03:10:00-07:00", ["vehicle": .scalar("B")]),
            F.event(2, "notice_sent", "2025-03-16T10:00:00-07:00", ["vehicle": .scalar("B")]),
            F.event(3, "notice_sent", "2025-04-10T10:00:00-07:00", ["vehicle": .scalar("A")]),
        ]
        let report = Evaluator(pack: F.pack([rule])).evaluate(F.testCase(events), asOf: F.instant("2025-06-01"))
        #expect(report.obligations.map(\.trigger) == [0, 1])
        #expect(report.obligations.map(\.fulfilledBy) == [3, 2])
        #expect(report.obligations.map(\.status) == [.late, .satisfied])
    }

    @Test("a per-party deadline is owed to each person and judged for each")
    func perParty() {
        var deadline = Constraint.Deadline(
            trigger: F.type("repossession"), required: F.type("notice_sent"), counting: Counting(duration: .init(amount: 60, unit: .days)))
        deadline.perParty = .init(roles: ["buyer", "co_buyer"])
        let rule = F.rule(.deadline(deadline))
        let parties = [Party(id: "b1", roles: ["buyer"]), Party(id: "b2", roles: ["co_buyer"]), Party(id: "h", roles: ["holder"])]
        let events = [
            F.event(0, "repossession", "2025-03-14T02:10:00-07:00"),
            F.event(1, "notice_sent", "2025-03-20", ["to": .list([.scalar("b1")])]),
            F.event(2, "notice_sent", "2025-05-20", ["to": .scalar("b2")]),
        ]
        let report = Evaluator(pack: F.pack([rule])).evaluate(F.testCase(events, parties: parties), asOf: F.instant("2025-06-01"))
        #expect(report.obligations.map(\.to) == ["b1 (buyer)", "b2 (co_buyer)"])
        #expect(report.obligations.map(\.status) == [.satisfied, .late])
        #expect(
            report.findings.map(\.message) == [
                "done for b2 7 days late: due by 2025-05-13T23:59:59.999999999-07:00, done at 2025-05-20T00:00:00-07:00"
            ])
    }

    @Test(
        "one notice serves a married couple at one address",
        arguments: [("1 Main St", "1 Main St", RuleExample.Expectation.satisfied), ("1 Main St", "9 Oak Ave", .violation)])
    func joint(first: String, second: String, expect: RuleExample.Expectation) {
        let rule = F.rule(
            .recipients(.init(event: F.type("notice_sent"), roles: ["buyer", "co_buyer"], joint: .init(link: "spouse", same: ["address"]))))
        let parties = [
            Party(id: "b1", roles: ["buyer"], properties: ["spouse": .scalar("b2"), "address": .scalar(first)]),
            Party(id: "b2", roles: ["co_buyer"], properties: ["spouse": .scalar("b1"), "address": .scalar(second)]),
        ]
        #expect(F.outcome(rule, [F.event(0, "notice_sent", "2025-03-20", ["to": .scalar("b1")])], parties: parties) == expect)
    }

    @Test(
        "a state with a tail holds for the tail after its closing event",
        arguments: [
            ("2025-10-11T23:59:59-07:00", RuleExample.Expectation.violation), ("2025-10-12T00:00:00-07:00", .satisfied),
        ])
    func tail(repossession: String, expect: RuleExample.Expectation) {
        // Service ends Fri 13 Jun 2025; the 120 days run through Sat 11 Oct 2025 (17 + 31 + 31 + 30 + 11).
        let service = StateDefinition(
            name: "service", description: "in military service or the 120 days after", openedBy: F.type("bankruptcy_filed"),
            closedBy: F.type("stay_lifted"), lasts: nil, tail: Counting(duration: .init(amount: 120, unit: .days)))
        let rule = F.rule(.forbidden(.init(event: F.type("repossession"), during: service)))
        let events = [
            F.event(0, "bankruptcy_filed", "2025-01-06"), F.event(1, "stay_lifted", "2025-06-13T17:00:00-07:00"),
            F.event(2, "repossession", repossession),
        ]
        #expect(F.outcome(rule, events) == expect)
    }

    @Test(
        "has_event_within looks back only as far as the period",
        arguments: [
            ("2025-03-01", RuleExample.Expectation.satisfied), ("2024-03-14", .satisfied), ("2024-03-13", .violation),
        ])
    func hasEventWithin(request: String, expect: RuleExample.Expectation) {
        let rule = F.rule(
            .gate(
                .init(
                    at: F.type("repossession"),
                    require: .hasEventWithin(F.type("assignment_received"), Counting(duration: .init(amount: 1, unit: .years))))))
        let events = [F.event(0, "assignment_received", request), F.event(1, "repossession", "2025-03-14T02:10:00-07:00")]
        #expect(F.outcome(rule, events) == expect)
    }

    @Test(
        "an event that lacks a decisive fact is unproven, not a violation",
        arguments: [
            (nil as String?, RuleExample.Expectation.unproven), ("email", .violation), ("certified_mail", .satisfied),
        ])
    func facts(method: String?, expect: RuleExample.Expectation) {
        var rule = F.rule(
            .forbidden(
                .init(
                    event: .conditions([
                        Condition(path: ["type"], matcher: .equals("notice_sent")),
                        Condition(path: ["method"], matcher: .not(.oneOf(["personal_service", "certified_mail", "first_class_mail"]))),
                    ]))))
        rule.facts = ["method"]
        let properties: ValueMap = method.map { ["method": .scalar($0)] } ?? [:]
        #expect(F.outcome(rule, [F.event(0, "notice_sent", "2025-03-20", properties)]) == expect)
    }

    @Test("an hour deadline met by an event with a date but no time is unproven")
    func dateOnly() {
        let rule = EngineTests.deadline
        let events = [F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "police_notified", "2025-03-14")]
        #expect(F.outcome(rule, events) == .unproven)
    }

    @Test("violations carry the rule's consequence, and the summary counts the effects")
    func consequences() {
        var rule = EngineTests.deadline
        rule.consequence = Consequence(summary: "No deficiency.", effects: ["deficiency_barred"])
        let events = [F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "police_notified", "2025-03-14T04:00:00-07:00")]
        let report = Evaluator(pack: F.pack([rule])).evaluate(F.testCase(events), asOf: F.instant("2025-03-15"))
        #expect(report.findings.first?.consequence?.effects == ["deficiency_barred"])
        #expect(report.summary.consequences == ["deficiency_barred": 1])
    }
}

/// Fixes for problems found while documenting the DSL.
@Suite struct EdgeCaseTests {
    typealias F = Fixtures

    @Test(
        "a waiting period of hours allows the act exactly when the period ends",
        arguments: [
            ("2025-03-14T03:10:00-07:00", RuleExample.Expectation.satisfied), ("2025-03-14T03:09:59-07:00", .violation),
        ])
    func hourWait(sale: String, expect: RuleExample.Expectation) {
        let rule = F.rule(
            .waitingPeriod(
                .init(
                    after: F.type("notice_sent"), restricted: F.type("vehicle_sold"),
                    counting: Counting(duration: .init(amount: 1, unit: .hours)))))
        #expect(F.outcome(rule, [F.event(0, "notice_sent", "2025-03-14T02:10:00-07:00"), F.event(1, "vehicle_sold", sale)]) == expect)
    }

    @Test(
        "an extension request lengthens the waiting period of each trigger whose period it falls in, and only those",
        arguments: [
            ("the sale inside the first notice's extension", "2025-03-09T10:00:00-08:00", RuleExample.Expectation.violation),
            ("the sale inside the second notice's extension", "2025-03-20T10:00:00-07:00", .violation),
            ("the sale after both", "2025-03-23T10:00:00-07:00", .satisfied),
        ])
    func extensionRequests(note: String, sale: String, expect: RuleExample.Expectation) {
        let rule = F.rule(
            .waitingPeriod(
                .init(
                    after: F.type("notice_sent"), restricted: F.type("vehicle_sold"),
                    counting: Counting(duration: .init(amount: 5, unit: .days)), extendedBy: F.type("extension_requested"),
                    extensionPeriod: .init(amount: 5, unit: .days))))
        // The notice of 1 Mar has its period extended by the request of 3 Mar (to 11 Mar), not by that of 8 Mar,
        // which is after its period; the notice of 10 Mar has its own extended by the request of 12 Mar (to 20 Mar).
        let events = [
            F.event(0, "notice_sent", "2025-03-01T10:00:00-08:00"), F.event(1, "extension_requested", "2025-03-03T10:00:00-08:00"),
            F.event(2, "extension_requested", "2025-03-08T10:00:00-08:00"), F.event(3, "notice_sent", "2025-03-10T10:00:00-07:00"),
            F.event(4, "extension_requested", "2025-03-12T10:00:00-07:00"), F.event(5, "vehicle_sold", sale),
        ]
        #expect(F.outcome(rule, events, asOf: "2025-04-01") == expect, "\(note)")
    }

    @Test("an exception event in time discharges a deadline even when the act came late")
    func unlessBeatsLate() {
        var deadline = Constraint.Deadline(
            trigger: F.type("repossession"), required: F.type("police_notified"),
            counting: Counting(duration: .init(amount: 1, unit: .hours)))
        deadline.unless = F.type("objection")
        let events = [
            F.event(0, "repossession", "2025-03-14T02:10:00-07:00"), F.event(1, "objection", "2025-03-14T02:20:00-07:00"),
            F.event(2, "police_notified", "2025-03-14T05:00:00-07:00"),
        ]
        #expect(F.outcome(F.rule(.deadline(deadline)), events) == .satisfied)
    }

    @Test("a time-of-day window may run over midnight", arguments: [("23:30", true), ("05:59", true), ("06:01", false), ("21:59", false)])
    func overnight(time: String, inside: Bool) {
        let window = Constraint.TimeOfDayWindow(
            event: F.type("call"), from: TimeOfDay(hour: 22, minute: 0)!, to: TimeOfDay(hour: 6, minute: 0)!)
        let parts = time.split(separator: ":").map { Int($0)! }
        #expect(window.contains(TimeOfDay(hour: parts[0], minute: parts[1])!) == inside)
    }

    @Test("`N days` counts every day even when a calendar is named; only business-day units skip closed days")
    func daysIgnoreCalendar() {
        let counting = Counting(duration: .init(amount: 5, unit: .days), calendar: "test-court")
        let end = F.counter.end(of: counting, from: F.instant("2025-03-27"), in: F.zone)
        #expect(end.lastDay?.description == "2025-04-01")
    }

    @Test("UTC reads as UTC")
    func utc() {
        #expect(Zone(identifier: "UTC")!.abbreviation(at: Instant(seconds: 0)) == "UTC")
    }
}
