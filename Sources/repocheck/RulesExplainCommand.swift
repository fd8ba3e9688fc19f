import ArgumentParser
import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports

/// `repocheck rules explain ID`: one rule in plain words.
struct RulesExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule in plain words, with its citation, dates and remedy.",
        discussion: """
            Example:
              repocheck rules explain ca.veh.28.police-notice
            """
    )

    @Argument(help: "The rule id, e.g. ca.veh.28.police-notice.")
    var id: String

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let pack = try Inputs.pack(rules.rules)
        let versions = pack.versions(of: id)
        guard !versions.isEmpty else {
            let hint = Suggestions.closest(to: id, in: pack.ruleIDs).map { "did you mean `\($0)`?" } ?? "see `repocheck rules list`"
            throw InputError("error: no rule with id `\(id)` [cli.unknown-rule]\n  hint: \(hint)")
        }
        Terminal.print(RuleText.explain(versions))
    }
}
