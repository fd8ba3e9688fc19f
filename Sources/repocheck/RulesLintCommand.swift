import ArgumentParser
import RepoCheckCore

/// `repocheck rules lint [DIR]`: load a pack strictly and report every problem.
struct RulesLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract:
            "Check a rule pack for errors: syntax, unknown keys, bad durations, unknown calendars and event types, overlapping versions.",
        discussion: """
            Every problem in every file is reported at once, as file:line:column: error: message [code], \
            with a hint. Exits 2 if there is any error.

            Example:
              repocheck rules lint rules/
            """
    )

    @OptionGroup var pack: PackArgument

    func run() throws {
        let loaded = try Inputs.pack(pack.directory)
        Terminal.print("\(loaded.name) \(loaded.version): \(loaded.ruleIDs.count) rules (\(loaded.rules.count) versions), no errors\n")
    }
}
