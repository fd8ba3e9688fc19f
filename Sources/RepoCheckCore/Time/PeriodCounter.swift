/// How a period is counted: the options a rule can set on `deadline` and `waiting_period`.
public struct Counting: Hashable, Sendable {
    /// Where day counting starts.
    public enum Start: String, Hashable, Sendable {
        /// The trigger's day is excluded and the last day included (Cal. Civ. Proc. Code § 12).
        case nextDay = "next_day"
        /// The trigger's day is day one (12 CFR 1006.14(b)(2)(i)(B)).
        case sameDay = "same_day"
    }

    /// The period's length.
    public var duration: Duration
    /// The calendar whose business days are counted (business-day units only).
    public var calendar: String?
    /// The calendar on which a last day that is not a business day rolls forward, if the law says so.
    public var rollForward: String?
    /// Where day counting starts.
    public var start: Start

    /// Creates counting options.
    public init(duration: Duration, calendar: String? = nil, rollForward: String? = nil, start: Start = .nextDay) {
        self.duration = duration
        self.calendar = calendar
        self.rollForward = rollForward
        self.start = start
    }
}

/// The end of a period: its last instant, its last day when counted in days, and how it was found.
public struct PeriodEnd: Hashable, Sendable {
    /// The last instant of the period (inclusive).
    public let last: Instant
    /// The last day, for periods counted in days (after any roll-forward).
    public let lastDay: CivilDate?
    /// The last day before any roll-forward.
    public let unrolledLastDay: CivilDate?
    /// The arithmetic, step by step.
    public let trace: [TraceStep]
}

/// Computes where periods end, the California way, against the pack's calendars.
public struct PeriodCounter: Sendable {
    /// The calendars by name.
    public let calendars: [String: BusinessCalendar]
    /// The law cited for excluding the first day and including the last.
    public let dayCountingCitation: String

    /// Creates a counter over `calendars`.
    public init(calendars: [String: BusinessCalendar], dayCountingCitation: String) {
        self.calendars = calendars
        self.dayCountingCitation = dayCountingCitation
    }

    /// The end of a period of `counting` that starts at `trigger`, in `zone`.
    ///
    /// Hours and minutes are elapsed time on the time line. Days are counted on local dates:
    /// by default the trigger's day is excluded and the last day included; business days skip
    /// weekends and holidays of the named calendar; a last day that is not a business day on the
    /// `rollForward` calendar moves to the next one that is.
    public func end(of counting: Counting, from trigger: Instant, in zone: Zone, extraDays: Int = 0) -> PeriodEnd {
        var trace = [TraceStep(.trigger, at: RFC3339.format(trigger, in: zone), note: "the period starts")]
        let duration = counting.duration
        switch duration.unit {
        case .minutes, .hours:
            let seconds = Int64(duration.amount) * (duration.unit == .hours ? 3600 : 60)
            let last = trigger.adding(seconds: seconds)
            trace.append(TraceStep(.count, at: RFC3339.format(last, in: zone), note: "\(duration) of elapsed time"))
            trace.append(TraceStep(.result, at: RFC3339.format(last, in: zone), note: "the period ends at this instant"))
            return PeriodEnd(last: last, lastDay: nil, unrolledLastDay: nil, trace: trace)
        case .days, .businessDays:
            let first = zone.date(of: trigger)
            var day = first
            let startNote =
                counting.start == .nextDay
                ? "the day of the trigger is excluded and the last day included (\(dayCountingCitation))"
                : "the day of the trigger is day one"
            let calendar = counting.calendar.flatMap { calendars[$0] }
            var label = duration.description
            if let calendar { label += " on the \(calendar.name) calendar (\(calendar.citation))" }
            trace.append(TraceStep(.count, at: first.description, note: "count \(label); \(startNote)"))
            var remaining = duration.amount
            if counting.start == .sameDay, remaining > 0 {
                if calendar.map({ $0.isBusinessDay(day) }) ?? true { remaining -= 1 }
            }
            while remaining > 0 {
                day = day.adding(days: 1)
                if let calendar, let closure = calendar.closure(on: day) {
                    trace.append(TraceStep(.skip, at: day.description, note: "\(closed(day, closure)): not counted"))
                } else {
                    remaining -= 1
                }
            }
            if extraDays > 0 {
                day = day.adding(days: extraDays)
                trace.append(TraceStep(.extend, at: day.description, note: "extended by \(extraDays) days"))
            }
            let unrolled = day
            trace.append(TraceStep(.lastDay, at: day.description, note: "\(weekdayName(day)): the last day"))
            if let rollName = counting.rollForward, let roll = calendars[rollName] {
                while let closure = roll.closure(on: day) {
                    let next = day.adding(days: 1)
                    var note = "\(closed(day, closure)), not a business day: the last day moves to \(next)"
                    if let citation = roll.rollForwardCitation { note += " (\(citation))" }
                    trace.append(TraceStep(.rollForward, at: next.description, note: note))
                    day = next
                }
            }
            let last = zone.endOfDay(day)
            trace.append(
                TraceStep(.result, at: RFC3339.format(last, in: zone), note: "the period ends at the end of \(weekdayName(day)) \(day)"))
            return PeriodEnd(last: last, lastDay: day, unrolledLastDay: unrolled, trace: trace)
        }
    }

    private func weekdayName(_ date: CivilDate) -> String { date.weekday.name }

    /// `Saturday`, or `Thursday, Thanksgiving Day` when the day is closed for a holiday.
    private func closed(_ date: CivilDate, _ closure: String) -> String {
        closure == weekdayName(date) ? closure : "\(weekdayName(date)), \(closure)"
    }
}
