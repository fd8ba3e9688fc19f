import RepoCheckCore
import Yams

/// Reads typed values out of a YAML node tree, collecting a located diagnostic for every problem
/// instead of stopping at the first.
///
/// With `quotesValues` off (case files), messages never repeat what the file says: a case may hold
/// names, addresses or account numbers.
final class NodeReader {
    let file: String
    let quotesValues: Bool
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, quotesValues: Bool) {
        self.file = file
        self.quotesValues = quotesValues
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func location(_ node: Node) -> SourceLocation { YAMLDocument.location(node.mark, file: file) }

    func error(_ code: String, _ message: String, at node: Node, hint: String? = nil) {
        diagnostics.append(.error(code, message, at: location(node), hint: hint))
    }

    func warning(_ code: String, _ message: String, at node: Node, hint: String? = nil) {
        diagnostics.append(.warning(code, message, at: location(node), hint: hint))
    }

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// `` `value` `` for rule files; nothing for case files.
    func quoted(_ node: Node) -> String {
        guard quotesValues, let text = node.scalar?.string else { return "" }
        return " `\(text.count > 60 ? String(text.prefix(57)) + "…" : text)`"
    }

    // MARK: Structure

    /// A mapping's entries with their key nodes, checked against the allowed keys.
    ///
    /// Unknown keys are errors with a did-you-mean; missing required keys are reported at the mapping.
    func fields(_ node: Node, in context: String, allowed: [String], required: [String] = [], open: Bool = false) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error("\(area).wrong-type", "expected a mapping for \(context)", at: node, hint: "write `key: value` pairs here")
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var order: [String] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error("\(area).wrong-type", "expected a text key in \(context)", at: key)
                continue
            }
            if !open, !allowed.contains(name) {
                error(
                    "\(area).unknown-key", "unknown key `\(name)` in \(context)", at: key,
                    hint: Suggestions.hint(for: name, in: allowed))
                continue
            }
            entries[name] = (key, value)
            order.append(name)
        }
        for name in required where entries[name] == nil {
            error("\(area).missing-key", "missing key `\(name)` in \(context)", at: node, hint: "add `\(name):`")
        }
        return Fields(node: node, entries: entries, order: order)
    }

    /// The code prefix: `rule` or `case` diagnostics.
    var area: String { quotesValues ? "rule" : "case" }

    /// The items of a sequence (a single value is read as a one-item list when `lenient`).
    func items(_ node: Node, in context: String, lenient: Bool = false) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        if lenient, case .scalar = node { return [node] }
        error("\(area).wrong-type", "expected a list for \(context)", at: node, hint: "write `[a, b]` or one `- item` per line")
        return nil
    }

    // MARK: Scalars

    func string(_ node: Node, _ context: String) -> String? {
        guard let scalar = node.scalar else {
            error("\(area).wrong-type", "expected text for \(context)", at: node)
            return nil
        }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, _ context: String) -> String? {
        guard let text = string(node, context) else { return nil }
        if text.isBlank {
            error("\(area).wrong-type", "\(context) must not be empty", at: node)
            return nil
        }
        return text
    }

    func strings(_ node: Node, _ context: String) -> [String]? {
        items(node, in: context, lenient: true)?.compactMap { string($0, context) }
    }

    func int(_ node: Node, _ context: String, range: ClosedRange<Int> = 0...1_000_000) -> Int? {
        guard let text = string(node, context) else { return nil }
        guard text.allSatisfy(\.isASCIIDigit), let value = Int(text), range.contains(value) else {
            error(
                "\(area).wrong-type",
                "expected a whole number from \(range.lowerBound) to \(range.upperBound) for \(context)\(quoted(node))", at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node, _ context: String) -> Bool? {
        switch string(node, context) {
        case "true": return true
        case "false": return false
        case nil: return nil
        default:
            error("\(area).wrong-type", "expected `true` or `false` for \(context)\(quoted(node))", at: node)
            return nil
        }
    }

    func date(_ node: Node, _ context: String) -> CivilDate? {
        guard let text = string(node, context) else { return nil }
        switch RFC3339.parseDate(text) {
        case .success(let date): return date
        case .failure(let problem):
            error(
                "\(area).bad-date", "\(Self.describe(problem, "date"))\(quoted(node)) for \(context)", at: node,
                hint: "write a date as YYYY-MM-DD, e.g. 2025-03-14")
            return nil
        }
    }

    func duration(_ node: Node, _ context: String) -> Duration? {
        guard let text = string(node, context) else { return nil }
        guard let duration = Duration.parse(text) else {
            error(
                "rule.bad-duration", "cannot read\(quoted(node)) as a duration for \(context)", at: node,
                hint: "write `N minutes`, `N hours`, `N days`, or `N business days` / `N court days` / `N working days` with `calendar:`")
            return nil
        }
        return duration
    }

    func timeOfDay(_ node: Node, _ context: String) -> TimeOfDay? {
        guard let text = string(node, context) else { return nil }
        let parts = text.split(separator: ":").map { Int($0) }
        if (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), text.count >= 5,
            let time = TimeOfDay(hour: parts[0]!, minute: parts[1]!, second: parts.count == 3 ? parts[2]! : 0)
        {
            return time
        }
        error(
            "\(area).wrong-type", "expected a time of day `HH:MM` for \(context)\(quoted(node))", at: node, hint: "e.g. `08:00` or `21:00`")
        return nil
    }

    /// One of a closed set of words.
    func choice<T: RawRepresentable>(_ node: Node, _ context: String, _ type: T.Type, from choices: [T]) -> T? where T.RawValue == String {
        guard let text = string(node, context) else { return nil }
        if let value = choices.first(where: { $0.rawValue == text }) { return value }
        error(
            "\(area).bad-value", "unknown \(context)\(quoted(node))", at: node,
            hint: Suggestions.hint(for: text, in: choices.map(\.rawValue)))
        return nil
    }

    static func describe(_ problem: RFC3339.Problem, _ noun: String) -> String {
        switch problem {
        case .malformed: "malformed \(noun)"
        case .missingOffset: "timestamp without a time-zone offset"
        case .impossibleDate: "impossible \(noun)"
        case .yearOutOfRange: "year outside \(RFC3339.years.lowerBound)–\(RFC3339.years.upperBound)"
        case .nonexistentLocalTime(let date, let time): "local time \(time) on \(date) that clocks skipped"
        }
    }
}

/// The checked entries of one mapping.
struct Fields {
    let node: Node
    let entries: [String: (key: Node, value: Node)]
    /// Keys in file order.
    let order: [String]

    subscript(_ key: String) -> Node? { entries[key]?.value }

    /// Keys present, in file order, that are among `keys`.
    func present(_ keys: [String]) -> [String] { order.filter { keys.contains($0) } }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// Whether the text is empty or only whitespace.
    var isBlank: Bool {
        // A printable ASCII character other than a space starts a character of its own that is not whitespace;
        // finding one spares the Unicode tables.
        !utf8.contains { $0 > 0x20 && $0 < 0x7F } && allSatisfy(\.isWhitespace)
    }

    var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
