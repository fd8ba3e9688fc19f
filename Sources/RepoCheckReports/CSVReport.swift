import CSV
import Foundation
import RepoCheckCore

/// `findings.csv`: one row per finding, made to open cleanly in Excel.
///
/// UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting (a field with a quote, comma, CR or LF
/// is quoted, quotes doubled) by yaslab/CSV.swift's `CSVWriter`, and formula neutralisation: a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it
/// as text instead of running it.
public enum CSVReport {
    /// The UTF-8 byte-order mark that starts the file (Excel reads the file as UTF-8 only with it).
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The column names.
    public static let columns = [
        "case_id", "agency", "rule_id", "kind", "severity", "title", "citation", "message", "evidence", "deadline", "actual",
        "late_by", "late_by_seconds", "missing_fact", "interpretation", "remediation",
    ]

    /// The start of the file: the byte-order mark and the header row, ending in CRLF.
    public static var header: [UInt8] { byteOrderMark + rows([columns]) }

    /// The rows of one case's findings (none for a clean case), each ending in CRLF.
    public static func rows(_ report: Report, case testCase: Case, agency: String?) -> [UInt8] {
        let events = Dictionary(testCase.events.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        return rows(
            report.findings.map { finding in
                let evidence = finding.events.map { index in
                    guard let event = events[index] else { return "#\(index)" }
                    return "#\(index) \(event.type) \(RFC3339.format(event.at, in: testCase.zone))"
                }
                let interpretation = finding.interpretation.map {
                    "default reading \($0.defaultReading); other reading \($0.otherReading)"
                }
                return [
                    report.caseID, agency ?? "", finding.ruleID, finding.kind.rawValue, finding.severity.rawValue, finding.title,
                    finding.citation, finding.message, evidence.joined(separator: "; "), finding.deadline ?? "", finding.actual ?? "",
                    finding.lateBy ?? "", finding.lateBySeconds.map(String.init) ?? "", finding.missingFact ?? "", interpretation ?? "",
                    finding.remediation,
                ]
            })
    }

    /// `rows` as CSV, each neutralised and quoted as needed, each row ending in CRLF.
    public static func rows(_ rows: [[String]]) -> [UInt8] {
        guard !rows.isEmpty else { return [] }
        let stream = OutputStream(toMemory: ())
        // Writing to memory does not fail; if it ever did, the rows would be missing, not corrupt.
        guard let writer = try? CSVWriter(stream: stream, newline: .crlf) else { return [] }
        return withExtendedLifetime(writer) {
            do {
                for row in rows { try writer.write(row: row.map(neutralised)) }
            } catch {
                return []
            }
            let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
            // CSVWriter separates rows with CRLF; end the last one too, so chunks of rows can be concatenated.
            return Array(data) + [0x0D, 0x0A]
        }
    }

    /// `cell` with a leading `'` if a spreadsheet would read it as a formula.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        return "'" + cell
    }
}
