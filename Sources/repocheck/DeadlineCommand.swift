import ArgumentParser
import RepoCheckCore
import RepoCheckReports

/// `repocheck deadline`: a coordinator's quick question, "15 days after a notice mailed Thursday?".
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Compute a deadline the California way, with the arithmetic step by step.",
        discussion: """
            Days are counted as California law counts them: the first day excluded, the last included. A last \
            day that is not a business day rolls forward under each reading of the law the rule pack lists \
            (Code Civ. Proc. § 12a, and Civ. Code §§ 10, 11); where the readings disagree, both dates are \
            shown. Court, working and business days count on the pack's calendar for that word, or --calendar. \
            Hours are elapsed time, correct across daylight-saving changes. Uses the same code as the engine.

            Examples:
              repocheck deadline --from 2025-03-20 --days 15
              repocheck deadline --from 2025-03-14T02:10:00-07:00 --hours 1
              repocheck deadline --from 2025-11-20 --court-days 10
            """
    )

    @Option(help: "The start: a date (that day in --timezone) or an RFC 3339 timestamp with offset.")
    var from: String

    @Option(help: "Elapsed hours.") var hours: Int?
    @Option(help: "Calendar days.") var days: Int?
    @Option(name: .customLong("court-days"), help: "Court days (the pack's `court` calendar unless --calendar).") var courtDays: Int?
    @Option(name: .customLong("working-days"), help: "Working days (the pack's `working` calendar unless --calendar).") var workingDays:
        Int?
    @Option(name: .customLong("business-days"), help: "Business days (the pack's `business` calendar unless --calendar).") var businessDays:
        Int?

    @Option(help: "The calendar to count business days on, e.g. ca-judicial, ca-state, us-federal.")
    var calendar: String?

    @Option(help: "The IANA time zone dates are read in. Default: the rule pack's.")
    var timezone: String?

    @OptionGroup var rules: RuleOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        let counts = [
            ("--hours", hours), ("--days", days), ("--court-days", courtDays), ("--working-days", workingDays),
            ("--business-days", businessDays),
        ]
        let given = counts.compactMap { option, count in count.map { (option, $0) } }
        guard given.count == 1, let (option, count) = given.first else {
            throw ValidationError("give exactly one of --hours, --days, --court-days, --working-days, --business-days")
        }
        guard (0...100_000).contains(count) else {
            throw ValidationError("the value '\(count)' of \(option) is out of range; give a number from 0 to 100000")
        }
    }

    func run() throws {
        let pack = try Inputs.pack(rules.rules, examples: false)
        guard let zone = try timezone.map(zoneNamed) ?? pack.settings.defaultZone else {
            throw InputError("error: no time zone to read dates in [cli.no-timezone]\n  hint: pass --timezone America/Los_Angeles")
        }
        let start = try startInstant(zone)
        let (duration, word) = durationAndWord()
        var base = Counting(duration: duration)
        if let word {
            guard let name = calendar ?? pack.settings.unitCalendars[word], pack.counter.calendars[name] != nil else {
                let known = pack.counter.calendars.keys.sorted().joined(separator: ", ")
                throw InputError(
                    "error: unknown calendar `\(calendar ?? word)` [cli.unknown-calendar]\n  hint: use --calendar with one of: \(known)")
            }
            base.calendar = name
        }
        let readings: [(name: String, note: String, counting: Counting)] =
            duration.unit == .days && !pack.settings.readings.isEmpty
            ? pack.settings.readings.map { reading in
                var counting = base
                counting.rollForward = reading.rollForward
                return (reading.name, reading.note, counting)
            }
            : [("", "", base)]
        let results = readings.map { (name: $0.name, note: $0.note, end: pack.counter.end(of: $0.counting, from: start, in: zone)) }
        let answer = DeadlineAnswer(
            from: RFC3339.format(start, in: zone), timezone: zone.identifier, duration: duration.description,
            readings: results.map {
                DeadlineAnswer.Reading(
                    reading: $0.name.isEmpty ? nil : $0.name, note: $0.note.isEmpty ? nil : $0.note,
                    dueBy: RFC3339.format($0.end.last, in: zone),
                    lastDay: $0.end.lastDay?.description, trace: $0.end.trace)
            },
            interpretationDependent: Set(results.map(\.end.last)).count > 1)
        switch format {
        case .json: Terminal.print(JSONReport.encode(answer, pretty: true) + "\n")
        case .text: Terminal.print(DeadlineText.render(answer, zone: zone))
        }
    }

    private func durationAndWord() -> (Duration, String?) {
        if let hours { return (Duration(amount: hours, unit: .hours), nil) }
        if let days { return (Duration(amount: days, unit: .days), nil) }
        if let courtDays { return (Duration(amount: courtDays, unit: .businessDays(word: "court")), "court") }
        if let workingDays { return (Duration(amount: workingDays, unit: .businessDays(word: "working")), "working") }
        return (Duration(amount: businessDays ?? 0, unit: .businessDays(word: "business")), "business")
    }

    private func zoneNamed(_ name: String) throws -> Zone {
        guard let zone = Zone(identifier: name) else {
            throw InputError(
                "error: unknown time zone `\(name)` [cli.bad-timezone]\n  hint: use an IANA zone name such as America/Los_Angeles")
        }
        return zone
    }

    private func startInstant(_ zone: Zone) throws -> Instant {
        if case .success(let date) = RFC3339.parseDate(from) { return zone.startOfDay(date) }
        return try Inputs.instant(from, option: "--from")
    }
}
