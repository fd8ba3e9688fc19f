import Dispatch
import RepoCheckCore
import RepoCheckLoader
import Synchronization

/// The measured work: parsing NDJSON lines into cases and judging them with the whole pack.
struct Workload: Sendable {
    enum Stage { case parse, evaluate, both }

    let portfolio: Portfolio
    let evaluator: Evaluator
    /// The cases, parsed once, for the evaluate-only runs.
    let parsed: [Case]

    init(portfolio: Portfolio, pack: RulePack) {
        self.portfolio = portfolio
        evaluator = Evaluator(pack: pack)
        parsed = portfolio.lines.map { try! Self.parse($0).get() }
    }

    static func parse(_ line: String) -> Result<Case, DiagnosticsError> {
        CaseLoader.decode(ndjsonLine: Substring(line), file: "bench", line: 1)
    }

    /// Events per case, on average.
    var eventsPerCase: Double { Double(parsed.reduce(0) { $0 + $1.events.count }) / Double(max(1, parsed.count)) }

    /// The instant a closed case is judged at, as the audit judges it: its last event.
    static func asOf(_ testCase: Case) -> Instant { Evaluator.defaultAsOf(for: testCase, now: Instant(seconds: 0)) }

    /// Judges a case with the whole pack, as of `asOf(_:)`.
    func judge(_ testCase: Case) -> Report { evaluator.evaluate(testCase, asOf: Self.asOf(testCase)) }

    /// Parse + evaluate time of single cases, in microseconds.
    func latency(sample: Int) -> Latency {
        var times: [Double] = []
        times.reserveCapacity(sample)
        for line in portfolio.lines.prefix(sample) {
            let start = ContinuousClock.now
            let report = judge(try! Self.parse(line).get())
            times.append((ContinuousClock.now - start).milliseconds * 1_000)
            precondition(!report.caseID.isEmpty)
        }
        times.sort()
        return Latency(
            medianMicroseconds: times[times.count / 2], p99Microseconds: times[min(times.count - 1, times.count * 99 / 100)],
            maxMicroseconds: times[times.count - 1], sample: times.count)
    }

    /// Every case through `stage`, split over `jobs` threads.
    func throughput(_ stage: Stage, name: String, jobs: Int) -> Throughput {
        let count = portfolio.lines.count
        let total = Mutex(0)
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            let found = run(stage, range: count * job / jobs..<count * (job + 1) / jobs)
            total.withLock { $0 += found }
        }
        let seconds = (ContinuousClock.now - start).milliseconds / 1_000
        return Throughput(
            stage: name, jobs: jobs, seconds: seconds, casesPerSecond: Double(count) / seconds,
            megabytesPerSecond: Double(portfolio.bytes) / 1e6 / seconds, findings: total.withLock { $0 })
    }

    /// Runs `stage` over one slice; the count of findings (or events, for parsing) keeps the work from being optimised away.
    private func run(_ stage: Stage, range: Range<Int>) -> Int {
        var total = 0
        for index in range {
            switch stage {
            case .parse: total += (try? Self.parse(portfolio.lines[index]).get())?.events.count ?? 0
            case .evaluate: total += judge(parsed[index]).findings.count
            case .both: total += (try? Self.parse(portfolio.lines[index]).get()).map { judge($0).findings.count } ?? 0
            }
        }
        return total
    }
}

/// Single-case latency.
struct Latency: Encodable {
    let medianMicroseconds: Double
    let p99Microseconds: Double
    let maxMicroseconds: Double
    let sample: Int
}

/// One throughput run.
struct Throughput: Encodable {
    let stage: String
    let jobs: Int
    let seconds: Double
    let casesPerSecond: Double
    let megabytesPerSecond: Double
    let findings: Int
}
