import ArgumentParser
import RepoCheckCore

/// The case a command reads, the pack it is judged by, and the input limits: shared by `check`,
/// `preflight` and `schedule`.
struct CaseInput: ParsableArguments {
    @Argument(help: "The case file (YAML or JSON), or '-' to read it from standard input.")
    var casePath: String

    @OptionGroup var rules: RuleOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    /// Loads the pack and the case, or throws the input error to print.
    func load() throws -> (pack: RulePack, testCase: Case) {
        let pack = try Inputs.pack(rules.rules, examples: false)
        return (pack, try Inputs.testCase(casePath, limits: limits.limits))
    }

    /// `testCase` judged with `pack` as of `asOf`, or the error to print when it gives more than `--max-results`.
    func judge(_ testCase: Case, pack: RulePack, asOf: Instant) throws -> Report {
        do {
            return try Evaluator(pack: pack).evaluate(testCase, asOf: asOf, maxResults: limits.maxResults)
        } catch {
            throw InputError([error.diagnostic(at: SourceLocation(file: casePath, line: 1, column: 1))])
        }
    }
}
