import RepoCheckCore
import Yams

/// Loads case timelines: one YAML or JSON document, or NDJSON (one JSON case per line).
public enum CaseLoader {
    /// One case from a document's text; `file` is how diagnostics name it.
    ///
    /// - Returns: the case, or every problem found (never the file's values: they may be personal data).
    ///
    /// A JSON document takes a fast path first; anything it cannot vouch for goes through the YAML
    /// parser, which gives every problem its line and column. Both paths give the same case.
    public static func decode(_ text: String, file: String, limits: InputLimits = .standard) -> Result<Case, DiagnosticsError> {
        // The fast path checks the other limits as it reads: nesting as `NestingScan` counts it in JSON, and NUL bytes.
        if text.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") }) == UInt8(ascii: "{"),
            text.utf8.count <= limits.maxBytes, let fast = FastCaseDecoder.decode(text, limits: limits)
        {
            return .success(fast)
        }
        return decodeSlowly(text, file: file, limits: limits)
    }

    /// One case through the YAML parser and `CaseDecoder`, with every problem located: what `decode` does
    /// when the fast path steps aside. Public to the fuzzers, which hold the two paths to the same result.
    @_spi(Testing) public static func decodeSlowly(_ text: String, file: String, limits: InputLimits = .standard)
        -> Result<Case, DiagnosticsError>
    {
        switch YAMLDocument.parse(text, file: file, limits: limits) {
        case .failure(let diagnostic): return .failure(DiagnosticsError([diagnostic]))
        case .success(nil):
            return .failure(
                DiagnosticsError([.error("case.empty", "the case file is empty", at: SourceLocation(file: file, line: 1, column: 1))]))
        case .success(let node?):
            let reader = NodeReader(file: file, quotesValues: false)
            guard let decoded = CaseDecoder(reader: reader, maxEvents: limits.maxEvents, maxParties: limits.maxParties).decode(node) else {
                return .failure(DiagnosticsError(reader.diagnostics))
            }
            return .success(decoded)
        }
    }

    /// One case from bytes, checking they are UTF-8 first.
    public static func decode(bytes: [UInt8], file: String, limits: InputLimits = .standard) -> Result<Case, DiagnosticsError> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(
                DiagnosticsError([
                    .error("case.not-utf8", "the file is not valid UTF-8", at: SourceLocation(file: file, line: 1, column: 1))
                ]))
        }
        return decode(text, file: file, limits: limits)
    }

    /// One NDJSON line: the case, or its problems located at `line` of `file`.
    public static func decode(ndjsonLine text: Substring, file: String, line: Int, limits: InputLimits = .standard)
        -> Result<Case, DiagnosticsError>
    {
        decode(String(text), file: file, limits: limits).mapError { error in
            // The line is one document: a problem the parser places past its end (an unclosed `{`) is at the end of the line.
            let end = text.unicodeScalars.count + 1
            return DiagnosticsError(
                error.diagnostics.map { diagnostic in
                    var moved = diagnostic
                    moved.location = diagnostic.location.map {
                        SourceLocation(file: file, line: line, column: $0.line > 1 ? end : $0.column)
                    }
                    return moved
                })
        }
    }
}
