/// The findings and obligations one rule produced for one case.
struct RuleOutcome {
    var findings: [Finding] = []
    var obligations: [Obligation] = []

    mutating func add(_ other: RuleOutcome) {
        findings += other.findings
        obligations += other.obligations
    }
}

/// The facts a finding's message may quote.
struct Evidence {
    var events: [Int] = []
    var deadline: Instant?
    var actual: Instant?
    var lateBy: String?
    var missing: [String] = []
    var count: Int?
    var missingFact: String?
    var trace: [TraceStep] = []
    var interpretation: Finding.Interpretation?
}

extension EvaluationContext {
    /// A finding of `rule` with `evidence`; `defaultMessage` is used when the rule has no `message`.
    func finding(_ rule: Rule, _ evidence: Evidence, kind: Finding.Kind? = nil, _ defaultMessage: String) -> Finding {
        let deadline = evidence.deadline.map(format)
        let actual = evidence.actual.map(format)
        var message = defaultMessage
        if let template = rule.message, kind == nil {
            message =
                template
                .replacingAll("{deadline}", with: deadline ?? "")
                .replacingAll("{actual}", with: actual ?? "")
                .replacingAll("{late_by}", with: evidence.lateBy ?? "")
                .replacingAll("{missing}", with: evidence.missing.joined(separator: ", "))
                .replacingAll("{count}", with: evidence.count.map(String.init) ?? "")
        }
        let resolvedKind: Finding.Kind = kind ?? (rule.outcome == .review ? .review : .violation)
        return Finding(
            ruleID: rule.id, kind: resolvedKind, severity: rule.severity, title: rule.title, citation: rule.citation,
            message: message, events: evidence.events, deadline: deadline, actual: actual, lateBy: evidence.lateBy,
            lateBySeconds: evidence.lateBy == nil
                ? nil : evidence.actual.flatMap { a in evidence.deadline.map { abs(a.seconds(since: $0)) } },
            missingFact: evidence.missingFact, trace: evidence.trace, interpretation: evidence.interpretation,
            consequence: resolvedKind == .violation ? rule.consequence : nil, remediation: rule.remediation)
    }

    /// How late `actual` is past `end`: whole days for day-counted periods, hours and minutes otherwise.
    func lateness(of actual: Instant, past end: PeriodEnd) -> String {
        if let lastDay = end.lastDay {
            return Self.plural(zone.date(of: actual).dayNumber - lastDay.dayNumber, "day")
        }
        return Self.elapsed(actual.seconds(since: end.last))
    }

    /// `1 hour 5 minutes`, `35 minutes`, `12 seconds`.
    static func elapsed(_ seconds: Int64) -> String {
        let s = Int(max(seconds, 0))
        if s < 60 { return plural(s, "second") }
        let parts = [(s / 86_400, "day"), (s / 3600 % 24, "hour"), (s / 60 % 60, "minute")].filter { $0.0 > 0 }
        return parts.map { plural($0.0, $0.1) }.joined(separator: " ")
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
