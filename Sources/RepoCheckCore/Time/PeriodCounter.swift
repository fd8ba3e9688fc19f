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
    /// Longer periods when the base period of hours encompasses weekend days or holidays; the first that
    /// applies wins.
    public var extensions: [Extension]
    /// Which days a period of hours "encompasses".
    public var encompassing: Encompassing

    /// How a day is encompassed by a period of hours.
    public enum Encompassing: String, Hashable, Sendable {
        /// Any part of the local day lies inside the period.
        case anyPart = "any_part"
        /// The whole local day lies inside the period.
        case wholeDay = "whole_day"
    }

    /// A longer period of hours that applies when the base period encompasses certain days
    /// (Cal. Bus. & Prof. Code § 7507.9(e): 72 hours if the 48 encompass a Saturday, Sunday or postal holiday).
    public struct Extension: Hashable, Sendable {
        /// The calendar whose weekend days and holidays count.
        public var calendar: String
        /// Count weekend days of the calendar.
        public var weekend: Bool
        /// Count holidays of the calendar.
        public var holiday: Bool
        /// Whether every kind listed must be encompassed (`all`), or one is enough (`any`).
        public var requireAll: Bool
        /// The period instead.
        public var duration: Duration

        /// Creates an extension.
        public init(calendar: String, weekend: Bool, holiday: Bool, requireAll: Bool, duration: Duration) {
            self.calendar = calendar
            self.weekend = weekend
            self.holiday = holiday
            self.requireAll = requireAll
            self.duration = duration
        }
    }

    /// Creates counting options.
    public init(
        duration: Duration, calendar: String? = nil, rollForward: String? = nil, start: Start = .nextDay, extensions: [Extension] = [],
        encompassing: Encompassing = .anyPart
    ) {
        self.duration = duration
        self.calendar = calendar
        self.rollForward = rollForward
        self.start = start
        self.extensions = extensions
        self.encompassing = encompassing
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
        end(of: counting, from: trigger, in: zone, extraDays: extraDays, trace: TraceRecorder(isRecording: true))
    }

    /// The last instant of the period, as ``end(of:from:in:extraDays:)`` finds it, without writing out the
    /// arithmetic: for questions that need only the bound.
    public func last(of counting: Counting, from trigger: Instant, in zone: Zone, extraDays: Int = 0) -> Instant {
        end(of: counting, from: trigger, in: zone, extraDays: extraDays, trace: TraceRecorder(isRecording: false)).last
    }

    private func end(of counting: Counting, from trigger: Instant, in zone: Zone, extraDays: Int, trace: TraceRecorder) -> PeriodEnd {
        var trace = trace
        trace.add(TraceStep(.trigger, at: RFC3339.format(trigger, in: zone), note: "the period starts"))
        let duration = counting.duration
        switch duration.unit {
        case .minutes, .hours:
            var seconds = duration.elapsedSeconds ?? 0
            var last = trigger.adding(seconds: seconds)
            trace.add(TraceStep(.count, at: RFC3339.format(last, in: zone), note: "\(duration) of elapsed time"))
            if let (longer, days) = applicableExtension(counting, from: trigger, to: last, in: zone, naming: trace.isRecording) {
                seconds = longer.duration.elapsedSeconds ?? seconds
                last = trigger.adding(seconds: seconds)
                let reading = counting.encompassing == .anyPart ? "any part of" : "the whole of"
                trace.add(
                    TraceStep(
                        .extend, at: RFC3339.format(last, in: zone),
                        note: "the \(duration) encompass \(reading) \(days.joined(separator: ", ")): the period is \(longer.duration)"))
            }
            trace.add(TraceStep(.result, at: RFC3339.format(last, in: zone), note: "the period ends at this instant"))
            return PeriodEnd(last: last, lastDay: nil, unrolledLastDay: nil, trace: trace.steps)
        case .days, .businessDays, .months, .years:
            let first = zone.date(of: trigger)
            var day = first
            let calendar = duration.countsBusinessDays ? counting.calendar.flatMap { calendars[$0] } : nil
            trace.add(TraceStep(.count, at: first.description, note: countNote(duration, on: calendar, start: counting.start)))
            var remaining = duration.unit == .days || duration.countsBusinessDays ? duration.amount : 0
            if duration.unit == .months || duration.unit == .years {
                let months = duration.amount * (duration.unit == .years ? 12 : 1)
                day = first.adding(months: months).adding(days: counting.start == .sameDay ? -1 : 0)
            }
            if counting.start == .sameDay, remaining > 0 {
                if calendar.map({ $0.isBusinessDay(day) }) ?? true { remaining -= 1 }
            }
            while remaining > 0 {
                day = day.adding(days: 1)
                if let calendar, let closure = calendar.closure(on: day) {
                    trace.add(TraceStep(.skip, at: day.description, note: "\(closed(day, closure)): not counted"))
                } else {
                    remaining -= 1
                }
            }
            if extraDays > 0 {
                day = day.adding(days: extraDays)
                trace.add(TraceStep(.extend, at: day.description, note: "extended by \(extraDays) days"))
            }
            let unrolled = day
            trace.add(TraceStep(.lastDay, at: day.description, note: "\(weekdayName(day)): the last day"))
            if let rollName = counting.rollForward, let roll = calendars[rollName] {
                while let closure = roll.closure(on: day) {
                    let next = day.adding(days: 1)
                    trace.add(TraceStep(.rollForward, at: next.description, note: rollForwardNote(day, closure, to: next, on: roll)))
                    day = next
                }
            }
            let last = zone.endOfDay(day)
            trace.add(
                TraceStep(.result, at: RFC3339.format(last, in: zone), note: "the period ends at the end of \(weekdayName(day)) \(day)"))
            return PeriodEnd(last: last, lastDay: day, unrolledLastDay: unrolled, trace: trace.steps)
        }
    }

    private func weekdayName(_ date: CivilDate) -> String { date.weekday.name }

    /// How days are counted, for the trace.
    private func countNote(_ duration: Duration, on calendar: BusinessCalendar?, start: Counting.Start) -> String {
        var label = duration.description
        if let calendar { label += " on the \(calendar.name) calendar (\(calendar.citation))" }
        let startNote =
            start == .nextDay
            ? "the day of the trigger is excluded and the last day included (\(dayCountingCitation))"
            : "the day of the trigger is day one"
        return "count \(label); \(startNote)"
    }

    /// Why a last day moves forward, for the trace.
    private func rollForwardNote(_ day: CivilDate, _ closure: String, to next: CivilDate, on roll: BusinessCalendar) -> String {
        var note = "\(closed(day, closure)), not a business day: the last day moves to \(next)"
        if let citation = roll.rollForwardCitation { note += " (\(citation))" }
        return note
    }

    /// The first extension whose days the period from `start` to `end` encompasses, with those days named
    /// when `naming` is set.
    private func applicableExtension(_ counting: Counting, from start: Instant, to end: Instant, in zone: Zone, naming: Bool)
        -> (Counting.Extension, [String])?
    {
        let (firstDay, lastDay) = (zone.date(of: start), zone.date(of: end))
        for extensionRule in counting.extensions {
            guard let calendar = calendars[extensionRule.calendar] else { continue }
            // How many days of each kind, and their names when naming.
            var (weekendDays, holidays) = (0, 0)
            var (weekendNames, holidayNames): ([String], [String]) = ([], [])
            var day = firstDay
            while day <= lastDay {
                let encompassed =
                    counting.encompassing == .anyPart || (zone.startOfDay(day) >= start && zone.endOfDay(day) <= end)
                if encompassed, extensionRule.weekend, calendar.weekend.contains(day.weekday) {
                    weekendDays += 1
                    if naming { weekendNames.append("\(weekdayName(day)) \(day)") }
                }
                if encompassed, extensionRule.holiday, let name = calendar.holiday(on: day) {
                    holidays += 1
                    if naming { holidayNames.append("\(name) \(day)") }
                }
                day = day.adding(days: 1)
            }
            let kinds = [extensionRule.weekend ? weekendDays > 0 : nil, extensionRule.holiday ? holidays > 0 : nil].compactMap { $0 }
            let applies = extensionRule.requireAll ? kinds.allSatisfy { $0 } : kinds.contains(true)
            if applies, !kinds.isEmpty { return (extensionRule, weekendNames + holidayNames) }
        }
        return nil
    }

    /// `Saturday`, or `Thursday, Thanksgiving Day` when the day is closed for a holiday.
    private func closed(_ date: CivilDate, _ closure: String) -> String {
        closure == weekdayName(date) ? closure : "\(weekdayName(date)), \(closure)"
    }
}

/// The steps of deadline arithmetic, written out only when recording: most questions need the bound alone.
private struct TraceRecorder {
    let isRecording: Bool
    private(set) var steps: [TraceStep] = []

    init(isRecording: Bool) { self.isRecording = isRecording }

    mutating func add(_ step: @autoclosure () -> TraceStep) {
        if isRecording { steps.append(step()) }
    }
}
