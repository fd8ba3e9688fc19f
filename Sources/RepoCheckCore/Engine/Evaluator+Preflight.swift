extension Evaluator {
    /// Why a pre-flight cannot run.
    public enum PreflightError: Error, Sendable, Equatable {
        /// The pack does not say which event a pre-flight plans (`preflight.event` in `pack.yaml`).
        case noPlannedEvent
        /// Judging the case stopped (it gave more than `maxResults` findings and obligations).
        case evaluation(EvaluationOptions.Problem)
    }

    /// Pre-flight: would a repossession at `plannedAt` be lawful, and what would it set in motion?
    ///
    /// The planned repossession is added to the case as a hypothetical event (by the case's party with the
    /// pack's actor role, when there is exactly one). Every `preflight`-stage rule is then judged as of
    /// `plannedAt`: a violation that involves the planned event blocks dispatch, a review finding asks
    /// for a person's check. The obligations the planned event would trigger, with their due times,
    /// form the checklist.
    ///
    /// - Returns: a report whose `findings` are the blocking and review findings, whose `obligations`
    ///   are the checklist, and whose `decision` says clear or blocked.
    /// - Throws: `.evaluation(.tooManyResults)` when judging the case gives more than `maxResults` findings and
    ///   obligations (see ``evaluate(_:asOf:stage:maxResults:)``).
    public func preflight(_ testCase: Case, plannedAt: Instant, maxResults: Int = Evaluator.standardMaxResults) throws(PreflightError)
        -> Report
    {
        guard let type = pack.settings.preflightEvent else { throw .noPlannedEvent }
        var properties: ValueMap = ["planned": .scalar("true")]
        let actors = testCase.parties.filter { party in pack.settings.preflightActorRole.map { party.roles.contains($0) } ?? false }
        if actors.count == 1 { properties["by"] = .scalar(actors[0].id) }
        let index = (testCase.events.map(\.index).max() ?? -1) + 1
        let planned = Event(index: index, type: type, at: plannedAt, properties: properties)
        var withPlan = testCase
        withPlan.replaceEvents(testCase.events.filter { $0.at <= plannedAt } + [planned])

        let (gates, timeline): (Report, Report)
        do {
            gates = try evaluate(withPlan, asOf: plannedAt, stage: .preflight, maxResults: maxResults)
            timeline = try evaluate(withPlan, asOf: plannedAt, stage: .timeline, maxResults: maxResults)
        } catch {
            throw .evaluation(error)
        }
        let findings = gates.findings.filter { $0.events.contains(index) }
        let checklist = timeline.obligations.filter { $0.trigger == index }
        let blocking = findings.filter { $0.kind == .violation }
        var report = timeline
        report.findings = findings
        report.obligations = checklist
        report.summary = Report.Summary(
            violations: blocking.count, reviews: findings.count { $0.kind == .review }, unproven: findings.count { $0.kind == .unproven },
            open: checklist.count)
        report.warnings = gates.warnings.filter { $0.event != index }
        report.decision = Decision(
            status: blocking.isEmpty ? .clear : .blocked, plannedAt: RFC3339.format(plannedAt, in: testCase.zone),
            blockingRules: blocking.map(\.ruleID))
        return report
    }
}
