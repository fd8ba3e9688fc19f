import Foundation
import RepoCheckCore
import RepoCheckLoader
import RepoCheckTestSupport

/// The bundled pack and its files, loaded once for the loader tests.
enum PackFixture {
    static let root = repositoryRoot()
    static let rulesPath = root.appendingPathComponent("rules").path
    static let fixtures = root.appendingPathComponent("Tests/RepoCheckLoaderTests/Fixtures")

    /// The bundled pack (the tests fail loudly if it does not load).
    static let pack: RulePack = {
        switch RulePackLoader.load(directory: rulesPath) {
        case .success(let loaded): return loaded.pack
        case .failure(let error):
            fatalError("the bundled pack does not load:\n" + error.diagnostics.map(\.description).joined(separator: "\n"))
        }
    }()

    /// The pack's own files with paths under `rules/`, for building variants in memory.
    static let files: [RulePackLoader.File] = {
        let base = URL(fileURLWithPath: rulesPath)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)!
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" }.map { url in
            let relative = url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)
            return RulePackLoader.File(path: "rules/\(relative)", contents: Array(FileManager.default.contents(atPath: url.path)!))
        }
    }()

    /// Loads the pack's base files (manifest, vocabulary, states, calendars) plus `extra` rule files.
    static func load(base: Bool = true, _ extra: [(String, String)]) -> Result<RulePackLoader.Loaded, DiagnosticsError> {
        let special = ["rules/pack.yaml", "rules/vocabulary.yaml", "rules/states.yaml"]
        let baseFiles = base ? files.filter { special.contains($0.path) || $0.path.hasPrefix("rules/calendars/") } : []
        return RulePackLoader.load(files: baseFiles + extra.map { .init(path: $0.0, contents: Array($0.1.utf8)) }, root: "rules")
    }
}
