import ArgumentParser

/// `repocheck rules`: work with a rule pack.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lint, list, explain and test the rules of a rule pack.",
        subcommands: [
            RulesLintCommand.self, RulesListCommand.self, RulesExplainCommand.self, RulesTestCommand.self, RulesCoverageCommand.self,
            RulesVocabularyCommand.self,
        ]
    )
}

/// The optional pack folder argument of `rules lint|list|test`.
struct PackArgument: ParsableArguments {
    @Argument(help: "The rule pack folder. Default: the bundled 'rules/' pack.")
    var directory: String?
}

/// `--format` of the commands that print for a terminal or for a page in docs/.
enum TextOrMarkdown: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
}
