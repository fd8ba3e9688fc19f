import Foundation
import RepoCheckCore
import Yams

/// Loads a rule pack from a folder, or from in-memory files for tests.
///
/// A pack folder holds `pack.yaml` (the manifest), `vocabulary.yaml`, `states.yaml` (optional),
/// `calendars/*.yaml`, and any number of rule files in subfolders. Every problem in every file is
/// reported at once, sorted by file, line and column.
public enum RulePackLoader {
    /// A file of the pack: its path as shown in diagnostics, and its text.
    public struct File: Sendable {
        /// The path relative to where the user pointed (`rules/ca/veh/28.yaml`).
        public var path: String
        /// The file's bytes.
        public var contents: [UInt8]

        /// Creates a file.
        public init(path: String, contents: [UInt8]) {
            self.path = path
            self.contents = contents
        }
    }

    /// A loaded pack and the warnings found on the way.
    public struct Loaded: Sendable {
        /// The validated pack.
        public let pack: RulePack
        /// Warnings (nothing that stops the pack from loading).
        public let warnings: [Diagnostic]
    }

    /// Loads the pack in `directory` (as the user wrote the path); diagnostics name files under
    /// `displayRoot` instead of `directory` when it is given.
    ///
    /// With `examples` off, the rules' own examples (which `rules test` and `rules lint` run, and judging a
    /// case never needs) are neither decoded nor checked, and every rule's `examples` is empty; loading is
    /// then about a fifth faster.
    public static func load(directory: String, displayRoot: String? = nil, examples: Bool = true) -> Result<Loaded, DiagnosticsError> {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return .failure(
                DiagnosticsError([
                    .error(
                        "pack.not-found", "cannot read the folder `\(directory)`", at: nil, hint: "pass the rule pack folder with `--rules`"
                    )
                ]))
        }
        let base = root.standardizedFileURL.path
        var files: [File] = []
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
            var relative = String(url.standardizedFileURL.path.dropFirst(base.count))
            if relative.hasPrefix("/") { relative.removeFirst() }
            let shownRoot = displayRoot ?? directory
            let display = shownRoot.hasSuffix("/") ? shownRoot + relative : shownRoot + "/" + relative
            guard let data = FileManager.default.contents(atPath: url.path) else {
                return .failure(DiagnosticsError([.error("pack.unreadable", "cannot read `\(display)`", at: nil)]))
            }
            files.append(File(path: display, contents: Array(data)))
        }
        guard files.contains(where: { relativeName($0, displayRoot ?? directory) == "pack.yaml" }) else {
            return .failure(
                DiagnosticsError([
                    .error(
                        "pack.no-manifest", "`\(directory)` has no `pack.yaml`", at: nil,
                        hint: "a rule pack folder starts with a `pack.yaml` manifest")
                ]))
        }
        return load(files: files, root: displayRoot ?? directory, examples: examples)
    }

    /// Loads a pack from files whose paths start with `root`; `examples` as in `load(directory:displayRoot:examples:)`.
    public static func load(files: [File], root: String, examples: Bool = true) -> Result<Loaded, DiagnosticsError> {
        let files = files.sorted { $0.path < $1.path }
        // The frame (manifest, vocabularies, states, coverage, calendars) first: rules are read against it.
        let special = ["pack.yaml", "vocabulary.yaml", "states.yaml", "coverage.yaml"]
        let isFrame = { (file: File) in
            let name = relativeName(file, root)
            return name.hasPrefix("calendars/") || special.contains(name.split(separator: "/").last.map(String.init) ?? "")
        }
        var diagnostics: [Diagnostic] = []
        var parsed: [(file: File, reader: NodeReader, node: Node)] = []
        let frame = files.filter(isFrame)
        for (file, tree) in zip(frame, frame.concurrentMap { ParsedFile(parse($0)) }) {
            switch tree.result {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let node): parsed.append((file, NodeReader(file: file.path, quotesValues: true), node))
            }
        }
        func named(_ name: String) -> (file: File, reader: NodeReader, node: Node)? { parsed.first { relativeName($0.file, root) == name } }
        // Vocabulary, states and coverage may be split across folders: every file with the name is merged.
        func all(_ name: String) -> [(file: File, reader: NodeReader, node: Node)] {
            parsed.filter { relativeName($0.file, root) == name || relativeName($0.file, root).hasSuffix("/" + name) }
        }
        let manifest = named("pack.yaml").flatMap { PackDecoder(reader: $0.reader).manifest($0.node) }
        var scope = PackScope()
        let vocabularies = all("vocabulary.yaml")
        for entry in vocabularies {
            guard let part = PackDecoder(reader: entry.reader).vocabulary(entry.node) else { continue }
            for (kind, names, existing) in [
                ("event type", Array(part.eventTypes.keys), Set(scope.vocabulary.eventTypes.keys)),
                ("party role", Array(part.partyRoles.keys), Set(scope.vocabulary.partyRoles.keys)),
                ("consequence", Array(part.consequences.keys), Set(scope.vocabulary.consequences.keys)),
            ] {
                for name in names.sorted() where existing.contains(name) {
                    entry.reader.error("pack.duplicate-definition", "\(kind) `\(name)` is defined in two vocabulary files", at: entry.node)
                }
            }
            scope.vocabulary.eventTypes.merge(part.eventTypes) { first, _ in first }
            scope.vocabulary.partyRoles.merge(part.partyRoles) { first, _ in first }
            scope.vocabulary.consequences.merge(part.consequences) { first, _ in first }
        }
        if vocabularies.isEmpty {
            diagnostics.append(
                .error(
                    "pack.no-vocabulary", "the pack has no `vocabulary.yaml`", at: nil,
                    hint: "list the event types and party roles rules may use"))
        }
        var calendars: [String: BusinessCalendar] = [:]
        for entry in parsed where relativeName(entry.file, root).hasPrefix("calendars/") {
            let name = String(relativeName(entry.file, root).dropFirst("calendars/".count).split(separator: ".")[0])
            if let calendar = CalendarDecoder(reader: entry.reader).calendar(entry.node, expectedName: name) { calendars[name] = calendar }
        }
        scope.calendars = Set(calendars.keys)
        if let manifest, let entry = named("pack.yaml") {
            for (name, node) in manifest.calendarReferences where calendars[name] == nil {
                entry.reader.error(
                    "rule.unknown-calendar", "unknown calendar `\(name)`", at: node,
                    hint: Suggestions.hint(for: name, in: calendars.keys) + " (calendars live in `rules/calendars/`)")
            }
            if let event = manifest.settings.preflightEvent, scope.vocabulary.eventTypes[event] == nil {
                entry.reader.error("rule.unknown-event-type", "event type `\(event)` is not in the pack's vocabulary", at: entry.node)
            }
        }
        // States may open or close on patterns only: decode every file before any rule refers to a state.
        for entry in all("states.yaml") {
            for (name, state) in PackDecoder(reader: entry.reader).states(entry.node, scope: scope) {
                if scope.states[name] != nil {
                    entry.reader.error("pack.duplicate-definition", "state `\(name)` is defined in two states files", at: entry.node)
                }
                scope.states[name] = scope.states[name] ?? state
            }
        }
        let coverageParts = all("coverage.yaml").compactMap { PackDecoder(reader: $0.reader).coverage($0.node) }
        let coverage = coverageParts.first.map { Coverage(source: $0.source, rows: coverageParts.flatMap(\.rows)) }
        diagnostics += parsed.flatMap(\.reader.diagnostics)
        // Rule files do not depend on one another: each is parsed and decoded on whichever core is free, and
        // the pack's hash is worked out beside them.
        let (ruleFiles, contentHash) = files.filter { !isFrame($0) }.concurrentMap(
            { [scope] in readRules($0, scope: scope, examples: examples) }, alongside: { hash(of: files, root: root) })
        let rules = ruleFiles.flatMap(\.rules)
        diagnostics +=
            ruleFiles.flatMap(\.diagnostics) + RulePack.versionConflicts(in: rules) + (coverage?.conflicts(with: rules) ?? [])
        guard let manifest, !diagnostics.contains(where: { $0.severity == .error }) else {
            if manifest == nil, named("pack.yaml") == nil {
                diagnostics.append(
                    .error(
                        "pack.no-manifest", "the pack has no `pack.yaml`", at: nil,
                        hint: "a rule pack folder starts with a `pack.yaml` manifest"))
            }
            return .failure(DiagnosticsError(diagnostics))
        }
        do {
            let pack = try RulePack(
                name: manifest.name, version: manifest.version, jurisdiction: manifest.jurisdiction, lawAsOf: manifest.lawAsOf,
                contentHash: contentHash, vocabulary: scope.vocabulary, calendars: calendars, states: scope.states,
                dayCountingCitation: manifest.dayCountingCitation, settings: manifest.settings, coverage: coverage, rules: rules)
            return .success(Loaded(pack: pack, warnings: diagnostics.sorted()))
        } catch {
            return .failure(DiagnosticsError(error.diagnostics))
        }
    }

    /// The root node of `file`, or the problem that stops it from being read; without `examples`, the rules'
    /// examples are blanked out before it is parsed (``ExampleBlanking``).
    private static func parse(_ file: File, examples: Bool = true) -> Result<Node, Diagnostic> {
        guard let text = String(validating: file.contents, as: UTF8.self) else {
            return .failure(.error("yaml.syntax", "the file is not valid UTF-8", at: SourceLocation(file: file.path, line: 1, column: 1)))
        }
        return YAMLDocument.parse(text, file: file.path, reading: { examples ? $0 : ExampleBlanking.blanked($0) ?? $0 }).flatMap { node in
            node.map { .success($0) }
                ?? .failure(.warning("pack.empty-file", "the file is empty", at: SourceLocation(file: file.path, line: 1, column: 1)))
        }
    }

    /// A file's tree, handed from the core that parsed it to the one that reads it. Yams's nodes are values
    /// whose tags are classes resolved on first use: a tree may be sent to another thread, never shared.
    private struct ParsedFile: @unchecked Sendable {
        let result: Result<Node, Diagnostic>
        init(_ result: Result<Node, Diagnostic>) { self.result = result }
    }

    /// The pack's SHA-256: each file's path from `root`, a NUL, and its bytes, the files in path order.
    private static func hash(of files: [File], root: String) -> String {
        var hash = SHA256()
        for file in files {
            hash.update(Array(relativeName(file, root).utf8) + [0])
            hash.update(file.contents)
        }
        return hash.hexDigest()
    }

    /// The rules of one rule file, and every problem found in it.
    private static func readRules(_ file: File, scope: PackScope, examples: Bool) -> (rules: [Rule], diagnostics: [Diagnostic]) {
        switch parse(file, examples: examples) {
        case .failure(let diagnostic): return ([], [diagnostic])
        case .success(let node):
            let reader = NodeReader(file: file.path, quotesValues: true)
            let rules = RuleDecoder(reader: reader, scope: scope, decodesExamples: examples).rules(in: node)
            return (rules, reader.diagnostics)
        }
    }

    private static func relativeName(_ file: File, _ root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return file.path.hasPrefix(prefix) ? String(file.path.dropFirst(prefix.count)) : file.path
    }
}
