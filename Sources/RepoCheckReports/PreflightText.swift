import RepoCheckCore

/// A pre-flight for a coordinator: CLEAR or BLOCKED, each reason with its citation and how to clear it,
/// then the checklist the repossession will trigger with concrete due times.
public struct PreflightText {
    /// Whether to use ANSI colours.
    public var color: Bool

    /// A renderer.
    public init(color: Bool = false) { self.color = color }

    /// Renders a report made by `Evaluator.preflight`.
    public func render(_ report: Report, case testCase: Case) -> String {
        let zone = testCase.zone
        let style = Style(color: color)
        guard let decision = report.decision else { return "" }
        var out = [
            style.bold("Pre-flight \(report.caseID)") + " · repossession planned for \(HumanTime.format(decision.plannedAt, in: zone))",
            "Rule pack \(report.provenance.pack) \(report.provenance.packVersion) · not legal advice", "",
        ]
        let blocking = report.findings.filter { $0.kind == .violation }
        if decision.status == .blocked {
            out.append(style.paint("BLOCKED", "31;1") + " — \(blocking.count) reason\(blocking.count == 1 ? "" : "s") not to dispatch")
        } else {
            out.append(style.paint("CLEAR", "32;1") + " — no rule stops a repossession at this time")
        }
        for finding in blocking {
            out += [
                "  \(style.paint("✗", "31")) \(finding.severity.rawValue.padding(8)) \(style.bold(finding.ruleID)) — \(finding.title)",
                "             \(finding.citation)", "             \(finding.message)", "             to clear: \(finding.remediation)",
            ]
        }
        let others = report.findings.filter { $0.kind != .violation }
        if !others.isEmpty {
            out += ["", style.bold("CHECK BEFORE DISPATCH")]
            for finding in others {
                out += ["  ? \(finding.ruleID) — \(finding.title)", "             \(finding.citation)", "             \(finding.message)"]
            }
        }
        if !report.obligations.isEmpty {
            out += ["", style.bold("CHECKLIST") + " — what a repossession at that time sets in motion"]
            out += TextTable.rows(
                report.obligations.map { o in
                    let when =
                        o.dueBy.map { "by " + HumanTime.format($0, in: zone) } ?? "not before " + HumanTime.format(o.notBefore, in: zone)
                    return [when, o.title + (o.to.map { " (to \($0))" } ?? ""), o.citation]
                })
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// ANSI styling that is a no-op without colour.
struct Style {
    let color: Bool
    func bold(_ text: String) -> String { paint(text, "1") }
    func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

/// Left-aligned columns separated by two spaces; the last column is not padded.
enum TextTable {
    static func rows(_ rows: [[String]], indent: String = "  ") -> [String] {
        guard let columns = rows.first?.count else { return [] }
        let widths = (0..<columns).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            indent + row.enumerated().map { c, cell in c == columns - 1 ? cell : cell.padding(widths[c]) }.joined(separator: "  ")
        }
    }
}
