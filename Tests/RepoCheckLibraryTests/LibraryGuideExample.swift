import Foundation
import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports
import RepoCheckRules

/// Checks cases against one rule pack, loaded once and shared by every caller.
struct ComplianceChecker: Sendable {
    let evaluator: Evaluator

    /// Loads and validates the bundled California pack, or the pack in `folder`.
    init(rulesFolder folder: String? = nil) throws(DiagnosticsError) {
        let loaded = try (folder.map { RulePackLoader.load(directory: $0) } ?? BundledRules.load()).get()
        evaluator = Evaluator(pack: loaded.pack)
    }

    /// The report for one case document (YAML or JSON), judged as of `asOf`: a date, an RFC 3339
    /// timestamp with offset, or `nil` for the default (the last event of a closed case, now for an open one).
    func check(_ document: String, asOf: String? = nil) throws -> Report {
        let testCase = try CaseLoader.decode(document, file: "case.yaml").get()
        return try evaluator.evaluate(testCase, options: EvaluationOptions(asOf: asOf), now: Self.now)
    }

    /// Pre-flight: may the collateral be repossessed at `plannedAt`, and what would that set in motion?
    func preflight(_ document: String, plannedAt: String) throws -> Report {
        let testCase = try CaseLoader.decode(document, file: "case.yaml").get()
        let planned = try RFC3339.parseTimestamp(plannedAt).get().instant
        return try evaluator.preflight(testCase, plannedAt: planned)
    }

    /// The current time: the core keeps no clock, so the caller supplies it.
    static var now: Instant { Instant(seconds: Int64(Date().timeIntervalSince1970)) }
}

/// Uses the checker as an application would, and returns what it printed.
func runGuideExample() throws -> [String] {
    var printed: [String] = []
    let checker = try ComplianceChecker()

    let document = """
        case_id: CA-2025-000900
        timezone: America/Los_Angeles
        status: closed
        contract: {type: conditional_sale, signed: 2022-05-01}
        collateral: {kind: motor_vehicle}
        parties:
          - {id: b1, role: buyer}
          - {id: ag, role: repossession_agency}
        events:
          - {at: "2025-03-14T02:10:00-07:00", type: repossession, by: ag}
          - {at: "2025-03-14T03:40:00-07:00", type: police_notified, by: ag}
        """
    let report = try checker.check(document, asOf: "2025-03-20")
    printed.append("\(report.summary.violations) violation(s)")
    for finding in report.findings where finding.kind == .violation {
        printed.append("\(finding.ruleID): \(finding.message) (\(finding.citation))")
    }

    // Reports are Codable: the same bytes as `repocheck check --format json`.
    let json = JSONReport.render(report)
    let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    printed.append(decoded == report ? "round trip ok" : "round trip changed the report")

    // A case that does not load gives diagnostics with file:line:column, never the case's values.
    do {
        _ = try checker.check("case_id: CA-1\ntimezone: America/Los_Angeles\nevents:\n  - {type: call, at: 2025-03-14T02:10:00}\n")
    } catch let error as DiagnosticsError {
        printed.append(DiagnosticText.render(error.diagnostics))
    }
    return printed
}
