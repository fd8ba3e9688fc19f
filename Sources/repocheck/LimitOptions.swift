import ArgumentParser
import RepoCheckCore
import RepoCheckLoader

/// Flags that raise (or lower) the limits on one input document; defaults in docs/limits.md.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Largest case document, in bytes.", valueName: "bytes"))
    var maxCaseBytes = InputLimits.standard.maxBytes

    @Option(help: ArgumentHelp("Deepest nesting of mappings and lists in a case.", valueName: "levels"))
    var maxDepth = InputLimits.standard.maxDepth

    @Option(help: ArgumentHelp("Most events in one case.", valueName: "count"))
    var maxEvents = InputLimits.standard.maxEvents

    @Option(
        help: ArgumentHelp(
            "Most values in a case document, YAML aliases counted at every use (an event takes about ten).", valueName: "count"))
    var maxValues = InputLimits.standard.maxNodes

    @Option(help: ArgumentHelp("Most parties in one case.", valueName: "count"))
    var maxParties = InputLimits.standard.maxParties

    @Option(help: ArgumentHelp("Most findings and obligations judging one case may give.", valueName: "count"))
    var maxResults = Evaluator.standardMaxResults

    /// The limits these flags describe.
    var limits: InputLimits {
        InputLimits(maxBytes: maxCaseBytes, maxDepth: maxDepth, maxNodes: maxValues, maxEvents: maxEvents, maxParties: maxParties)
    }

    func validate() throws {
        let flags = [
            ("--max-case-bytes", maxCaseBytes), ("--max-depth", maxDepth), ("--max-events", maxEvents), ("--max-values", maxValues),
            ("--max-parties", maxParties), ("--max-results", maxResults),
        ]
        if let (flag, value) = flags.first(where: { $0.1 < 1 }) { throw ValidationError("\(flag) must be at least 1 (got \(value))") }
    }
}
