import RepoCheckCore

/// The people format: findings first, each with its citation, evidence and deadline arithmetic; then the schedule.
public struct TextReport {
    /// Whether to use ANSI colours (only on a terminal, and never when `NO_COLOR` is set).
    public var color: Bool

    /// A renderer.
    public init(color: Bool = false) { self.color = color }

    /// Renders `report`; `testCase` supplies the event types shown as evidence.
    public func render(_ report: Report, case testCase: Case) -> String {
        let zone = testCase.zone
        let types = Dictionary(uniqueKeysWithValues: testCase.events.map { ($0.index, $0.type) })
        var out: [String] = []
        out.append(bold("Case \(report.caseID)") + " · \(report.timezone) · as of \(HumanTime.format(report.asOf, in: zone))")
        let p = report.provenance
        out.append("Rule pack \(p.pack) \(p.packVersion) (sha256 \(p.packHash.prefix(12))) · engine \(p.engineVersion) · not legal advice")
        out.append("")
        let s = report.summary
        let headline =
            "\(count(s.violations, "violation")), \(s.reviews) for review, \(s.unproven) unproven, \(count(s.open, "open obligation"))"
        out.append(s.violations > 0 ? paint(headline, "31;1") : paint(headline, "32;1"))
        for kind in Finding.Kind.allCases {
            let findings = report.findings.filter { $0.kind == kind }
            guard !findings.isEmpty else { continue }
            out.append("")
            out.append(bold(kind == .violation ? "VIOLATIONS" : kind == .review ? "FOR REVIEW" : "UNPROVEN"))
            for finding in findings { out += render(finding, zone: zone, types: types) }
        }
        if !report.obligations.isEmpty {
            out.append("")
            out.append(bold("SCHEDULE"))
            let rows = report.obligations.map { o -> [String] in
                let when = o.dueBy.map { "by " + HumanTime.format($0, in: zone) } ?? "not before " + HumanTime.format(o.notBefore, in: zone)
                return [o.status.rawValue, when, o.ruleID, o.title + (o.to.map { " (to \($0))" } ?? "")]
            }
            out += TextTable.rows(rows)
        }
        for warning in report.warnings {
            out.append("")
            out.append("warning: \(warning.message)" + (warning.event.map { " (event #\($0))" } ?? "") + " [\(warning.code)]")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ f: Finding, zone: Zone, types: [Int: String]) -> [String] {
        let mark = f.kind == .violation ? paint("✗", "31") : f.kind == .review ? paint("?", "33") : paint("…", "33")
        var lines = ["  \(mark) \(f.severity.rawValue.padding(8)) \(bold(f.ruleID)) — \(f.title)"]
        let indent = "             "
        lines.append(indent + f.citation)
        lines.append(indent + f.message)
        if !f.events.isEmpty {
            lines.append(indent + "evidence: " + f.events.map { "#\($0) \(types[$0] ?? "")" }.joined(separator: ", "))
        }
        if let missing = f.missingFact { lines.append(indent + "missing fact: \(missing)") }
        if let i = f.interpretation {
            lines.append(
                indent
                    + "interpretation-dependent: default reading \(HumanTime.format(i.defaultReading, in: zone)), other reading \(HumanTime.format(i.otherReading, in: zone))"
            )
        }
        if !f.trace.isEmpty {
            lines.append(indent + "arithmetic:")
            lines += TextTable.rows(f.trace.map { [$0.kind.rawValue, $0.at, $0.note] }, indent: indent + "  ")
        }
        if !f.remediation.isEmpty { lines.append(indent + "fix: " + f.remediation) }
        return lines
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    private func bold(_ text: String) -> String { Style(color: color).bold(text) }
    private func paint(_ text: String, _ code: String) -> String { Style(color: color).paint(text, code) }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
