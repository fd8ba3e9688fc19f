import RepoCheckCore

/// The schedule as an RFC 5545 calendar that common calendar programs import: one `VEVENT` per
/// obligation, with a UID that stays the same on every export so re-importing updates instead of
/// duplicating; CRLF line ends; lines folded at 75 octets; times in the case's zone with its `VTIMEZONE`.
public enum ICalendar {
    /// Renders the obligations of `report` (a `check` report) for `testCase`'s zone.
    public static func render(_ report: Report, zone: Zone) -> String {
        let asOf = instant(report.asOf)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RepoCheck//repocheck \(report.provenance.engineVersion)//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape("RepoCheck \(report.caseID)"),
        ]
        let items = report.obligations.map { Item(obligation: $0, zone: zone) }
        if items.contains(where: { !$0.allDay }), let first = items.map(\.at).min(), let last = items.map(\.at).max() {
            lines += timeZone(zone, from: first.adding(seconds: -400 * 86_400), to: last.adding(seconds: 400 * 86_400))
        }
        for item in items {
            let o = item.obligation
            var hash = SHA256()
            hash.update(Array("\(report.caseID)|\(o.ruleID)|\(o.trigger)|\(o.kind)".utf8))
            lines += ["BEGIN:VEVENT", "UID:\(hash.hexDigest().prefix(32))@repocheck", "DTSTAMP:" + utc(asOf ?? item.at)]
            let date = zone.date(of: item.at)
            if item.allDay {
                lines += ["DTSTART;VALUE=DATE:" + compact(date), "DTEND;VALUE=DATE:" + compact(date.adding(days: 1))]
            } else {
                lines.append("DTSTART;TZID=\(zone.identifier):" + compact(date) + "T" + compact(zone.timeOfDay(of: item.at)))
            }
            let prefix = o.kind == "waiting_period" ? "Not before" : "Due"
            lines.append("SUMMARY:" + escape("\(prefix): \(o.title)"))
            var description = ["\(o.citation)", "Rule: \(o.ruleID)", "Status as of \(report.asOf): \(o.status.rawValue)"]
            if let to = o.to { description.insert("To: \(to)", at: 1) }
            if let other = o.otherReading { description.append("Under the other reading of the law: \(other)") }
            lines += [
                "DESCRIPTION:" + escape(description.joined(separator: "\n")), "CATEGORIES:RepoCheck," + o.status.rawValue.uppercased(),
                "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// One obligation and the instant it is shown at.
    private struct Item {
        let obligation: Obligation
        let at: Instant
        let allDay: Bool

        init(obligation: Obligation, zone: Zone) {
            self.obligation = obligation
            let bound = instant(obligation.dueBy ?? obligation.notBefore) ?? Instant(seconds: 0)
            let date = zone.date(of: bound)
            // A bound at the very end or start of a local day is a whole day: "by the end of 13 May".
            allDay = bound == zone.endOfDay(date) || bound == zone.startOfDay(date)
            at = bound
        }
    }

    /// A `VTIMEZONE` with one `STANDARD` or `DAYLIGHT` part per transition between `start` and `end`.
    static func timeZone(_ zone: Zone, from start: Instant, to end: Instant) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        let transitions = zone.transitions(from: start, to: end)
        if transitions.isEmpty {
            let offset = offsetText(zone.offset(at: start))
            lines += [
                "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:\(offset)", "TZOFFSETTO:\(offset)",
                "TZNAME:" + escape(zone.abbreviation(at: start)), "END:STANDARD",
            ]
        }
        for t in transitions {
            let part = t.isDaylightSaving ? "DAYLIGHT" : "STANDARD"
            // DTSTART is the local time of the change in the offset in force before it.
            let local = t.at.adding(seconds: Int64(t.offsetBefore))
            let date = CivilDate(dayNumber: Int(local.seconds / 86_400))
            let time = TimeOfDayText.hms(Int(local.seconds % 86_400))
            lines += [
                "BEGIN:\(part)", "DTSTART:\(compact(date))T\(time)", "TZOFFSETFROM:\(offsetText(t.offsetBefore))",
                "TZOFFSETTO:\(offsetText(t.offsetAfter))",
                "TZNAME:" + escape(t.abbreviation), "END:\(part)",
            ]
        }
        return lines + ["END:VTIMEZONE"]
    }

    /// Folds a content line at 75 octets (RFC 5545 § 3.1), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = parts.isEmpty ? 75 : 74  // continuation lines start with a space
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    /// Escapes TEXT values (RFC 5545 § 3.3.11).
    static func escape(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll(";", with: "\\;").replacingAll(",", with: "\\,").replacingAll("\n", with: "\\n")
    }

    private static func instant(_ text: String?) -> Instant? {
        guard let text, case .success(let stamp) = RFC3339.parseTimestamp(text) else { return nil }
        return stamp.instant
    }

    private static func compact(_ date: CivilDate) -> String { date.description.replacingAll("-", with: "") }
    private static func compact(_ time: TimeOfDay) -> String { TimeOfDayText.hms(time.secondsOfDay) }

    private static func utc(_ instant: Instant) -> String {
        let date = CivilDate(dayNumber: Int(floorDivide(instant.seconds, 86_400)))
        return compact(date) + "T" + TimeOfDayText.hms(Int(instant.seconds - floorDivide(instant.seconds, 86_400) * 86_400)) + "Z"
    }

    private static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        return sign + TimeOfDayText.two(value / 3600) + TimeOfDayText.two(value / 60 % 60)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
}

/// `HHMMSS` and two-digit numbers for iCalendar values.
enum TimeOfDayText {
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func hms(_ seconds: Int) -> String { two(seconds / 3600) + two(seconds / 60 % 60) + two(seconds % 60) }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
