import Foundation
import RepoCheckCore
import RepoCheckLoader

/// The rule pack that ships with RepoCheck (the repository's `rules/` folder, copied into the package's
/// resources), so a library user needs no path to load the California pack.
public enum BundledRules {
    /// The folder of the bundled pack, or `nil` if the resources were not installed beside the binary.
    public static var directory: URL? { Bundle.module.url(forResource: "rules", withExtension: nil) }

    /// Loads and validates the bundled pack. Diagnostics name files as `rules/…`, as in the repository.
    /// Without `examples`, the rules' own examples are skipped (see `RulePackLoader.load(directory:displayRoot:examples:)`).
    public static func load(examples: Bool = true) -> Result<RulePackLoader.Loaded, DiagnosticsError> {
        guard let directory else {
            return .failure(
                DiagnosticsError([
                    .error(
                        "pack.not-found", "the bundled rule pack is not installed beside this binary", at: nil,
                        hint: "pass a rule pack folder, e.g. `--rules rules`")
                ]))
        }
        return RulePackLoader.load(directory: directory.path, displayRoot: "rules", examples: examples)
    }
}
