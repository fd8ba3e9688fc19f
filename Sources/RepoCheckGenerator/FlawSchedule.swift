/// Which cases of a portfolio break a rule on purpose, and how: exact and computed from the index alone.
///
/// Case `i` is flawed iff `⌊(i+1)·rate⌋ > ⌊i·rate⌋`, so the first `n` cases hold exactly `⌊n·rate⌋` flawed
/// ones; its flawed ordinal is `k = ⌊(i+1)·rate⌋ − 1`. Flawed case `k` carries one of the realistic `Flaw`s
/// when `k` is a multiple of 3, and otherwise transplant number `2⌊k/3⌋ + k mod 3 − 1` of a rule example.
struct FlawSchedule: Sendable {
    /// What a case is meant to carry.
    enum Plan: Equatable {
        /// Nothing: a compliant case.
        case compliant
        /// A realistic flaw of the generator's own.
        case flaw
        /// Transplant number `n` of a rule example.
        case transplant(Int)
    }

    /// The share of flawed cases, from 0 to 1.
    let rate: Double

    /// What case `index` carries.
    func plan(_ index: Int) -> Plan {
        let flawedSoFar = Int((Double(index + 1) * rate).rounded(.down))
        guard flawedSoFar > Int((Double(index) * rate).rounded(.down)) else { return .compliant }
        let k = flawedSoFar - 1
        return k % 3 == 0 ? .flaw : .transplant(2 * (k / 3) + k % 3 - 1)
    }

    /// The fewest leading cases that hold transplants `0..<count`, or `nil` if the rate is 0.
    func cases(holdingTransplants count: Int) -> Int? {
        guard rate > 0 else { return nil }
        guard count > 0 else { return 0 }
        let last = count - 1
        let flawed = 3 * (last / 2) + last % 2 + 2  // flawed cases up to and including the last transplant
        var n = Int((Double(flawed) / rate).rounded(.up))
        while n > 0, Int((Double(n - 1) * rate).rounded(.down)) >= flawed { n -= 1 }
        while Int((Double(n) * rate).rounded(.down)) < flawed { n += 1 }
        return n
    }
}
