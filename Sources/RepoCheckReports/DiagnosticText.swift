import RepoCheckCore

/// Diagnostics as compilers print them: `file:line:column: error: message [code]`, the hint below,
/// and, for rule files, the source line with a caret.
public enum DiagnosticText {
    /// Renders `diagnostics` and a closing count (`2 errors, 1 warning in 1 file`).
    ///
    /// - Parameter source: returns a file's text when it may be quoted (rule files, never case files).
    public static func render(_ diagnostics: [Diagnostic], source: (String) -> String? = { _ in nil }) -> String {
        var lines: [String] = []
        for diagnostic in diagnostics {
            lines.append(diagnostic.description)
            if let location = diagnostic.location, let text = source(location.file) {
                let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(location.line - 1).first ?? ""
                lines.append("  " + line)
                lines.append("  " + String(repeating: " ", count: max(0, location.column - 1)) + "^")
            }
            if let hint = diagnostic.hint { lines.append("  hint: \(hint)") }
        }
        lines.append(summary(diagnostics))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 errors, 1 warning in 1 file`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        let files = Set(diagnostics.compactMap { $0.location?.file }).count
        func n(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
        return "\(n(errors, "error")), \(n(warnings, "warning")) in \(n(files, "file"))"
    }
}
