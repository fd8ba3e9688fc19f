import ArgumentParser

/// The `repocheck` command: checks repossession and collection work against California law.
struct RepoCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repocheck",
        abstract: "Check repossession and loan-recovery work against California law.",
        discussion: """
            RepoCheck evaluates a case timeline (parties, contract, collateral, timestamped events) against \
            a rule pack of California and federal law, and reports violations with the deadline arithmetic \
            that proves them, and the schedule of what must happen by when. Not legal advice.

            Exit codes: 0 clean, 1 violations found (or a rule example failed), 2 bad input or usage.
            """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, PreflightCommand.self, ScheduleCommand.self, DeadlineCommand.self, AuditCommand.self, RulesCommand.self,
        ]
    )
}
