import RepoCheckCore
import Yams

/// Reads a calendar file (`rules/calendars/NAME.yaml`; format in `docs/calendar-format.md`).
struct CalendarDecoder {
    static let keys = ["name", "title", "description", "citation", "roll_forward_citation", "weekend", "holidays"]
    static let holidayKeys = ["name", "citation", "on", "dates", "plus_days", "years", "observed"]
    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1]
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    let reader: NodeReader

    func calendar(_ node: Node, expectedName: String) -> BusinessCalendar? {
        guard
            let f = reader.fields(
                node, in: "a calendar", allowed: Self.keys, required: ["name", "title", "citation", "weekend", "holidays"])
        else { return nil }
        let name = f["name"].flatMap { reader.nonEmptyString($0, "`name`") }
        if let name, name != expectedName {
            reader.error(
                "calendar.name-mismatch", "calendar `\(name)` is in a file named `\(expectedName).yaml`", at: f["name"]!,
                hint: "make them equal")
        }
        let weekend = f["weekend"].flatMap { reader.items($0, in: "`weekend`") }?.compactMap {
            reader.choice($0, "weekday", Weekday.self, from: Weekday.allCases)
        }
        let holidays = f["holidays"].flatMap { reader.items($0, in: "`holidays`") }?.compactMap(holiday)
        guard let name, let title = f["title"].flatMap({ reader.string($0, "`title`") }),
            let citation = f["citation"].flatMap({ reader.string($0, "`citation`") }), let weekend, let holidays
        else { return nil }
        return BusinessCalendar(
            name: name, title: title, citation: citation,
            rollForwardCitation: f["roll_forward_citation"].flatMap { reader.string($0, "`roll_forward_citation`") },
            weekend: Set(weekend), holidays: holidays)
    }

    private func holiday(_ node: Node) -> HolidayRule? {
        guard let f = reader.fields(node, in: "a holiday", allowed: Self.holidayKeys, required: ["name", "citation"]) else { return nil }
        let placement: HolidayRule.Placement?
        switch (f["on"], f["dates"]) {
        case (let on?, nil): placement = self.placement(on)
        case (nil, let dates?):
            placement = reader.items(dates, in: "`dates`").map { .dates($0.compactMap { reader.date($0, "a holiday date") }) }
        default:
            reader.error("calendar.bad-holiday", "a holiday needs exactly one of `on` and `dates`", at: node)
            placement = nil
        }
        var rule = HolidayRule(name: "", citation: "", placement: .dates([]))
        if let years = f["years"], let y = reader.fields(years, in: "`years`", allowed: ["from", "to"]) {
            rule.fromYear = y["from"].flatMap { reader.int($0, "`years.from`", range: 1800...2200) }
            rule.toYear = y["to"].flatMap { reader.int($0, "`years.to`", range: 1800...2200) }
        }
        if let observed = f["observed"], let o = reader.fields(observed, in: "`observed`", allowed: ["saturday", "sunday"]) {
            let choices: [HolidayRule.Observance] = [.precedingFriday, .followingMonday]
            rule.saturday = o["saturday"].flatMap { reader.choice($0, "observance", HolidayRule.Observance.self, from: choices) }
            rule.sunday = o["sunday"].flatMap { reader.choice($0, "observance", HolidayRule.Observance.self, from: choices) }
        }
        rule.plusDays = f["plus_days"].flatMap { reader.int($0, "`plus_days`", range: 0...31) } ?? 0
        guard let placement, let name = f["name"].flatMap({ reader.nonEmptyString($0, "`name`") }),
            let citation = f["citation"].flatMap({ reader.nonEmptyString($0, "`citation`") })
        else { return nil }
        rule.name = name
        rule.citation = citation
        rule.placement = placement
        return rule
    }

    /// `january 1` or `third monday of january`.
    private func placement(_ node: Node) -> HolidayRule.Placement? {
        guard let text = reader.string(node, "`on`") else { return nil }
        let words = text.lowercased().split(separator: " ").map(String.init)
        if words.count == 2, let month = Self.months.firstIndex(of: words[0]), let day = Int(words[1]),
            CivilDate(year: 2000, month: month + 1, day: day) != nil
        {
            return .fixed(month: month + 1, day: day)
        }
        if words.count == 4, words[2] == "of", let ordinal = Self.ordinals[words[0]], let weekday = Weekday(rawValue: words[1]),
            let month = Self.months.firstIndex(of: words[3])
        {
            return .nthWeekday(ordinal: ordinal, weekday: weekday, month: month + 1)
        }
        reader.error(
            "calendar.bad-holiday", "cannot read `\(text)` as a holiday date", at: node,
            hint: "write `january 1` or `third monday of january` (first … fifth, or last)")
        return nil
    }
}
