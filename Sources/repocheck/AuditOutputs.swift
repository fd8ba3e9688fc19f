import Foundation
import RepoCheckCore
import RepoCheckReports

/// The files an audit writes in its output folder, fed one case at a time in input order.
///
/// `findings.ndjson` and `findings.csv` are streamed; the HTML page's table rows and findings sections
/// are streamed into two part files and joined behind the page's head (which needs the final totals)
/// when the audit ends; `summary.json` is written last. Every file is atomic (``AtomicFile``).
@MainActor
final class AuditOutputs {
    /// The names of the files written.
    static let names = ["report.html", "findings.csv", "findings.ndjson", "summary.json"]

    private(set) var summary: AuditSummary
    private let folder: String
    private let ndjson: AtomicFile
    private let csv: AtomicFile
    private let rows: AtomicFile
    private let sections: AtomicFile

    /// Opens the outputs in `folder` (created if missing).
    init(folder: String, summary: AuditSummary) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError("error: cannot create the output folder `\(folder)` [output.write]")
        }
        self.folder = folder
        self.summary = summary
        ndjson = try AtomicFile(path: Self.path(folder, "findings.ndjson"))
        csv = try AtomicFile(path: Self.path(folder, "findings.csv"))
        rows = try AtomicFile(path: Self.path(folder, "report.rows.part"))
        sections = try AtomicFile(path: Self.path(folder, "report.sections.part"))
        try csv.write(CSVReport.header)
    }

    /// Writes one case's outputs and counts it.
    func add(_ evaluated: AuditOutcome.Evaluated) throws {
        summary.add(evaluated.audited)
        try ndjson.write(evaluated.json)
        try ndjson.write("\n")
        try csv.write(evaluated.csv)
        try rows.write(evaluated.row)
        if !evaluated.section.isEmpty { try sections.write(evaluated.section) }
    }

    /// Counts a case that did not load.
    func add(_ error: AuditSummary.LoadError) { summary.add(error) }

    /// Writes `report.html` and `summary.json` and moves every file into place.
    func finish() throws {
        try rows.flush()
        try sections.flush()
        let html = try AtomicFile(path: Self.path(folder, "report.html"))
        try html.write(HTMLReport.opening(summary))
        try html.append(contentsOf: rows.temporaryPath)
        try html.write(HTMLReport.middle(summary))
        try html.append(contentsOf: sections.temporaryPath)
        try html.write(HTMLReport.closing)
        let json = try AtomicFile(path: Self.path(folder, "summary.json"))
        try json.write(summary.json)
        rows.discard()
        sections.discard()
        for file in [ndjson, csv, html, json] { try file.commit() }
    }

    /// Deletes the temporary files, leaving the folder as it was.
    func discard() {
        for file in [ndjson, csv, rows, sections] { file.discard() }
    }

    private static func path(_ folder: String, _ name: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }
}
