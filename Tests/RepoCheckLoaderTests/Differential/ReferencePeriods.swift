import RepoCheckCore

/// Where a period ends, as the reference counts it: its last instant (inclusive) and, for periods of
/// days, months or years, its last day.
struct ReferenceEnd: Equatable {
    var last: Instant
    var lastDay: CivilDate?
}

/// § 7 Durations and counting, the obvious way: elapsed seconds for minutes and hours, and one day at a
/// time for days.
extension ReferenceEvaluator {
    func periodEnd(_ counting: Counting, from trigger: Instant, extraDays: Int = 0) -> ReferenceEnd {
        if let seconds = Self.elapsedSeconds(counting.duration) {
            return ReferenceEnd(last: trigger.adding(seconds: elapsedPeriod(counting, from: trigger, base: seconds)), lastDay: nil)
        }
        var last = lastDayBeforeRolling(counting, from: day(trigger)).adding(days: extraDays)
        if let name = counting.rollForward, let roll = pack.counter.calendars[name] {
            while !Self.isOpen(last, on: roll) { last = last.adding(days: 1) }
        }
        return ReferenceEnd(last: zone.startOfDay(last.adding(days: 1)).previous, lastDay: last)
    }

    /// Minutes and hours as seconds; `nil` for units counted on the calendar.
    static func elapsedSeconds(_ duration: Duration) -> Int64? {
        switch duration.unit {
        case .minutes: Int64(duration.amount) * 60
        case .hours: Int64(duration.amount) * 3600
        case .days, .months, .years, .businessDays: nil
        }
    }

    /// The length of an elapsed period: the first `extend_if` entry whose days the base period
    /// encompasses replaces it (an entry whose `within` is not elapsed time leaves the period as it is).
    func elapsedPeriod(_ counting: Counting, from start: Instant, base: Int64) -> Int64 {
        let end = start.adding(seconds: base)
        guard let longer = counting.extensions.first(where: { encompasses($0, counting.encompassing, from: start, to: end) }) else {
            return base
        }
        return Self.elapsedSeconds(longer.duration) ?? base
    }

    /// Whether the period from `start` to `end` encompasses the kinds of days the extension names.
    func encompasses(_ ext: Counting.Extension, _ reading: Counting.Encompassing, from start: Instant, to end: Instant) -> Bool {
        guard let calendar = pack.counter.calendars[ext.calendar] else { return false }
        var weekend = false
        var holiday = false
        var date = day(start)
        while date <= day(end) {
            let whole = zone.startOfDay(date) >= start && zone.startOfDay(date.adding(days: 1)).previous <= end
            if reading == .anyPart || whole {
                if calendar.weekend.contains(date.weekday) { weekend = true }
                if calendar.holiday(on: date) != nil { holiday = true }
            }
            date = date.adding(days: 1)
        }
        let kinds = (ext.weekend ? [weekend] : []) + (ext.holiday ? [holiday] : [])
        if kinds.isEmpty { return false }
        return ext.requireAll ? kinds.allSatisfy { $0 } : kinds.contains(true)
    }

    /// Steps 1–3 (days) or the month arithmetic (months, years): the last day before extension and roll-forward.
    func lastDayBeforeRolling(_ counting: Counting, from first: CivilDate) -> CivilDate {
        let amount = counting.duration.amount
        switch counting.duration.unit {
        case .months, .years:
            let months = counting.duration.unit == .years ? 12 * amount : amount
            return first.adding(months: months).adding(days: counting.start == .sameDay ? -1 : 0)
        case .days, .businessDays, .minutes, .hours:
            // Only business-day units count on a calendar (the loader rejects `calendar` on plain days).
            let calendar = counting.duration.countsBusinessDays ? counting.calendar.flatMap { pack.counter.calendars[$0] } : nil
            let counts = { (date: CivilDate) in calendar.map { Self.isOpen(date, on: $0) } ?? true }
            var date = first
            var counted = counting.start == .sameDay && amount > 0 && counts(first) ? 1 : 0
            while counted < amount {
                date = date.adding(days: 1)
                if counts(date) { counted += 1 }
            }
            return date
        }
    }

    /// A day is open on a calendar unless it is one of its weekend days or holidays.
    static func isOpen(_ date: CivilDate, on calendar: BusinessCalendar) -> Bool {
        !calendar.weekend.contains(date.weekday) && calendar.holiday(on: date) == nil
    }
}
