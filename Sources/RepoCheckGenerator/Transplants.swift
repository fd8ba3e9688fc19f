import RepoCheckCore

/// The rule examples a portfolio transplants into realistic cases: for each rule id of a pack, its
/// `violation` and `review` examples made into closed cases that break the rule as of their last event.
/// Each example is judged once, when the generator is made; each padded case is checked again, against the
/// rule's versions only, before it is written.
struct Transplants: Sendable {
    /// A rule id and the scenarios that break it.
    struct Target: Sendable {
        let ruleID: String
        let versions: [Rule]
        let scenarios: [Scenario]
    }

    /// One example as a closed case, and the kind of finding it gives.
    struct Scenario: Sendable {
        let testCase: Case
        let kind: Finding.Kind
    }

    /// The rule ids with a usable example, in the pack's order.
    let targets: [Target]
    /// The rule ids none of whose `violation` or `review` examples breaks the rule as a closed case.
    let unusable: [String]
    private let evaluator: Evaluator

    /// The scenarios of every rule of `pack`.
    init(pack: RulePack) {
        let evaluator = Evaluator(pack: pack)
        var targets: [Target] = []
        var unusable: [String] = []
        for id in pack.ruleIDs {
            // A closed case is judged at the timeline stage, as `repocheck audit` does.
            let versions = pack.versions(of: id).filter { $0.stages.contains(.timeline) }
            let scenarios = versions.flatMap(\.examples).compactMap { Self.scenario($0, versions, evaluator) }
            if scenarios.isEmpty {
                unusable.append(id)
            } else {
                targets.append(Target(ruleID: id, versions: versions, scenarios: scenarios))
            }
        }
        self.targets = targets
        self.unusable = unusable
        self.evaluator = evaluator
    }

    /// Transplant `ordinal`, for case `index`: a scenario of rule `ordinal` (cycling through the rule ids)
    /// padded to 20-60 events, and the rule it breaks; `nil` if no scenario of that rule survives padding.
    func make(_ ordinal: Int, index: Int, rng: inout SplitMix64) -> (testCase: Case, ruleID: String)? {
        guard !targets.isEmpty else { return nil }
        let target = targets[ordinal % targets.count]
        let first = rng.int(0...target.scenarios.count - 1)
        for attempt in 0..<target.scenarios.count {
            let scenario = target.scenarios[(first + attempt) % target.scenarios.count]
            let own = scenario.testCase.events.count
            guard own <= 60 else { continue }
            let padding = Padding.events(count: rng.int(max(20, own)...60) - own, before: scenario.testCase, rng: &rng)
            for count in Set([padding.count, max(0, 20 - own)]).sorted(by: >) {
                let padded = Self.assemble(scenario.testCase, padding: padding.prefix(count), index: index)
                if breaks(padded, scenario.kind, target.versions) { return (padded, target.ruleID) }
            }
        }
        return nil
    }

    /// Whether `rules` give a finding of `kind` on the closed case `testCase`, as of its last event.
    private func breaks(_ testCase: Case, _ kind: Finding.Kind, _ rules: [Rule]) -> Bool {
        Self.breaks(testCase, kind, rules, evaluator)
    }

    private static func breaks(_ testCase: Case, _ kind: Finding.Kind, _ rules: [Rule], _ evaluator: Evaluator) -> Bool {
        guard let last = testCase.events.last else { return false }
        let asOf = Evaluator.defaultAsOf(for: testCase, now: last.at)
        return evaluator.evaluate(testCase, asOf: asOf, rules: rules).findings.contains { $0.kind == kind }
    }

    /// `example` as a closed case judged as of its last event: the events after its `as_of` dropped and,
    /// for an `as_of` after its last event, a trailing background event then; `nil` if that does not break
    /// the rule.
    private static func scenario(_ example: RuleExample, _ versions: [Rule], _ evaluator: Evaluator) -> Scenario? {
        let kind: Finding.Kind
        switch example.expect {
        case .violation: kind = .violation
        case .review: kind = .review
        default: return nil
        }
        guard let last = example.testCase.events.last else { return nil }
        let asOf = example.asOf ?? last.at
        let events = example.testCase.events.filter { $0.at <= asOf }
        var closed = example.testCase
        closed.isClosed = true
        var candidates: [[Event]] = []
        if events.last?.at == asOf { candidates.append(events) }
        for trailing in Padding.trailing(at: asOf, in: closed) { candidates.append(events + [trailing]) }
        for candidate in candidates {
            closed.replaceEvents(numbered(candidate))
            if breaks(closed, kind, versions, evaluator) { return Scenario(testCase: closed, kind: kind) }
        }
        return nil
    }

    /// `scenario` after `padding`, as case `index`, its events numbered in time order.
    private static func assemble(_ scenario: Case, padding: ArraySlice<Event>, index: Int) -> Case {
        var padded = scenario
        let year = scenario.zone.date(of: scenario.events.last?.at ?? Instant(seconds: 0)).year
        padded.id = CaseGenerator.caseID(year: year, index: index)
        padded.replaceEvents(numbered(Array(padding) + scenario.events))
        return padded
    }

    /// `events` in time order (ties in the order given), numbered in that order, as they are written.
    private static func numbered(_ events: [Event]) -> [Event] {
        var sorted = events.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        for n in sorted.indices { sorted[n].index = n }
        return sorted
    }
}
