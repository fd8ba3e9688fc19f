import ArgumentParser
import RepoCheckCore
import RepoCheckReports

/// `repocheck preflight CASE [--at T]`: go or no-go before an agent is dispatched.
struct PreflightCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preflight",
        abstract: "Before dispatch: may the collateral be repossessed at the planned time, and what will it trigger?",
        discussion: """
            Adds a planned repossession at --at to the case and checks every pre-flight rule against it: an \
            active bankruptcy stay, a missing written assignment, an objection in force, … Prints CLEAR or \
            BLOCKED with each blocking reason, its citation and what would clear it, then the checklist the \
            repossession will trigger with concrete due times in the case's time zone.

            Exits 0 when clear, 1 when blocked, 2 for bad input.

            Example:
              repocheck preflight examples/open-case.yaml --at 2025-06-03T01:00:00-07:00
            """
    )

    @OptionGroup var input: CaseInput

    @Option(help: "The planned time of the repossession: an RFC 3339 timestamp with offset. Default: now.")
    var at: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let (pack, testCase) = try input.load()
        let planned = try at.map { try Inputs.instant($0, option: "--at") } ?? Inputs.now
        let report: Report
        do {
            report = try Evaluator(pack: pack).preflight(testCase, plannedAt: planned, maxResults: input.limits.maxResults)
        } catch .evaluation(let problem) {
            throw InputError([problem.diagnostic(at: SourceLocation(file: input.casePath, line: 1, column: 1))])
        } catch {
            throw InputError(
                "error: the rule pack does not say which event a pre-flight plans [pack.no-preflight]\n  hint: add `preflight: {event: repossession}` to pack.yaml"
            )
        }
        switch format {
        case .text: Terminal.print(PreflightText(color: Terminal.colorOnStandardOutput).render(report, case: testCase))
        case .json: Terminal.print(JSONReport.render(report))
        }
        if report.decision?.status == .blocked { throw ExitCode(ExitStatus.findings) }
    }
}
