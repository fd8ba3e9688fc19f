import ArgumentParser
import RepoCheckCore
import RepoCheckReports

/// `repocheck rules list [DIR]`: the pack's rules as a table, JSON or Markdown.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the rules of a pack.",
        discussion: """
            Example:
              repocheck rules list
              repocheck rules list rules/ --format markdown > docs/rules.md
            """
    )

    @OptionGroup var pack: PackArgument

    @Option(help: "Output format: text, json or markdown.")
    var format: ListFormat = .text

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    func run() throws {
        let loaded = try Inputs.pack(pack.directory)
        switch format {
        case .text: Terminal.print(RuleCatalog.text(loaded))
        case .json: Terminal.print(JSONReport.encode(RuleCatalog.entries(loaded), pretty: true) + "\n")
        case .markdown: Terminal.print(RuleCatalog.markdown(loaded))
        }
    }
}
