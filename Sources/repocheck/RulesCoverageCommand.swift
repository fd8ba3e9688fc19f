import ArgumentParser
import RepoCheckReports

/// `repocheck rules coverage [DIR]`: how the pack covers each row of the law reference.
struct RulesCoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show, for every row of the law reference, the rules that encode it or why none can.",
        discussion: """
            Reads the pack's coverage.yaml. A rule cites its rows with `reference:`; loading fails if a rule cites \
            a row the map lacks, or a row marked encoded has no rule.

            Example:
              repocheck rules coverage --format markdown > docs/law-coverage.md
            """
    )

    @OptionGroup var pack: PackArgument

    @Option(help: "Output format: text or markdown.")
    var format: TextOrMarkdown = .text

    func run() throws {
        let loaded = try Inputs.pack(pack.directory)
        Terminal.print(format == .markdown ? CoverageReport.markdown(loaded) : CoverageReport.text(loaded))
    }
}
