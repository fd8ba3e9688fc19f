import ArgumentParser
import Foundation
import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports

/// `repocheck audit PATH...`: evaluate a portfolio of closed cases and write the portfolio reports.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit a portfolio of cases and write HTML, CSV, NDJSON and JSON reports.",
        discussion: """
            Reads case files (.yaml, .yml, .json), folders of them (recursively), NDJSON files (.ndjson, or \
            .ndjson.gz compressed), or '-' for NDJSON (plain or gzip) on standard input. Cases are evaluated on \
            all cores, in constant memory, and reported in input order. A case that does not load is reported \
            on standard error with its file:line:column, and the audit goes on.

            Writes to the output folder: report.html (one self-contained page), findings.csv (one row per \
            finding), findings.ndjson (one JSON report per case) and summary.json (the counts). Each file \
            appears whole or not at all.

            Exit codes: 0 no violation, 1 violations found, 2 some case could not be evaluated (or bad usage).

            Example:
              repocheck audit examples/portfolio --out audit-report
              repocheck-gen --cases 1000 --seed 7 | repocheck audit - --jobs 2
            """
    )

    @Argument(help: "Case files, folders, NDJSON files (.ndjson, .ndjson.gz), or '-' for NDJSON on standard input.")
    var paths: [String] = []

    @Option(help: "How many cases to evaluate at once. Default: the number of cores.")
    var jobs: Int?

    @Option(help: "The folder the reports are written to (created if missing).")
    var out = "audit-report"

    @OptionGroup var rules: RuleOptions

    @Option(
        help:
            "Judge every case as of this time: a date (end of that day, in each case's time zone) or an RFC 3339 timestamp. Default: the last event of a closed case, the audit's start for an open one."
    )
    var asOf: String?

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one case file, folder, NDJSON file, or '-' for standard input") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        let pack = try Inputs.pack(rules.rules, examples: false)
        if let asOf, !EvaluationOptions.isReadableAsOf(asOf) { throw Inputs.badAsOf(asOf) }
        let work = AuditWork(
            evaluator: Evaluator(pack: pack), options: EvaluationOptions(asOf: asOf, maxResults: limits.maxResults), limits: limits.limits,
            now: Inputs.now)
        let summary = AuditSummary(pack: pack, asOf: asOf)
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let status = try await AuditRun(paths: paths, folder: out, jobs: jobs, work: work, summary: summary).perform()
        if status != ExitStatus.clean { throw ExitCode(status) }
    }
}

/// One audit run: reads, evaluates in parallel, writes in order, and returns the exit status.
@MainActor
struct AuditRun {
    /// Cases per unit of work: enough to make task overhead negligible, few enough to spread a small portfolio over the cores.
    static let batchSize = 16

    let paths: [String]
    let folder: String
    let jobs: Int
    let work: AuditWork
    let summary: AuditSummary

    func perform() async throws -> Int32 {
        let progress = ProgressBar(totalBytes: ProgressBar.standardErrorIsTerminal ? AuditInputWalker.totalBytes(paths) : nil)
        let drawsProgress = progress.isEnabled
        TemporaryFiles.shared.removeOnInterrupt {
            if drawsProgress { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        }
        let outputs = try AuditOutputs(folder: folder, summary: summary)
        let reader = AuditReader(paths: paths, maxBytes: work.limits.maxBytes)
        let work = work
        do {
            try await OrderedWork.run(
                jobs: jobs, window: 4 * jobs, next: { reader.next(Self.batchSize) }, transform: { batch in batch.map(work.run) },
                deliver: { outcomes in
                    for outcome in outcomes {
                        switch outcome {
                        case .evaluated(let evaluated): try outputs.add(evaluated)
                        case .failed(let file, let diagnostics):
                            progress.clear()
                            Terminal.error(Self.describe(diagnostics))
                            outputs.add(AuditSummary.LoadError(diagnostics: diagnostics, file: file))
                        }
                    }
                    let cases = outputs.summary.cases
                    progress.update(cases: cases.read, failed: cases.failedToLoad, bytes: reader.bytesRead)
                })
            progress.clear()
            try outputs.finish()
        } catch {
            progress.clear()
            outputs.discard()
            throw error
        }
        Terminal.print(Self.closing(outputs.summary, folder: folder))
        if outputs.summary.cases.failedToLoad > 0 { return ExitStatus.badInput }
        return outputs.summary.findings.violations > 0 ? ExitStatus.findings : ExitStatus.clean
    }

    /// A load failure's diagnostics, one `file:line:column: error: …` line each with its hint; never the case's text.
    static func describe(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in d.description + (d.hint.map { "\n  hint: \($0)" } ?? "") }.joined(separator: "\n")
    }

    /// The lines printed when the audit is done.
    static func closing(_ summary: AuditSummary, folder: String) -> String {
        let c = summary.cases
        let f = summary.findings
        let severities = Rule.Severity.allCases.map { "\(summary.violationsBySeverity[$0.rawValue] ?? 0) \($0.rawValue)" }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return """
            \(count(c.read, "case")) read: \(c.evaluated) evaluated, \(c.failedToLoad) failed to load
            \(count(f.violations, "violation")) in \(count(c.withViolations, "case")) (\(severities.joined(separator: ", "))), \
            \(f.reviews) for review, \(f.unproven) unproven
            Reports in \(folder): \(AuditOutputs.names.joined(separator: ", "))

            """
    }
}
