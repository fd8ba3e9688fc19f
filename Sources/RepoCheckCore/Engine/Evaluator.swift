/// Evaluates cases against a rule pack. Pure and deterministic: the same pack, case and `asOf`
/// give the same report. One evaluator serves any number of cases concurrently.
public struct Evaluator: Sendable {
    /// The RepoCheck engine version, recorded in every report.
    public static let engineVersion = "0.1.0"
    /// The default bound on the findings and obligations of one case (see `evaluate(_:asOf:stage:maxResults:)`).
    /// A real case gives tens; a rule owed to each of many parties at each of many triggers could give millions.
    public static let standardMaxResults = 100_000

    /// The pack rules come from.
    public let pack: RulePack

    /// The pack's rules for each stage, each with the event types it needs, worked out once per pack.
    private let plans: [Rule.Stage: [PlannedRule]]
    /// The pack's named states, numbered as the planned rules are.
    private let states: [String: StateDefinition]
    /// The distinct event conditions the planned rules and the states ask, and their paths.
    private let conditions: ConditionNumbers
    /// The event types the planned rules need, numbered (see `PlannedRule.requiredTypes`).
    private let typeNumbers: [String: Int]
    /// How many distinct `applies_when` conditions on case facts alone the planned rules have (see
    /// `PlannedRule.caseFactsNumber`).
    private let caseFactsCount: Int

    /// An evaluator over `pack`.
    public init(pack: RulePack) {
        self.pack = pack
        let numbering = ConditionNumbering()
        var typeNumbers: [String: Int] = [:]
        var caseFacts: [Predicate: Int] = [:]
        let planned = pack.rules.map { PlannedRule($0.numbered(by: numbering), typeNumbers: &typeNumbers, caseFacts: &caseFacts) }
        self.typeNumbers = typeNumbers
        caseFactsCount = caseFacts.count
        states = pack.states.mapValues { $0.numbered(by: numbering) }
        conditions = numbering.numbers
        plans = Dictionary(
            uniqueKeysWithValues: Rule.Stage.allCases.map { stage in (stage, planned.filter { $0.rule.stages.contains(stage) }) })
    }

    /// The instant a case is judged at when none is given: its last event if it is closed, else `now`.
    public static func defaultAsOf(for testCase: Case, now: Instant) -> Instant {
        testCase.isClosed ? (testCase.events.last?.at ?? now) : now
    }

    /// Evaluates every rule of the pack checked at `stage` against `testCase` as of `asOf`.
    ///
    /// Events after `asOf` are treated as not yet happened. Each rule version is applied to the
    /// events that fall within its effective dates, so a 2019 event is judged by 2019 law.
    public func evaluate(_ testCase: Case, asOf: Instant, stage: Rule.Stage = .timeline) -> Report {
        unbounded { () throws(EvaluationOptions.Problem) in
            try evaluate(testCase, asOf: asOf, planned: plans[stage] ?? [], maxResults: .max)
        }
    }

    /// Evaluates like ``evaluate(_:asOf:stage:)``, but stops once the case has given more than `maxResults`
    /// findings and obligations, so that a hostile case cannot make a report of millions.
    ///
    /// - Throws: `EvaluationOptions.Problem.tooManyResults`, naming the rule judging stopped at.
    public func evaluate(_ testCase: Case, asOf: Instant, stage: Rule.Stage = .timeline, maxResults: Int)
        throws(EvaluationOptions.Problem) -> Report
    {
        try evaluate(testCase, asOf: asOf, planned: plans[stage] ?? [], maxResults: maxResults)
    }

    /// Evaluates only `rules` (for a rule's own examples).
    public func evaluate(_ testCase: Case, asOf: Instant, rules: [Rule]) -> Report {
        var typeNumbers: [String: Int] = [:]
        var caseFacts: [Predicate: Int] = [:]
        let planned = rules.map { PlannedRule($0, typeNumbers: &typeNumbers, caseFacts: &caseFacts) }
        return unbounded { () throws(EvaluationOptions.Problem) in
            try evaluate(
                testCase, asOf: asOf, planned: planned, typeNumbers: typeNumbers, caseFactsCount: caseFacts.count, maxResults: .max)
        }
    }

    /// The report of an evaluation with no bound on its results, which therefore cannot stop.
    private func unbounded(_ evaluation: () throws(EvaluationOptions.Problem) -> Report) -> Report {
        do {
            return try evaluation()
        } catch {
            preconditionFailure("an evaluation without a bound on its results stopped: \(error)")
        }
    }

