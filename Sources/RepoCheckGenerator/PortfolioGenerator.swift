import RepoCheckCore

/// Makes a portfolio of realistic closed repossession cases, one NDJSON line each: 20 to 60 events, and
/// about one case in `violationRate` that breaks a rule of `pack` on purpose.
///
/// Case `index` depends only on the seed and the index, so the same seed always gives the same portfolio,
/// and cases can be made in any order or in parallel.
public struct PortfolioGenerator: Sendable {
    private let cases: CaseGenerator

    /// A generator for the portfolio of `seed`.
    /// - Parameters:
    ///   - seed: the same seed gives the same cases.
    ///   - violationRate: the share of cases that break a rule on purpose, from 0 to 1.
    ///   - pack: the rules the cases are meant to break (the CLI uses the bundled pack).
    public init(seed: UInt64, violationRate: Double = 0.2, pack: RulePack) {
        cases = CaseGenerator(seed: seed, violationRate: violationRate)
    }

    /// Case `index` as one NDJSON line without the newline, and the rule ids it is meant to break (empty for a
    /// compliant case).
    public func generate(index: Int) -> (line: String, intended: [String]) {
        let (line, flaws) = cases.generate(index: index)
        var intended: [String] = []
        for rule in flaws.map(\.rule) where !intended.contains(rule) { intended.append(rule) }
        return (line, intended)
    }
}
