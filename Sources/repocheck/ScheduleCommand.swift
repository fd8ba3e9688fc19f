import ArgumentParser
import RepoCheckCore
import RepoCheckReports

/// `repocheck schedule CASE`: every obligation triggered so far, as a table, JSON or an iCalendar file.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "List the obligations a case has triggered: what, to whom, the window, the status and the citation.",
        discussion: """
            Sorted by date. Statuses: satisfied, late, missed, due, upcoming (a waiting period still running) \
            and violated (a waiting period broken). --format ics writes an RFC 5545 calendar with one event per \
            obligation; its UIDs stay the same, so importing it again updates the events instead of duplicating them.

            Example:
              repocheck schedule examples/compliant-repossession.yaml
              repocheck schedule case.yaml --as-of 2025-04-01 --format ics > case.ics
            """
    )

    @OptionGroup var input: CaseInput

    @Option(
        help:
            "The schedule as of this time: a date (end of that day, in the case's time zone) or an RFC 3339 timestamp. Default: as for check."
    )
    var asOf: String?

    @Option(help: "Output format: text, json or ics.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, ics }

    func run() throws {
        let (pack, testCase) = try input.load()
        let report = try input.judge(testCase, pack: pack, asOf: try Inputs.asOf(asOf, for: testCase))
        switch format {
        case .text: Terminal.print(ScheduleText(color: Terminal.colorOnStandardOutput).render(report, case: testCase))
        case .json:
            Terminal.print(JSONReport.encode(ScheduleDocument(report), pretty: true) + "\n")
        case .ics: Terminal.print(ICalendar.render(report, zone: testCase.zone))
        }
    }
}