    private func evaluate(
        _ testCase: Case, asOf: Instant, planned: [PlannedRule], typeNumbers: [String: Int]? = nil, caseFactsCount: Int? = nil,
        maxResults: Int
    ) throws(EvaluationOptions.Problem) -> Report {
        let context = EvaluationContext(pack: pack, testCase: testCase, asOf: asOf, states: states, conditions: conditions)
        var findings: [Finding] = []
        var obligations: [Obligation] = []
        let typeNumbers = typeNumbers ?? self.typeNumbers
        var present = [Bool](repeating: false, count: typeNumbers.count)
        for type in context.eventTypes { if let number = typeNumbers[type] { present[number] = true } }
        // The answers to the conditions on case facts alone, by number: 0 not asked yet, 1 no, 2 yes.
        var caseFacts = [UInt8](repeating: 0, count: caseFactsCount ?? self.caseFactsCount)
        // A rule lacking the event types it needs (its anchors, the opening of its state) finds nothing and owes nothing.
        for plan in planned where plan.requiredTypes.allSatisfy({ $0.contains { present[$0] } }) {
            // A condition on case facts alone is decided once for the case, not at every event, and once for
            // all the rules that share it.
            if let number = plan.caseFactsNumber {
                if caseFacts[number] == 0 { caseFacts[number] = context.holds(plan.rule.appliesWhen, at: asOf) ? 2 : 1 }
                if caseFacts[number] == 1 { continue }
            }
            context.resultsLeft = maxResults - findings.count - obligations.count
            let outcome = context.check(plan.judged)
            findings += outcome.findings
            obligations += outcome.obligations
            if findings.count + obligations.count > maxResults { throw .tooManyResults(limit: maxResults, rule: plan.rule.id) }
        }
        let eventTime = Dictionary(uniqueKeysWithValues: testCase.events.map { ($0.index, $0.at) })
        func time(_ index: Int?) -> Instant { index.flatMap { eventTime[$0] } ?? Instant(nanoseconds: .max) }
        findings.sort {
            let (l, r) = (time($0.events.last), time($1.events.last))
            if l != r { return l < r }
            if $0.ruleID != $1.ruleID { return $0.ruleID < $1.ruleID }
            return $0.events.lexicographicallyPrecedes($1.events)
        }
        obligations.sort {
            ($0.dueBy ?? $0.notBefore ?? "", $0.ruleID, $0.trigger) < ($1.dueBy ?? $1.notBefore ?? "", $1.ruleID, $1.trigger)
        }
        // Each type is looked up in the vocabulary once, not once per event: the context knows the types of the
        // events by `asOf`. A set, as a hostile case may have thousands of types.
        var unknownTypes = Set(context.eventTypes.filter { pack.vocabulary.eventTypes[$0] == nil })
        for later in testCase.events[context.events.count...] where pack.vocabulary.eventTypes[later.type] == nil {
            unknownTypes.insert(later.type)
        }
        let warnings = testCase.events.filter { unknownTypes.contains($0.type) }.map {
            Report.Warning(
                code: "case.unknown-event-type",
                message: "event type `\($0.type)` is not in the rule pack's vocabulary; no rule looks at it", event: $0.index)
        }
        return Report(
            caseID: testCase.id, timezone: testCase.zone.identifier, asOf: RFC3339.format(asOf, in: testCase.zone),
            summary: Report.Summary(
                violations: findings.count { $0.kind == .violation }, reviews: findings.count { $0.kind == .review },
                unproven: findings.count { $0.kind == .unproven },
                open: obligations.count { $0.status == .due || $0.status == .upcoming },
                consequences: findings.compactMap(\.consequence).flatMap(\.effects).reduce(into: [:]) { $0[$1, default: 0] += 1 }),
            findings: findings, obligations: obligations, warnings: warnings,
            provenance: Report.Provenance(
                pack: pack.name, packVersion: pack.version, packHash: pack.contentHash, engineVersion: Self.engineVersion))
    }
}

extension EvaluationContext {
    func check(_ rule: Rule) -> RuleOutcome {
        switch rule.constraint {
        case .deadline(let c): check(rule, c)
        case .waitingPeriod(let c): check(rule, c)
        case .forbidden(let c): check(rule, c)
        case .gate(let c): check(rule, c)
        case .frequency(let c): check(rule, c)
        case .timeOfDay(let c): check(rule, c)
        case .contents(let c): check(rule, c)
        case .recipients(let c): check(rule, c)
        }
    }
}

/// A rule, with what the engine works out about it once per pack: the event types a case needs for it
/// to say anything, and whether it applies on case facts alone.
/// A class, so going through the plan does not copy each rule.
private final class PlannedRule: Sendable {
    let rule: Rule
    /// `Constraint.requiredTypes`, each type by its number in the evaluator's `typeNumbers`.
    let requiredTypes: [[Int]]
    /// When `applies_when` reads only case facts (and is not trivially true), its number among the distinct
    /// such conditions of the evaluator's rules, so that rules sharing it have it answered once per case.
    let caseFactsNumber: Int?
    /// The rule as the checks judge it: without its `applies_when` when that is decided once per case.
    let judged: Rule

    init(_ rule: Rule, typeNumbers: inout [String: Int], caseFacts: inout [Predicate: Int]) {
        self.rule = rule
        requiredTypes = rule.constraint.requiredTypes.map { types in
            types.map { type in
                if let number = typeNumbers[type] { return number }
                typeNumbers[type] = typeNumbers.count
                return typeNumbers.count - 1
            }
        }
        var judged = rule
        if rule.appliesWhen != .always && rule.appliesWhen.readsOnlyCaseFacts {
            caseFactsNumber = caseFacts[rule.appliesWhen, default: caseFacts.count]
            caseFacts[rule.appliesWhen] = caseFactsNumber
            judged.appliesWhen = .always
        } else {
            caseFactsNumber = nil
        }
        self.judged = judged
    }
}
