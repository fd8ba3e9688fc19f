import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports

/// One case's result, rendered in every output format while the case is at hand, so the case and its
/// report can be dropped before the result is written.
enum AuditOutcome: Sendable {
    /// The case loaded and was evaluated.
    case evaluated(Evaluated)
    /// The case did not load.
    case failed(file: String, diagnostics: [Diagnostic])

    /// An evaluated case in every output format.
    struct Evaluated: Sendable {
        /// What the summary counts.
        let audited: AuditCase
        /// `JSONReport.line(report)`.
        let json: String
        /// The case's CSV rows.
        let csv: [UInt8]
        /// Its row of the HTML case table.
        let row: String
        /// Its HTML findings section (empty when it has none).
        let section: String
    }
}

/// Loads, evaluates and renders one case. Pure apart from reading nothing: safe to run on many tasks at once.
struct AuditWork: Sendable {
    /// The evaluator, shared by every task.
    let evaluator: Evaluator
    /// `--as-of` (already checked to be readable), and the bound on one case's findings and obligations.
    let options: EvaluationOptions
    /// The limits on one case document.
    let limits: InputLimits
    /// The instant open cases are judged at without `--as-of` (the audit's start, the same for every case).
    let now: Instant

    /// The outcome of `raw`.
    func run(_ raw: RawCase) -> AuditOutcome {
        let loaded: Result<Case, DiagnosticsError>
        switch raw.content {
        case .unreadable(let diagnostics): return .failed(file: raw.file, diagnostics: diagnostics)
        case .document(let bytes): loaded = CaseLoader.decode(bytes: bytes, file: raw.file, limits: limits)
        case .line(let number, let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let location = SourceLocation(file: raw.file, line: number, column: 1)
                return .failed(
                    file: raw.file,
                    diagnostics: [.error("case.not-utf8", "the line is not valid UTF-8", at: location, hint: "NDJSON is UTF-8 text")])
            }
            loaded = CaseLoader.decode(ndjsonLine: Substring(text), file: raw.file, line: number, limits: limits).mapError { error in
                DiagnosticsError(error.diagnostics.map { Self.onLine($0, number, length: text.unicodeScalars.count) })
            }
        }
        switch loaded {
        case .failure(let error): return .failed(file: raw.file, diagnostics: error.diagnostics)
        case .success(let testCase):
            let report: Report
            do {
                report = try evaluator.evaluate(testCase, options: options, now: now)
            } catch {
                let line = if case .line(let number, _) = raw.content { number } else { 1 }
                return .failed(file: raw.file, diagnostics: [error.diagnostic(at: SourceLocation(file: raw.file, line: line, column: 1))])
            }
            let audited = AuditCase(report: report, case: testCase, sequence: raw.sequence)
            return .evaluated(
                AuditOutcome.Evaluated(
                    audited: audited, json: JSONReport.line(report),
                    csv: CSVReport.rows(report, case: testCase, agency: audited.agency), row: HTMLReport.row(audited),
                    section: HTMLReport.section(report, case: testCase, audited: audited)))
        }
    }

    /// `diagnostic` kept on NDJSON line `line`: the parser places an error found at the end of the text
    /// (an unclosed `{`) on the line after it, which in a stream is the next case's line.
    static func onLine(_ diagnostic: Diagnostic, _ line: Int, length: Int) -> Diagnostic {
        guard let location = diagnostic.location, location.line != line else { return diagnostic }
        var moved = diagnostic
        moved.location = SourceLocation(file: location.file, line: line, column: location.line > line ? length + 1 : location.column)
        return moved
    }
}
