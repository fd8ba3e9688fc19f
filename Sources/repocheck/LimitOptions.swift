import ArgumentParser
import RepoCheckLoader

/// Flags that raise (or lower) the limits on one input document; defaults in docs/limits.md.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Largest case document, in bytes.", valueName: "bytes"))
    var maxCaseBytes = InputLimits.standard.maxBytes

    @Option(help: ArgumentHelp("Deepest nesting of mappings and lists in a case.", valueName: "levels"))
    var maxDepth = InputLimits.standard.maxDepth

    @Option(help: ArgumentHelp("Most events in one case.", valueName: "count"))
    var maxEvents = InputLimits.standard.maxEvents

    /// The limits these flags describe.
    var limits: InputLimits {
        InputLimits(maxBytes: maxCaseBytes, maxDepth: maxDepth, maxNodes: InputLimits.standard.maxNodes, maxEvents: maxEvents)
    }

    func validate() throws {
        guard maxCaseBytes > 0, maxDepth > 0, maxEvents > 0 else { throw ValidationError("limits must be positive numbers") }
    }
}
