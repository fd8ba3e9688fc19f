import Foundation
import RepoCheckCore
import Testing

@testable import RepoCheckReports

/// The audit's summary and HTML page, from a fixed case and report.
@Suite struct AuditReportTests {
    static let report = try! JSONDecoder().decode(Report.self, from: Data(ReportFixtures.lateSale.utf8))
    static let audited = AuditCase(report: report, case: ReportFixtures.testCase, sequence: 7)

    static func summary() -> AuditSummary {
        var summary = AuditSummary(
            provenance: .init(pack: "test-pack", packVersion: "1.0.0", packHash: String(repeating: "ab", count: 32), engineVersion: "0.1.0")
        )
        summary.add(audited)
        return summary
    }

    @Test("a case's digest keeps ids and facts, the agency's party id, and each violation's rule, severity and month")
    func digest() {
        let a = Self.audited
        #expect(a.caseID == "CA-2025-000900")
        #expect(a.agency == "rag-0846")
        #expect(a.contractType == "conditional_sale")
        #expect(a.violations == [AuditCase.Violation(ruleID: "ca.civ.2983.2.sale-wait", severity: .high, month: "2025-03")])
        #expect(a.worstSeverity == .high)
    }

    @Test("the summary counts cases, findings and violations by rule, severity, agency and month")
    func counts() throws {
        var summary = Self.summary()
        summary.add(
            AuditSummary.LoadError(
                diagnostics: [
                    .error(
                        "case.bad-timestamp", "timestamp without a time-zone offset in `at`",
                        at: SourceLocation(file: "x.ndjson", line: 4, column: 9))
                ],
                file: "x.ndjson"))
        let c = summary.cases
        #expect((c.read, c.evaluated, c.failedToLoad, c.withViolations) == (2, 1, 1, 1))
        #expect(summary.findings.violations == 1 && summary.findings.reviews == 1)
        #expect(summary.violationsByRule == ["ca.civ.2983.2.sale-wait": 1])
        #expect(summary.violationsBySeverity == ["critical": 0, "high": 1, "medium": 0, "low": 0])
        #expect(summary.violationsByAgency == ["rag-0846": 1])
        #expect(summary.violationsByMonth == ["2025-03": 1])
        let error = try #require(summary.loadErrors.first)
        #expect((error.file, error.line, error.column, error.code) == ("x.ndjson", 4, 9, "case.bad-timestamp"))
    }

    @Test("load errors past the limit are counted, not listed, so the summary stays small")
    func loadErrorLimit() {
        var summary = Self.summary()
        let error = AuditSummary.LoadError(diagnostics: [.error("yaml.syntax", "bad", at: nil)], file: "-")
        for _ in 0..<(AuditSummary.loadErrorLimit + 5) { summary.add(error) }
        #expect(summary.loadErrors.count == AuditSummary.loadErrorLimit)
        #expect(summary.loadErrorsNotListed == 5)
        #expect(summary.cases.failedToLoad == AuditSummary.loadErrorLimit + 5)
    }

    @Test("the HTML page is self-contained: no URL, no external resource, a policy that forbids them")
    func selfContained() {
        let summary = Self.summary()
        let page = HTMLReport.page(
            summary: summary, rows: [HTMLReport.row(Self.audited)],
            sections: [HTMLReport.section(Self.report, case: ReportFixtures.testCase, audited: Self.audited)])
        for forbidden in ["http:", "https:", "//", "src=", "url(", "@import"] {
            #expect(!page.contains(forbidden), "the page contains \(forbidden)")
        }
        #expect(page.contains("Content-Security-Policy"))
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains(#"<details class="case" id="case-7">"#))
        #expect(page.contains(##"<a href="#case-7">CA-2025-000900</a>"##))
        #expect(page.contains(#"<g class="bar" data-key="ca.civ.2983.2.sale-wait" data-value="1">"#))
    }

    @Test("text from the report is escaped, and nothing about the parties appears")
    func escaping() {
        let section = HTMLReport.section(Self.report, case: ReportFixtures.testCase, audited: Self.audited)
        #expect(section.contains("A &lt;b&gt;standard&lt;/b&gt;"))
        #expect(section.contains("Stop the sale &amp; review."))
        #expect(section.contains("&lt;at the end&gt;"))
        #expect(section.contains("#1 vehicle_sold at 2025-03-31T10:00:00-07:00"))
        #expect(!section.contains("Jordan") && !section.contains("Example Recovery"))
    }

    @Test("months are charted in order with the empty months between filled in")
    func months() {
        let months = HTMLReport.months(["2024-11": 2, "2025-02": 1, "unknown": 3])
        #expect(months.map(\.key) == ["2024-11", "2024-12", "2025-01", "2025-02", "unknown"])
        #expect(months.map(\.value) == [2, 0, 0, 1, 3])
    }
}
