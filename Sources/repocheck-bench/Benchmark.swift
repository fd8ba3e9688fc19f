import ArgumentParser
import Foundation
import RepoCheckCore
import RepoCheckGenerator
import RepoCheckRules

/// `repocheck-bench`: measures the engine on the generator's deterministic portfolio and prints the figures.
@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repocheck-bench",
        abstract: "Measure rule-pack loading, parsing and evaluation on a generated portfolio.",
        discussion: """
            Build in release mode: debug figures mean nothing. Reports the bundled pack's load time, \
            single-case latency (median, p99), throughput in cases/s and MB/s for parse only, evaluate only \
            and both, on one core and on all cores, and a side-by-side run of the engine against a \
            hand-written check of the same rule. With --audit-cases it also runs `repocheck audit` (built \
            beside this binary) on that many generated cases and reports its peak memory. With --rule-costs it \
            also judges each rule alone on that many cases and lists the costliest. With --large-case-events it \
            judges single cases of that many events, shaped so that every event starts, answers or breaks a rule.

            Example:
              swift build -c release
              swift run -c release repocheck-bench --cases 20000
              swift run -c release repocheck-bench --cases 0 --audit-cases 1000000 --json
              swift run -c release repocheck-bench --cases 3000 --rule-costs 3000
              swift run -c release repocheck-bench --cases 0 --large-case-events 100000
            """
    )

    @Option(help: "How many generated cases to measure with.")
    var cases = 20_000

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 42

    @Option(help: "How many cores the all-cores figures use. Default: every core.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Also audit this many generated cases with `repocheck audit` and report its peak memory (0: skip).")
    var auditCases = 0

    @Option(help: "Also judge each rule alone on this many of the cases and list the costliest (0: skip).")
    var ruleCosts = 0

    @Option(help: "Also judge single cases of this many events, one of each worst shape (0: skip).")
    var largeCaseEvents = 0

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func validate() throws {
        if cases < 0 || auditCases < 0 || ruleCosts < 0 || largeCaseEvents < 0 {
            throw ValidationError("--cases, --audit-cases, --rule-costs and --large-case-events must be 0 or more")
        }
        if ruleCosts > cases { throw ValidationError("--rule-costs must not exceed --cases (\(cases))") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let progress = Progress(quiet: json)
        progress.say("loading the bundled rule pack")
        // The generator transplants the rules' own examples, so the pack it uses keeps them.
        let (pack, loadTimes) = try PackLoad.measure(runs: 5, examples: true)
        let (_, judgingLoadTimes) = try PackLoad.measure(runs: 5, examples: false)
        var figures = Figures(
            machine: .current, packRules: pack.rules.count, packLoadMilliseconds: loadTimes.median,
            packLoadWithoutExamplesMilliseconds: judgingLoadTimes.median, cases: cases, seed: seed, jobs: jobs)
        if cases > 0 {
            progress.say("generating \(cases) cases (seed \(seed))")
            let portfolio = Portfolio.generate(cases: cases, seed: seed, pack: pack)
            figures.bytes = portfolio.bytes
            let workload = Workload(portfolio: portfolio, pack: pack)
            figures.eventsPerCase = workload.eventsPerCase
            progress.say("measuring latency")
            figures.latency = workload.latency(sample: min(cases, 5_000))
            for (name, stage) in [("parse", Workload.Stage.parse), ("evaluate", .evaluate), ("parse+evaluate", .both)] {
                progress.say("measuring \(name) on 1 core and on \(jobs)")
                figures.throughput.append(workload.throughput(stage, name: name, jobs: 1))
                figures.throughput.append(workload.throughput(stage, name: name, jobs: jobs))
            }
            progress.say("comparing with the hand-written baseline")
            figures.baseline = workload.baselineComparison()
            if ruleCosts > 0 {
                progress.say("judging each rule alone on \(ruleCosts) cases")
                figures.ruleCosts = workload.ruleCosts(sample: ruleCosts)
            }
        }
        if largeCaseEvents > 0 {
            progress.say("judging single cases of \(largeCaseEvents) events")
            figures.largeCases = LargeCases.measure(events: largeCaseEvents, evaluator: Evaluator(pack: pack))
        }
        if auditCases > 0 {
            progress.say("auditing \(auditCases) generated cases with `repocheck audit`")
            figures.audit = try AuditMemory.measure(cases: auditCases, seed: seed, jobs: jobs, pack: pack)
        }
        print(json ? figures.json : figures.text)
    }
}

/// Progress notes on standard error, so standard output holds only the figures.
struct Progress {
    let quiet: Bool
    func say(_ note: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("… \(note)\n".utf8))
    }
}
