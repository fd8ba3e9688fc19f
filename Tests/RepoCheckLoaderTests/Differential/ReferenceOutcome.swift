import RepoCheckCore

/// What the differential test compares of a finding: the rule, the kind, the evidence, and the bound and
/// deciding instant (RFC 3339 in the case's zone) with any interpretation note's two bounds.
struct ComparedFinding: Hashable, CustomStringConvertible {
    var ruleID: String
    var kind: String
    var events: [Int]
    var deadline: String?
    var actual: String?
    var readings: [String]?

    var description: String {
        var text = "\(ruleID) \(kind) events \(events)"
        if let deadline { text += " bound \(deadline)" }
        if let actual { text += " actual \(actual)" }
        if let readings { text += " readings \(readings)" }
        return text
    }
}

/// What the differential test compares of an obligation.
struct ComparedObligation: Hashable, CustomStringConvertible {
    var ruleID: String
    var kind: String
    var trigger: Int
    var status: String
    var notBefore: String?
    var dueBy: String?
    var fulfilledBy: Int?
    var otherReading: String?

    var description: String {
        var text = "\(ruleID) \(kind) trigger \(trigger) \(status)"
        if let notBefore { text += " not_before \(notBefore)" }
        if let dueBy { text += " due_by \(dueBy)" }
        if let fulfilledBy { text += " by \(fulfilledBy)" }
        if let otherReading { text += " other \(otherReading)" }
        return text
    }
}

/// Findings and obligations as sorted lists, so two results compare with `==`.
struct ComparedOutcome: Equatable, CustomStringConvertible {
    var findings: [ComparedFinding] = []
    var obligations: [ComparedObligation] = []

    func sorted() -> ComparedOutcome {
        ComparedOutcome(
            findings: findings.sorted { $0.description < $1.description },
            obligations: obligations.sorted { $0.description < $1.description })
    }

    var description: String {
        let lines = findings.map { "  finding \($0)" } + obligations.map { "  obligation \($0)" }
        return lines.isEmpty ? "  (nothing)" : lines.joined(separator: "\n")
    }

    /// The engine's report, reduced to what is compared.
    init(report: Report) {
        findings = report.findings.map {
            ComparedFinding(
                ruleID: $0.ruleID, kind: $0.kind.rawValue, events: $0.events, deadline: $0.deadline, actual: $0.actual,
                readings: $0.interpretation.map { [$0.defaultReading, $0.otherReading] })
        }
        obligations = report.obligations.map {
            ComparedObligation(
                ruleID: $0.ruleID, kind: $0.kind, trigger: $0.trigger, status: $0.status.rawValue, notBefore: $0.notBefore, dueBy: $0.dueBy,
                fulfilledBy: $0.fulfilledBy, otherReading: $0.otherReading)
        }
    }

    init(findings: [ComparedFinding] = [], obligations: [ComparedObligation] = []) {
        self.findings = findings
        self.obligations = obligations
    }
}
