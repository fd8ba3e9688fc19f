import RepoCheckCore
import Testing

/// Moving a whole case by whole weeks moves every bound by the same amount and changes no finding, as long
/// as nothing the law pins to the calendar lies in the case's span: no holiday, no DST change, no date a rule
/// takes effect or ends.
///
/// Rules that count calendar months or years, or compare a fact with a fixed date, are left out: a month
/// after January 28 is February 28, a month after February 4 is March 4, so those bounds legitimately do not
/// move by whole weeks.
@Suite struct WeekShiftPropertyTests {
    static let weekShifts = [-52, -9, -2, -1, 1, 3, 26]

    /// The rules whose results cannot depend on where in the calendar a case lies, other than through
    /// holidays, DST changes and their own effective dates.
    static let rules: [Rule] = PackFixture.pack.rules.filter { rule in
        !mentionsCalendarAnchors(rule.constraint) && !mentionsCalendarAnchors(rule.appliesWhen)
    }

    /// Whether `value` holds a duration of months or years, a comparison with a fixed date, or a state
    /// whose definition does.
    static func mentionsCalendarAnchors(_ value: Any) -> Bool {
        if let duration = value as? Duration {
            switch duration.unit {
            case .months, .years: return true
            case .minutes, .hours, .days, .businessDays: return false
            }
        }
        if let matcher = value as? Matcher, case .compare(_, .date) = matcher { return true }
        if let predicate = value as? Predicate, case .inState(let name) = predicate {
            return PackFixture.pack.states[name].map(mentionsCalendarAnchors) ?? false
        }
        return Mirror(reflecting: value).children.contains { mentionsCalendarAnchors($0.value) }
    }

    /// The local days from the first event (or as-of) to the last bound, a week either side.
    static func span(of testCase: Case, asOf: Instant, report: Report) -> ClosedRange<Instant>? {
        let bounds = report.obligations.flatMap { [CaseShift.instant($0.dueBy), CaseShift.instant($0.notBefore)] }.compactMap { $0 }
        let instants = testCase.events.map(\.at) + [asOf] + bounds
        guard let first = instants.min(), let last = instants.max() else { return nil }
        return first.adding(seconds: -CaseShift.secondsPerWeek)...last.adding(seconds: CaseShift.secondsPerWeek)
    }

    /// Whether `span` is free of holidays of every calendar of the pack and of DST changes in every zone
    /// of the case.
    static func isQuiet(_ span: ClosedRange<Instant>, _ testCase: Case) -> Bool {
        let zones = [testCase.zone] + testCase.parties.compactMap(\.zone)
        guard zones.allSatisfy({ $0.transitions(from: span.lowerBound, to: span.upperBound).isEmpty }) else { return false }
        let (first, last) = (testCase.zone.date(of: span.lowerBound), testCase.zone.date(of: span.upperBound))
        return (first.dayNumber...last.dayNumber).allSatisfy { day in
            PackFixture.pack.counter.calendars.values.allSatisfy { $0.holiday(on: CivilDate(dayNumber: day)) == nil }
        }
    }

    /// Whether some rule kept comes into force or ends between the two dates.
    static func crossesEffectiveDate(_ first: CivilDate, _ last: CivilDate) -> Bool {
        rules.contains { rule in
            [rule.effectiveFrom, rule.effectiveTo?.adding(days: 1)].contains { $0.map { first < $0 && $0 <= last } ?? false }
        }
    }

    /// What a finding is about, without its times.
    static func essence(_ finding: Finding) -> String { "\(finding.ruleID) \(finding.kind) \(finding.events)" }

    @Test("shifting a case by whole weeks shifts every bound by as much and keeps every finding")
    func weekShift() {
        let evaluator = Evaluator(pack: PackFixture.pack)
        var qualified = 0
        var casesQualified = Set<String>()
        var obligationsCompared = 0
        var findingsCompared = 0
        for (name, testCase, asOf) in PropertyTests.cases {
            let report = evaluator.evaluate(testCase, asOf: asOf, rules: Self.rules)
            guard let span = Self.span(of: testCase, asOf: asOf, report: report), Self.isQuiet(span, testCase) else { continue }
            for weeks in Self.weekShifts {
                let seconds = Int64(weeks) * CaseShift.secondsPerWeek
                let movedSpan = span.lowerBound.adding(seconds: seconds)...span.upperBound.adding(seconds: seconds)
                let zone = testCase.zone
                let whole = min(span.lowerBound, movedSpan.lowerBound)...max(span.upperBound, movedSpan.upperBound)
                guard Self.isQuiet(movedSpan, testCase),
                    !Self.crossesEffectiveDate(zone.date(of: whole.lowerBound), zone.date(of: whole.upperBound))
                else { continue }
                qualified += 1
                findingsCompared += report.findings.count
                casesQualified.insert(name)
                let moved = evaluator.evaluate(
                    CaseShift.shifted(testCase, weeks: weeks), asOf: asOf.adding(seconds: seconds), rules: Self.rules)
                #expect(moved.findings.map(Self.essence) == report.findings.map(Self.essence), "\(name), \(weeks) weeks")
                #expect(moved.obligations.count == report.obligations.count, "\(name), \(weeks) weeks")
                for (before, after) in zip(report.obligations, moved.obligations) {
                    obligationsCompared += 1
                    #expect(
                        [after.ruleID, after.kind, after.status.rawValue] == [before.ruleID, before.kind, before.status.rawValue],
                        "\(name), \(weeks) weeks")
                    #expect([after.trigger, after.fulfilledBy] == [before.trigger, before.fulfilledBy], "\(name), \(weeks) weeks")
                    for (old, new) in [
                        (before.dueBy, after.dueBy), (before.notBefore, after.notBefore), (before.otherReading, after.otherReading),
                    ] {
                        #expect(
                            CaseShift.instant(new) == CaseShift.instant(old).map { $0.adding(seconds: seconds) }, "\(name), \(weeks) weeks")
                    }
                }
            }
        }
        print(
            "week shift: \(casesQualified.count) of \(PropertyTests.cases.count) cases, \(qualified) shifts, \(obligationsCompared) obligations, \(findingsCompared) findings"
        )
        // Most rule examples sit on a boundary the law draws (a holiday, a DST night, an effective date) on purpose.
        #expect(casesQualified.count >= 35)
        #expect(obligationsCompared >= 80)
        #expect(findingsCompared >= 40)
    }
}
