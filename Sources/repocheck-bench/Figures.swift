import Foundation

/// Everything one run measured, for text or JSON.
struct Figures: Encodable {
    let machine: Machine
    let packRules: Int
    let packLoadMilliseconds: Double
    /// Loading the pack without its rules' examples, as `check`, `audit` and the other judging commands do.
    let packLoadWithoutExamplesMilliseconds: Double
    let cases: Int
    let seed: UInt64
    let jobs: Int
    var bytes = 0
    var eventsPerCase = 0.0
    var latency: Latency?
    var throughput: [Throughput] = []
    var baseline: BaselineComparison?
    /// Each rule judged alone, costliest first (with `--rule-costs`).
    var ruleCosts: [RuleCost]?
    /// Single cases of many events (with `--large-case-events`).
    var largeCases: [LargeCase]?
    var audit: AuditFigures?

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }

    var text: String {
        var lines = [
            "machine: \(machine.cpu), \(machine.cores) cores, \(machine.memoryGibibytes) GiB, \(machine.system)",
            "rule pack: \(packRules) rule versions, loaded in \(format(packLoadMilliseconds)) ms, "
                + "\(format(packLoadWithoutExamplesMilliseconds)) ms without the rules' examples (medians of 5)",
        ]
        if cases > 0 {
            lines.append(
                "portfolio: \(cases) cases, seed \(seed), \(format(eventsPerCase)) events a case, \(format(Double(bytes) / 1e6)) MB of NDJSON"
            )
        }
        if let latency {
            lines.append(
                "latency, parse + evaluate one case: median \(format(latency.medianMicroseconds)) µs, p99 \(format(latency.p99Microseconds)) µs "
                    + "(\(latency.sample) cases)")
        }
        for run in throughput {
            let stage = run.stage.padding(toLength: 15, withPad: " ", startingAt: 0)
            lines.append(
                "\(stage) \(run.jobs) core\(run.jobs == 1 ? " " : "s"): \(format(run.casesPerSecond)) cases/s, "
                    + "\(format(run.megabytesPerSecond)) MB/s")
        }
        if let baseline {
            lines.append(
                "baseline, \(baseline.rule) alone on 1 core: engine \(format(baseline.engineCasesPerSecond)) cases/s, hand-written "
                    + "\(format(baseline.handWrittenCasesPerSecond)) cases/s, ratio \(format(baseline.ratio))×; "
                    + "\(baseline.violations) violations, \(baseline.disagreements) disagreements")
        }
        if let ruleCosts {
            let total = ruleCosts.reduce(0) { $0 + $1.microsecondsPerCase }
            lines.append(
                "rules judged alone: \(ruleCosts.count) rule versions, \(format(total)) µs a case in all (alone, rules do not share "
                    + "the answers they share in the pack); the costliest:")
            for cost in ruleCosts.prefix(10) {
                let version = cost.effectiveFrom.map { " (from \($0))" } ?? ""
                lines.append("  \(format(cost.microsecondsPerCase)) µs  \(cost.rule)\(version), \(cost.kind), \(cost.findings) findings")
            }
        }
        for large in largeCases ?? [] {
            lines.append(
                "one case of \(large.events) events, \(large.shape): judged in \(format(large.seconds)) s, "
                    + "\(large.findings) findings, \(large.obligations) obligations, \(large.warnings) warnings")
        }
        if let audit {
            lines.append(
                "audit of \(audit.cases) cases: \(format(audit.seconds)) s (\(format(audit.casesPerSecond)) cases/s, generation included), "
                    + "peak RSS \(format(audit.peakResidentMegabytes)) MB, exit \(audit.exitStatus)")
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }
}

/// The machine the figures come from.
struct Machine: Encodable {
    let cpu: String
    let cores: Int
    let memoryGibibytes: Int
    let system: String

    static var current: Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last
        let info = ProcessInfo.processInfo
        return Machine(
            cpu: model.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU", cores: info.activeProcessorCount,
            memoryGibibytes: Int((Double(info.physicalMemory) / Double(1 << 30)).rounded()), system: info.operatingSystemVersionString)
    }
}
