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
            notices, payments, the repossession and what follows); about one case in five breaks a rule on \
            purpose, and every rule of the bundled pack is broken by some case. Names, addresses, account \
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

    @Flag(help: "Print to standard error how many cases were meant to break each rule.")
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
        if stats {
            var lines = ["\(cases) cases, \(flawed) meant to break a rule"]
            for rule in pack.ruleIDs where counts[rule] != nil { lines.append("  \(counts[rule] ?? 0)\t\(rule)") }
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
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
