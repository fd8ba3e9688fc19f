import RepoCheckCore
import Yams

extension CaseLoader {
    /// The JSON Pointer (RFC 6901, `/events/2/at`) of the value or key at `location` in a case document,
    /// so a diagnostic can name the field as well as the line and column.
    ///
    /// `location` is one of the loader's own diagnostics for `text`. Returns `nil` when no key or value
    /// starts there (a syntax error, say), and `""` for the document itself. The pointer holds keys and
    /// list positions only, never a value of the case.
    public static func pointer(to location: SourceLocation, in text: String) -> String? {
        guard case .success(let root?) = YAMLDocument.parse(text, file: location.file) else { return nil }
        var budget = InputLimits.standard.maxNodes
        var stack: [(node: Node, path: [String])] = [(root, [])]
        while let (node, path) = stack.popLast() {
            budget -= 1
            if budget < 0 { return nil }
            if node.mark.map({ $0.line == location.line && $0.column == location.column }) == true { return encode(path) }
            switch node {
            case .mapping(let mapping):
                // Pushed in reverse so the first entry is looked at first.
                for (key, value) in mapping.reversed() {
                    let name = key.scalar?.string ?? ""
                    stack.append((value, path + [name]))
                    stack.append((key, path + [name]))
                }
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated().reversed() { stack.append((item, path + [String(index)])) }
            case .scalar, .alias: break
            }
        }
        return nil
    }

    private static func encode(_ path: [String]) -> String {
        path.map { "/" + $0.replacing("~", with: "~0").replacing("/", with: "~1") }.joined()
    }
}
