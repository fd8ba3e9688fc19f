import RepoCheckCore

/// The schedule for a coordinator: every obligation triggered so far, sorted by date, with its window,
/// recipients, status and citation.
public struct ScheduleText {
    /// Whether to use ANSI colours.
    public var color: Bool

    /// A renderer.
    public init(color: Bool = false) { self.color = color }

    /// Renders the obligations of `report`.
    public func render(_ report: Report, case testCase: Case) -> String {
        let zone = testCase.zone
        let style = Style(color: color)
        var out = [
            style.bold("Schedule \(report.caseID)") + " · \(report.timezone) · as of \(HumanTime.format(report.asOf, in: zone))",
            "Rule pack \(report.provenance.pack) \(report.provenance.packVersion) · not legal advice", "",
        ]
        guard !report.obligations.isEmpty else { return (out + ["No obligation has been triggered yet."]).joined(separator: "\n") + "\n" }
        let rows =
            [["status", "window", "what", "citation"]]
            + report.obligations.map { o in
                let window =
                    o.dueBy.map { "by " + HumanTime.format($0, in: zone) } ?? "not before " + HumanTime.format(o.notBefore, in: zone)
                let status =
                    o.status == .missed || o.status == .late || o.status == .violated
                    ? style.paint(o.status.rawValue, "31") : o.status.rawValue
                return [status, window, o.title + (o.to.map { " — to \($0)" } ?? ""), o.citation]
            }
        out += TextTable.rows(rows)
        return out.joined(separator: "\n") + "\n"
    }
}
