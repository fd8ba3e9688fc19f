import RepoCheckCore

/// `report.html`: one self-contained page for people. The portfolio summary, violations charted by rule,
/// severity, agency and month (inline SVG), a sortable table of cases (a little inline script), and each
/// case's findings with citations and deadline arithmetic. No external URL of any kind.
///
/// The page is made of parts so an audit can stream it: ``opening(_:)`` (which needs the final totals),
/// then one ``row(_:)`` per case, ``middle(_:)``, one ``section(_:case:audited:)`` per case with findings,
/// and ``closing``. ``page(summary:rows:sections:)`` joins them for a small portfolio.
public enum HTMLReport {
    /// Agencies charted by name; the rest are summed in one bar.
    public static let chartedAgencies = 20

    /// The whole page at once.
    public static func page(summary: AuditSummary, rows: [String], sections: [String]) -> String {
        opening(summary) + rows.joined() + middle(summary) + sections.joined() + closing
    }

    /// From the document's start to the opening of the case table's body.
    public static func opening(_ summary: AuditSummary) -> String {
        let p = summary.provenance
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLAssets.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="RepoCheck \(HTMLText.escape(p.engineVersion))">
            <title>RepoCheck audit: \(HTMLText.count(summary.cases.read)) cases</title>
            <style>
            \(HTMLAssets.style)
            </style>
            </head>
            <body>
            <main>
            <header>
            <h1>RepoCheck audit</h1>
            <p class="muted">Rule pack <code>\(HTMLText.escape(p.pack)) \(HTMLText.escape(p.packVersion))</code> \
            (sha256 <code>\(HTMLText.escape(String(p.packHash.prefix(12))))</code>) · engine \(HTMLText.escape(p.engineVersion)) · \
            \(summary.asOf.map { "as of " + HTMLText.escape($0) } ?? "each case as of its last event (closed) or the time of the audit (open)")</p>
            <p class="notice">Not legal advice. Every finding cites the law it rests on so a person can check it.</p>
            </header>

            """
        html += stats(summary)
        html += charts(summary)
        html += loadErrors(summary)
        html += """
            <section id="cases">
            <h2>Cases</h2>
            <p class="muted">Click a column heading to sort. A case id links to its findings.</p>
            <div class="table-box">
            <table id="case-table">
            <thead><tr><th class="num">#</th><th>Case</th><th>Agency</th><th>Contract</th><th>Collateral</th><th>Repossessed</th>\
            <th class="num">Violations</th><th>Worst</th><th class="num">Review</th><th class="num">Unproven</th><th class="num">Open</th></tr></thead>
            <tbody>

            """
        return html
    }

    /// One row of the case table.
    public static func row(_ audited: AuditCase) -> String {
        let s = audited.summary
        let hasFindings = s.violations + s.reviews + s.unproven > 0
        let id = HTMLText.escape(audited.caseID)
        let caseCell = hasFindings ? ##"<a href="#case-\##(audited.sequence)">\##(id)</a>"## : id
        let worst = audited.worstSeverity
        let worstCell =
            worst.map {
                #"<td data-sort="\#(Rule.Severity.allCases.firstIndex(of: $0) ?? 9)"><span class="badge sev-\#($0.rawValue)">\#($0.rawValue)</span></td>"#
            }
            ?? #"<td data-sort="9"><span class="clean">none</span></td>"#
        func text(_ value: String?) -> String { HTMLText.escape(value ?? "") }
        return
            #"<tr><td class="num">\#(audited.sequence)</td><td class="mono">\#(caseCell)</td><td class="mono">\#(text(audited.agency))</td>"#
            + "<td>\(text(audited.contractType))</td><td>\(text(audited.collateralKind))</td><td>\(text(audited.repossessed))</td>"
            + #"<td class="num">\#(s.violations)</td>\#(worstCell)<td class="num">\#(s.reviews)</td><td class="num">\#(s.unproven)</td>"#
            + #"<td class="num">\#(s.open)</td></tr>"# + "\n"
    }

    /// Between the case table and the findings sections.
    public static func middle(_ summary: AuditSummary) -> String {
        let f = summary.findings
        let none = f.violations + f.reviews + f.unproven == 0 ? "<p class=\"clean\">No case has a finding.</p>\n" : ""
        return """
            </tbody>
            </table>
            </div>
            </section>
            <section id="findings">
            <h2>Findings by case</h2>
            \(none)
            """
    }

    /// One case's findings, each with its citation, evidence and deadline arithmetic; empty for a case without findings.
    public static func section(_ report: Report, case testCase: Case, audited: AuditCase) -> String {
        guard !report.findings.isEmpty else { return "" }
        let events = Dictionary(testCase.events.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        let s = report.summary
        let facts = [audited.agency.map { "agency " + $0 }, audited.contractType, audited.collateralKind].compactMap { $0 }
        var html =
            #"<details class="case" id="case-\#(audited.sequence)"><summary><code>\#(HTMLText.escape(report.caseID))</code> — "#
            + "\(s.violations) violation\(s.violations == 1 ? "" : "s"), \(s.reviews) for review, \(s.unproven) unproven"
            + #" <span class="muted">\#(HTMLText.escape(facts.joined(separator: " · "))) · as of \#(HTMLText.escape(report.asOf))</span></summary>"#
            + "\n"
        for finding in report.findings {
            html += self.finding(finding, events: events, zone: testCase.zone)
        }
        return html + "</details>\n"
    }

    /// The end of the document.
    public static let closing = """
        </section>
        <footer>
        <p>Produced by <code>repocheck audit</code>. Reports show case ids, event types and times, and rule data only: \
        no names, addresses or account numbers. Not legal advice.</p>
        </footer>
        </main>
        <script>
        \(HTMLAssets.script)
        </script>
        </body>
        </html>

        """

    private static func finding(_ f: Finding, events: [Int: Event], zone: Zone) -> String {
        let badge =
            f.kind == .violation
            ? #"<span class="badge sev-\#(f.severity.rawValue)">\#(f.severity.rawValue)</span>"#
            : #"<span class="badge kind-\#(f.kind.rawValue)">\#(f.kind.rawValue)</span> <span class="muted">\#(f.severity.rawValue)</span>"#
        var html = #"<div class="finding \#(f.kind.rawValue)" data-rule="\#(HTMLText.escape(f.ruleID))">"#
        html += "<p>\(badge) <code>\(HTMLText.escape(f.ruleID))</code> — \(HTMLText.escape(f.title))</p>"
        html += #"<p class="citation">\#(HTMLText.escape(f.citation))</p>"#
        html += "<p>\(HTMLText.escape(f.message))</p>"
        var facts: [(String, String)] = []
        if !f.events.isEmpty {
            let evidence = f.events.map { index in
                guard let event = events[index] else { return "#\(index)" }
                return "#\(index) \(event.type) at \(RFC3339.format(event.at, in: zone))"
            }
            facts.append(("evidence", evidence.joined(separator: "; ")))
        }
        if let deadline = f.deadline { facts.append(("deadline", deadline)) }
        if let actual = f.actual { facts.append(("actual", actual)) }
        if let late = f.lateBy { facts.append(("late by", late + (f.lateBySeconds.map { " (\($0) s)" } ?? ""))) }
        if let missing = f.missingFact { facts.append(("missing fact", missing)) }
        if let i = f.interpretation {
            facts.append(("interpretation", "default reading \(i.defaultReading); other reading \(i.otherReading). \(i.note)"))
        }
        if !facts.isEmpty {
            html += "<dl>" + facts.map { "<dt>\(HTMLText.escape($0.0))</dt><dd>\(HTMLText.escape($0.1))</dd>" }.joined() + "</dl>"
        }
        if !f.trace.isEmpty {
            html += #"<table class="trace"><caption class="muted">deadline arithmetic</caption>"#
            for step in f.trace {
                html +=
                    #"<tr><td class="mono">\#(HTMLText.escape(step.kind.rawValue))</td><td class="mono">\#(HTMLText.escape(step.at))</td>"#
                    + "<td>\(HTMLText.escape(step.note))</td></tr>"
            }
            html += "</table>"
        }
        if !f.remediation.isEmpty { html += #"<p class="fix">What to do: \#(HTMLText.escape(f.remediation))</p>"# }
        return html + "</div>\n"
    }

    private static func stats(_ summary: AuditSummary) -> String {
        let c = summary.cases
        let f = summary.findings
        let items: [(id: String, label: String, value: Int, bad: Bool)] = [
            ("cases-read", "cases read", c.read, false),
            ("cases-evaluated", "evaluated", c.evaluated, false),
            ("cases-failed", "failed to load", c.failedToLoad, c.failedToLoad > 0),
            ("cases-with-violations", "cases with violations", c.withViolations, c.withViolations > 0),
            ("violations", "violations", f.violations, f.violations > 0),
            ("reviews", "for review", f.reviews, false),
            ("unproven", "unproven", f.unproven, false),
        ]
        let cells = items.map {
            #"<div class="stat\#($0.bad ? " bad" : "")"><dt>\#($0.label)</dt><dd id="stat-\#($0.id)" data-value="\#($0.value)">\#(HTMLText.count($0.value))</dd></div>"#
        }
        return "<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"stats\">\n" + cells.joined(separator: "\n")
            + "\n</dl>\n</section>\n"
    }

    private static func charts(_ summary: AuditSummary) -> String {
        let byRule = summary.violationsByRule.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            HTMLChart.Bar(key: $0.key, value: $0.value)
        }
        let bySeverity = Rule.Severity.allCases.map {
            HTMLChart.Bar(key: $0.rawValue, value: summary.violationsBySeverity[$0.rawValue] ?? 0, style: "bar-\($0.rawValue)")
        }
        let agencies = summary.violationsByAgency.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        var byAgency = agencies.prefix(chartedAgencies).map { HTMLChart.Bar(key: $0.key, value: $0.value) }
        var agencyNote: String?
        if agencies.count > chartedAgencies {
            let rest = agencies.dropFirst(chartedAgencies)
            byAgency.append(HTMLChart.Bar(key: "\(rest.count) other agencies", value: rest.map(\.value).reduce(0, +), style: "bar-low"))
            agencyNote = "(the \(chartedAgencies) with the most violations; summary.json lists all)"
        }
        let byMonth = months(summary.violationsByMonth).map { HTMLChart.Bar(key: $0.key, value: $0.value) }
        return """
            <section id="charts">
            <h2>Violations</h2>
            <div class="charts">
            \(HTMLChart.horizontal(id: "chart-rule", title: "By rule", bars: byRule))
            \(HTMLChart.horizontal(id: "chart-severity", title: "By severity", bars: bySeverity))
            \(HTMLChart.horizontal(id: "chart-agency", title: "By repossession agency (party id)", bars: byAgency, note: agencyNote))
            \(HTMLChart.columns(id: "chart-month", title: "By month of the violating act", bars: byMonth))
            </div>
            </section>

            """
    }

    /// Months in order, with the empty months between the first and the last filled in (up to ten years).
    static func months(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        let known = counts.filter { $0.key != "unknown" }.sorted { $0.key < $1.key }
        var out: [(key: String, value: Int)] = []
        func parse(_ key: String) -> Int? {
            let parts = key.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            return y * 12 + m - 1
        }
        if let first = known.first.flatMap({ parse($0.key) }), let last = known.last.flatMap({ parse($0.key) }), last - first < 120,
            known.allSatisfy({ parse($0.key) != nil })
        {
            for n in first...last {
                let key = "\(n / 12)-" + (n % 12 + 1 < 10 ? "0" : "") + "\(n % 12 + 1)"
                out.append((key, counts[key] ?? 0))
            }
        } else {
            out = known.map { ($0.key, $0.value) }
        }
        if let unknown = counts["unknown"] { out.append(("unknown", unknown)) }
        return out
    }

    private static func loadErrors(_ summary: AuditSummary) -> String {
        guard !summary.loadErrors.isEmpty else { return "" }
        var html = """
            <section id="load-errors">
            <h2>Cases that did not load</h2>
            <table>
            <thead><tr><th>Where</th><th>Code</th><th>Message</th></tr></thead>
            <tbody>

            """
        for error in summary.loadErrors {
            let place = [error.file, error.line.map(String.init), error.column.map(String.init)].compactMap { $0 }.joined(separator: ":")
            let more = error.errors > 1 ? #" <span class="muted">(and \#(error.errors - 1) more)</span>"# : ""
            html +=
                #"<tr><td class="mono">\#(HTMLText.escape(place))</td><td class="mono">\#(HTMLText.escape(error.code))</td>"#
                + "<td>\(HTMLText.escape(error.message))\(more)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if summary.loadErrorsNotListed > 0 {
            html += "<p class=\"muted\">\(HTMLText.count(summary.loadErrorsNotListed)) more not listed.</p>\n"
        }
        return html + "</section>\n"
    }
}
