import ArgumentParser
import Foundation
import RepoCheckCore
import RepoCheckGenerator
import RepoCheckLoader
import RepoCheckRules

/// `repocheck-gen`: writes a generated portfolio of closed repossession cases as NDJSON on standard output.
@main
struct Generator: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repocheck-gen",
        abstract: "Generate realistic closed repossession cases as NDJSON (one JSON case per line) on standard output.",
        discussion: """
            The same --cases and --seed always give the same bytes. Each case has 20 to 60 events (calls, \
            notices, payments, the repossession and what follows). Exactly ⌊n × rate⌋ of the first n cases break \
            a rule on purpose (--violation-rate, default 0.2): one in three with a realistic flaw of the \
            generator's own, the others with a `violation` or `review` example of a rule of the bundled pack, \
            padded with collection calls and payments in the weeks before, cycling through the pack's rule ids. \
            So every rule id of a pack of R rule ids is aimed at within the first ⌈⌈3R/2⌉ / rate⌉ cases: 960 \
            for the bundled pack's 128 at the default rate (--stats prints the bound). Names, addresses, account \
            numbers and VINs are invented.

            Example:
              swift run -c release repocheck-gen --cases 100000 --seed 42 > portfolio.ndjson
              swift run -c release repocheck-gen --cases 1000 --seed 7 | repocheck audit -
            """
    )

    @Option(help: "How many cases to write.")
    var cases = 1_000

    @Option(help: "The seed: the same seed gives the same cases.")
    var seed: UInt64 = 1

    @Option(help: "The share of cases that break a rule on purpose, from 0 to 1.")
    var violationRate = 0.2

    @Flag(help: "Print to standard error how many cases are meant to break each rule id, and the coverage bound.")
    var stats = false

    func validate() throws {
        if cases < 0 { throw ValidationError("--cases must be 0 or more") }
        if !(0...1).contains(violationRate) { throw ValidationError("--violation-rate must be between 0 and 1") }
    }

    func run() throws {
        let pack = try bundledPack()
        let generator = PortfolioGenerator(seed: seed, violationRate: violationRate, pack: pack)
        var counts: [String: Int] = [:]
        var flawed = 0
        var buffer = ""
        buffer.reserveCapacity(1 << 21)
        for index in 0..<cases {
            let (line, intended) = generator.generate(index: index)
            buffer += line
            buffer += "\n"
            if !intended.isEmpty { flawed += 1 }
            for rule in intended { counts[rule, default: 0] += 1 }
            if buffer.utf8.count >= 1 << 20 {
                FileHandle.standardOutput.write(Data(buffer.utf8))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        if stats { FileHandle.standardError.write(Data(statistics(generator, pack: pack, counts: counts, flawed: flawed).utf8)) }
    }

    /// What `--stats` prints: rule ids and counts only, never a fact of a case.
    private func statistics(_ generator: PortfolioGenerator, pack: RulePack, counts: [String: Int], flawed: Int) -> String {
        var lines = ["\(cases) cases, \(flawed) meant to break a rule"]
        if let bound = generator.coverageBound {
            lines.append("the first \(bound) cases aim at all \(generator.ruleIDs.count) rule ids with a usable example")
        }
        for rule in pack.ruleIDs where counts[rule] != nil {
            lines.append("  \(counts[rule] ?? 0)\t\(rule)")
        }
        if !generator.unusableRuleIDs.isEmpty {
            lines.append("no example breaks these as closed cases: \(generator.unusableRuleIDs.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The bundled pack, whose rules the cases are meant to break.
    private func bundledPack() throws -> RulePack {
        switch BundledRules.load() {
        case .success(let loaded): return loaded.pack
        case .failure(let error):
            let text = error.diagnostics.map(\.description).joined(separator: "\n")
            FileHandle.standardError.write(Data("error: the bundled rule pack does not load\n\(text)\n".utf8))
            throw ExitCode(2)
        }
    }
}
