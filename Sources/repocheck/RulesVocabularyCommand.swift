import ArgumentParser
import RepoCheckReports

/// `repocheck rules vocabulary [DIR]`: the event types, party roles and consequences a pack defines.
struct RulesVocabularyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocabulary",
        abstract: "List the event types, party roles and consequence effects of a pack.",
        discussion: """
            Example:
              repocheck rules vocabulary --format markdown > docs/vocabulary.md
            """
    )

    @OptionGroup var pack: PackArgument

    @Option(help: "Output format: text or markdown.")
    var format: TextOrMarkdown = .text

    func run() throws {
        let loaded = try Inputs.pack(pack.directory)
        Terminal.print(format == .markdown ? VocabularyReport.markdown(loaded) : VocabularyReport.text(loaded))
    }
}
