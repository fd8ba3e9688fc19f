import RepoCheckCore
import Yams

/// Parses YAML (or JSON, which Yams reads as YAML) into a node tree that keeps every value's line and column.
///
/// Scalars stay strings (the `basic` resolver): `yes`, `010` and `2024-02-30` are not converted, so our
/// strict parsers decide what they mean. Syntax errors become one `yaml.syntax` diagnostic each.
enum YAMLDocument {
    /// The root node of `text`, or the diagnostic that stopped parsing. `nil` root means an empty document.
    ///
    /// `reading` gives the text Yams reads once `text` is within the limits on size, depth and NUL bytes: a rule
    /// file read for judging has its examples blanked (``ExampleBlanking``), the limits still apply to the file.
    static func parse(
        _ text: String, file: String, limits: InputLimits = .standard, reading: (String) -> String = { $0 }
    ) -> Result<Node?, Diagnostic> {
        if let problem = checkLimits(text, file: file, limits: limits) { return .failure(problem) }
        let text = reading(text)
        // Without an alias (`*`) a document holds fewer values than bytes: a small one cannot overrun the budget.
        let mayOverrun = text.utf8.count * 2 >= limits.maxNodes || text.utf8.contains(UInt8(ascii: "*"))
        if mayOverrun, let overrun = ExpansionBudget.overrun(text, budget: limits.maxNodes) {
            let at = SourceLocation(file: file, line: overrun.place.line, column: overrun.place.column)
            return .failure(
                overrun.aliases
                    ? .error(
                        "yaml.too-large", "the document expands to more than \(limits.maxNodes) values", at: at,
                        hint: "aliases (`*name`) are expanded at every use; write the values out or split the file")
                    : .error(
                        "yaml.too-large", "the document holds more than \(limits.maxNodes) values", at: at,
                        hint: "split the input, or raise the limit (see docs/limits.md)"))
        }
        if ComplexKeyScan.mayFind(text), let key = ComplexKeyScan.first(in: text) {
            return .failure(
                .error(
                    "yaml.complex-key", "a mapping key is a list or a mapping",
                    at: SourceLocation(file: file, line: key.line, column: key.column), hint: "keys are text: write `key: value` pairs"))
        }
        do {
            let root = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
            return .success(root)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file))
        } catch {
            return .failure(.error("yaml.syntax", "the file could not be read as YAML", at: SourceLocation(file: file, line: 1, column: 1)))
        }
    }

    /// The first limit `text` breaks before any parsing (size, nesting depth, a NUL byte), or `nil`.
    static func checkLimits(_ text: String, file: String, limits: InputLimits) -> Diagnostic? {
        let size = text.utf8.count
        if size > limits.maxBytes {
            return .error(
                "yaml.too-large", "the document has \(size) bytes, more than the limit of \(limits.maxBytes)",
                at: SourceLocation(file: file, line: 1, column: 1), hint: "split the input, or raise the limit (see docs/limits.md)")
        }
        if let (line, column) = NestingScan.firstBeyond(limits.maxDepth, in: text) {
            return .error(
                "yaml.too-deep", "the document nests more than \(limits.maxDepth) levels deep",
                at: SourceLocation(file: file, line: line, column: column),
                hint: "case and rule files nest a few levels; raise the limit only for a trusted input (see docs/limits.md)")
        }
        if let nul = text.utf8.firstIndex(of: 0) {
            let prefix = text.utf8[..<nul]
            let line = prefix.count { $0 == UInt8(ascii: "\n") } + 1
            let column = prefix.reversed().prefix { $0 != UInt8(ascii: "\n") }.count + 1
            return .error(
                "yaml.syntax", "the file contains a NUL byte", at: SourceLocation(file: file, line: line, column: column),
                hint: "case and rule files are UTF-8 text")
        }
        return nil
    }

    static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// One line per Yams error, with our file name; never the document text (it may hold personal data).
    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let opening = context.map { "\($0.text) (from line \($0.mark.line), column \($0.mark.column))" }
            let message = [opening, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error("yaml.syntax", message, at: location(mark, file: file), hint: "fix the YAML syntax at this position")
        case .duplicatedKeysInMapping(let duplicates, _) where duplicates.contains("<uncovertable>"):
            // Yams cannot order keys that are lists or mappings, so the place it names varies from run to run.
            return .error(
                "yaml.duplicate-key", "a mapping repeats a key that is a list or a mapping",
                at: SourceLocation(file: file, line: 1, column: 1),
                hint: "keys are text: write `key: value` pairs")
        case .duplicatedKeysInMapping(let duplicates, _) where Set(duplicates).count < duplicates.count:
            // The same text repeated under two tags is two repeated keys that Yams orders by text alone, so the
            // place it names varies from run to run too.
            let keys = Set(duplicates).sorted().map { "`\($0)`" }.joined(separator: ", ")
            return .error(
                "yaml.duplicate-key", "duplicate key \(keys) in one mapping, written with different tags",
                at: SourceLocation(file: file, line: 1, column: 1),
                hint: "each key may appear once, without a tag; remove the repeated ones")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
            return .error(
                "yaml.duplicate-key", "duplicate key \(keys) in one mapping", at: location(context.mark, file: file),
                hint: "each key may appear once; remove or rename the repeated one")
        case .reader(let problem, _, _, _):
            return .error("yaml.syntax", problem, at: SourceLocation(file: file, line: 1, column: 1), hint: "the file must be UTF-8 text")
        default:
            return .error("yaml.syntax", "the file could not be read as YAML", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
