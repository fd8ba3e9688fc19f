import RepoCheckCore

/// The one-hour police notice of Cal. Veh. Code § 28(a) (`ca.veh.28.police-notice`) checked by hand, as a
/// programmer would write it without the engine: the baseline the engine's speed is compared with.
///
/// It takes only the rule's effective dates from the pack and counts the same violations as the engine
/// running that rule alone; the benchmark checks that on every case.
struct PoliceNoticeBaseline: Sendable {
    /// The rule's versions, for their effective dates.
    let versions: [Rule]
    static let ruleID = "ca.veh.28.police-notice"
    static let vehicles: Set<String> = ["motor_vehicle", "motorcycle", "trailer"]

    init(pack: RulePack) { versions = pack.rules.filter { $0.id == Self.ruleID } }

    /// How many repossessions in `testCase` were reported to the police late or not at all, judged at `asOf`.
    func violations(in testCase: Case, asOf: Instant) -> Int {
        guard let kind = testCase.collateral.value(at: ["kind"])?.text, Self.vehicles.contains(kind) else { return 0 }
        let events = testCase.events.filter { $0.at <= asOf }
        var count = 0
        for taking in events where taking.type == "repossession" && !taking.isDateOnly {
            let day = testCase.zone.date(of: taking.at)
            guard versions.contains(where: { $0.isInForce(on: day) }) else { continue }
            let due = taking.at.adding(seconds: 3_600)
            let report = events.first {
                $0.type == "police_notified" && $0.index != taking.index
                    && ($0.at >= taking.at || ($0.isDateOnly && testCase.zone.date(of: $0.at) >= day))
            }
            if let report {
                if !report.isDateOnly && report.at > due { count += 1 }
            } else if due < asOf {
                count += 1
            }
        }
        return count
    }
}

extension Workload {
    /// The engine running the police-notice rule alone against the hand-written check, on the parsed cases.
    func baselineComparison() -> BaselineComparison {
        let baseline = PoliceNoticeBaseline(pack: evaluator.pack)
        var engineCounts: [Int] = []
        var handCounts: [Int] = []
        let engineStart = ContinuousClock.now
        for testCase in parsed {
            engineCounts.append(evaluator.evaluate(testCase, asOf: Self.asOf(testCase), rules: baseline.versions).summary.violations)
        }
        let engineSeconds = (ContinuousClock.now - engineStart).milliseconds / 1_000
        let handStart = ContinuousClock.now
        for testCase in parsed { handCounts.append(baseline.violations(in: testCase, asOf: Self.asOf(testCase))) }
        let handSeconds = (ContinuousClock.now - handStart).milliseconds / 1_000
        let engineRate = Double(parsed.count) / engineSeconds
        let handRate = Double(parsed.count) / handSeconds
        return BaselineComparison(
            rule: PoliceNoticeBaseline.ruleID, engineCasesPerSecond: engineRate, handWrittenCasesPerSecond: handRate,
            ratio: handRate / engineRate, violations: handCounts.reduce(0, +),
            disagreements: zip(engineCounts, handCounts).count { $0 != $1 })
    }
}

/// The engine against the hand-written baseline on one rule.
struct BaselineComparison: Encodable {
    let rule: String
    let engineCasesPerSecond: Double
    let handWrittenCasesPerSecond: Double
    /// How many times faster the hand-written check is.
    let ratio: Double
    let violations: Int
    /// Cases on which the two counted different violations (0 means they agree).
    let disagreements: Int
}
