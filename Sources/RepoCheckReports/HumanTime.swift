import RepoCheckCore

/// Times as people read them in a report: `Fri 14 Mar 2025 03:10 PDT`, `Tue 13 May 2025`.
enum HumanTime {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A report timestamp in `zone`; a bound that is the last instant of a day reads as "end of" that day.
    static func format(_ rfc3339: String?, in zone: Zone) -> String {
        guard let rfc3339, case .success(let stamp) = RFC3339.parseTimestamp(rfc3339) else { return rfc3339 ?? "" }
        let date = zone.date(of: stamp.instant)
        let time = zone.timeOfDay(of: stamp.instant)
        if stamp.instant == zone.endOfDay(date) { return "end of \(day(date))" }
        if stamp.instant == zone.startOfDay(date) { return day(date) }
        return "\(day(date)) \(time) \(zone.abbreviation(at: stamp.instant))"
    }

    /// `Fri 14 Mar 2025`.
    static func day(_ date: CivilDate) -> String {
        let (y, m, d) = date.components
        return "\(date.weekday.abbreviation) \(d) \(months[m - 1]) \(y)"
    }
}
