import RepoCheckCore

/// The cases of an NDJSON stream (one JSON case per line), each with its line number, in order.
///
/// Blank lines are skipped. A line that does not load yields its diagnostics, located at that line,
/// and the stream goes on: nothing is dropped silently.
public struct NDJSONCases: Sequence, Sendable {
    /// One line's result.
    public struct Entry: Sendable {
        /// 1-based line number in the stream.
        public let line: Int
        /// The case, or why it did not load.
        public let result: Result<Case, DiagnosticsError>
    }

    private let text: String
    private let file: String
    private let limits: InputLimits

    /// The cases in `text`; `file` names the stream in diagnostics.
    public init(_ text: String, file: String, limits: InputLimits = .standard) {
        self.text = text
        self.file = file
        self.limits = limits
    }

    /// Iterates the entries lazily.
    public func makeIterator() -> AnyIterator<Entry> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        var number = 0
        let file = file
        let limits = limits
        return AnyIterator {
            while let line = lines.next() {
                number += 1
                let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
                if trimmed.allSatisfy(\.isWhitespace) { continue }
                return Entry(line: number, result: CaseLoader.decode(ndjsonLine: trimmed, file: file, line: number, limits: limits))
            }
            return nil
        }
    }
}
