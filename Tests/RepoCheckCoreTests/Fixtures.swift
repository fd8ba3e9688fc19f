@testable import RepoCheckCore

/// Small builders for engine tests. The calendar here is test data, not law: the real calendars
/// live in `rules/calendars/` and are tested through the loader.
enum Fixtures {
    static let zone = Zone(identifier: "America/Los_Angeles")!

    /// Weekends plus three holidays that the law's calendars also have, enough to exercise the machinery.
    static let courtCalendar = BusinessCalendar(
        name: "test-court", title: "Test court days", citation: "test", rollForwardCitation: "Code Civ. Proc. § 12a",
        weekend: [.saturday, .sunday],
        holidays: [
            HolidayRule(name: "Cesar Chavez Day", citation: "test", placement: .fixed(month: 3, day: 31)),
            HolidayRule(name: "Juneteenth", citation: "test", placement: .fixed(month: 6, day: 19), fromYear: 2023),
            HolidayRule(name: "Thanksgiving Day", citation: "test", placement: .nthWeekday(ordinal: 4, weekday: .thursday, month: 11)),
            HolidayRule(
                name: "Day after Thanksgiving", citation: "test", placement: .nthWeekday(ordinal: 4, weekday: .thursday, month: 11),
                plusDays: 1),
        ])

    static let counter = PeriodCounter(calendars: ["test-court": courtCalendar], dayCountingCitation: "Code Civ. Proc. § 12")

    static func instant(_ text: String) -> Instant {
        if text.count == 10 { return zone.startOfDay(try! RFC3339.parseDate(text).get()) }
        return try! RFC3339.parseTimestamp(text).get().instant
    }

    static func date(_ text: String) -> CivilDate { try! RFC3339.parseDate(text).get() }

    static func type(_ name: String) -> EventPattern { .conditions([Condition(path: ["type"], matcher: .equals(name))]) }

    static func event(_ index: Int, _ type: String, _ at: String, _ properties: ValueMap = [:]) -> Event {
        Event(index: index, type: type, at: instant(at), isDateOnly: at.count == 10, properties: properties)
    }

    static func pack(_ rules: [Rule], states: [String: StateDefinition] = [:]) -> RulePack {
        let types = [
            "repossession", "police_notified", "notice_sent", "vehicle_sold", "call", "objection", "bankruptcy_filed",
            "stay_lifted", "assignment_received", "extension_requested",
        ]
        return try! RulePack(
            name: "test", version: "1", jurisdiction: "test", lawAsOf: nil, contentHash: "0",
            vocabulary: Vocabulary(eventTypes: Dictionary(uniqueKeysWithValues: types.map { ($0, .init(description: $0)) })),
            calendars: ["test-court": courtCalendar], states: states, dayCountingCitation: "Code Civ. Proc. § 12", rules: rules)
    }

    static func rule(_ constraint: Constraint, id: String = "test.rule", from: String? = nil) -> Rule {
        Rule(id: id, title: "test", citation: "test", severity: .high, effectiveFrom: from.map(date), constraint: constraint)
    }

    static func testCase(_ events: [Event], parties: [Party] = []) -> Case {
        Case(id: "T", zone: zone, contract: .map(["type": .scalar("conditional_sale")]), parties: parties, events: events)
    }

    /// What `rule` produces for `events` as of `asOf` (default: the last event).
    static func outcome(
        _ rule: Rule, _ events: [Event], asOf: String? = nil, parties: [Party] = [], states: [String: StateDefinition] = [:]
    )
        -> RuleExample.Expectation
    {
        let evaluator = Evaluator(pack: pack([rule], states: states))
        let example = RuleExample(
            name: "t", testCase: testCase(events, parties: parties), asOf: asOf.map(instant), expect: .satisfied, location: nil)
        return ExampleRunner(evaluator: evaluator).run(Rule(copying: rule, examples: [example]))[0].actual
    }
}

extension Rule {
    init(copying rule: Rule, examples: [RuleExample]) {
        self = rule
        self.examples = examples
    }
}
