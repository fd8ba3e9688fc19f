import ArgumentParser
import RepoCheckCore

/// `repocheck rules test [DIR]`: run every rule's own examples.
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule's examples and check each gives the expected outcome.",
        discussion: """
            Prints each failing example with its file:line:column, then the line 'N passed, M failed'. \
            Exits 1 if any example fails.

            Example:
              repocheck rules test rules/
            """
    )

    @OptionGroup var pack: PackArgument

    @Flag(name: .shortAndLong, help: "Also list the examples that pass.")
    var verbose = false

    func run() throws {
        let pack = try Inputs.pack(pack.directory)
        let results = ExampleRunner(evaluator: Evaluator(pack: pack)).runAll()
        for result in results where verbose || !result.passed {
            let place = result.example.location.map { "\($0): " } ?? ""
            let verdict = result.passed ? "ok" : "FAILED: expected \(result.example.expect.rawValue), got \(result.actual.rawValue)"
            Terminal.print("\(place)\(result.rule.id): \(result.example.name): \(verdict)\n")
        }
        let failed = results.count { !$0.passed }
        Terminal.print("\(results.count - failed) passed, \(failed) failed\n")
        if failed > 0 { throw ExitCode(ExitStatus.findings) }
    }
}
