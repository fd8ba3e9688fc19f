import RepoCheckCore

/// Makes a portfolio of realistic closed repossession cases, one NDJSON line each, of 20 to 60 events;
/// the share `violationRate` of them breaks a rule of `pack` on purpose.
///
/// One flawed case in three carries a realistic flaw of the generator's own (a late police report, an
/// early sale, …); the others carry a `violation` or `review` example of a rule of the pack, cycling
/// through the pack's rule ids in its order, padded with background activity in the weeks before. So
/// every rule id with such an example is aimed at within the first `coverageBound` cases (960 for the
/// bundled pack's 128 rule ids at 0.2).
///
/// Case `index` depends only on the seed and the index, so the same seed always gives the same portfolio,
/// and cases can be made in any order or in parallel.
public struct PortfolioGenerator: Sendable {
    private let seed: UInt64
    private let schedule: FlawSchedule
    private let cases = CaseGenerator()
    private let transplants: Transplants

    /// A generator for the portfolio of `seed`. Judges every example of `pack` once, so make one generator
    /// and ask it for many cases.
    /// - Parameters:
    ///   - seed: the same seed gives the same cases.
    ///   - violationRate: the share of cases that break a rule on purpose, from 0 to 1.
    ///   - pack: the rules whose examples flawed cases carry (the CLI uses the bundled pack).
    public init(seed: UInt64, violationRate: Double = 0.2, pack: RulePack) {
        self.seed = seed
        schedule = FlawSchedule(rate: violationRate)
        transplants = Transplants(pack: pack)
    }

    /// The rule ids that cases carry an example of, in the order they are aimed at.
    public var ruleIDs: [String] { transplants.targets.map(\.ruleID) }

    /// The rule ids of the pack none of whose `violation` or `review` examples breaks the rule as a closed
    /// case judged as of its last event; no case aims at them, except through the generator's own flaws.
    public var unusableRuleIDs: [String] { transplants.unusable }

    /// How many leading cases aim at every one of `ruleIDs`: `⌈⌈3R/2⌉ / rate⌉` for `R` rule ids (up to
    /// rounding), or `nil` if the rate is 0.
    public var coverageBound: Int? { schedule.cases(holdingTransplants: ruleIDs.count) }

    /// Case `index` as one NDJSON line without the newline, and the rule ids it is meant to break (empty for a
    /// compliant case).
    public func generate(index: Int) -> (line: String, intended: [String]) {
        var rng = SplitMix64(seed: seed, index: UInt64(index))
        let plan = schedule.plan(index)
        if case .transplant(let ordinal) = plan, let (testCase, ruleID) = transplants.make(ordinal, index: index, rng: &rng) {
            return (CaseJSON.value(of: testCase).text, [ruleID])
        }
        let (line, flaws) = cases.generate(index: index, flawed: plan != .compliant, rng: rng)
        var intended: [String] = []
        for rule in flaws.map(\.rule) where !intended.contains(rule) { intended.append(rule) }
        return (line, intended)
    }
}
