import ArgumentParser
import RepoCheckCore
import RepoCheckReports

/// `repocheck check CASE`: evaluate one case and report findings and the schedule.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check one case timeline against the rules.",
        discussion: """
            Prints the findings (violations, items for review, unproven obligations), each with its citation \
            and deadline arithmetic, then the schedule of obligations. Exits 1 if there is a violation.

            Example:
              repocheck check examples/late-police-notice.yaml
              repocheck check case.json --as-of 2025-04-01 --format json
              cat case.json | repocheck check -
            """
    )

    @OptionGroup var input: CaseInput

    @Option(
        help:
            "Judge the case as of this time: a date (end of that day, in the case's time zone) or an RFC 3339 timestamp. Default: the last event of a closed case, now for an open one."
    )
    var asOf: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let (pack, testCase) = try input.load()
        let report = try input.judge(testCase, pack: pack, asOf: try Inputs.asOf(asOf, for: testCase))
        switch format {
        case .text: Terminal.print(TextReport(color: Terminal.colorOnStandardOutput).render(report, case: testCase))
        case .json: Terminal.print(JSONReport.render(report))
        }
        if report.hasViolations { throw ExitCode(ExitStatus.findings) }
    }
}

/// `--format` for a report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--rules DIR`.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: "The rule pack folder. Default: the bundled 'rules/' pack.")
    var rules: String?
}
