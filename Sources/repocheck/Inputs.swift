import Foundation
import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports
import RepoCheckRules

/// Loading what the user names on the command line, with errors they can act on.
enum Inputs {
    /// Loads and validates a rule pack — the folder given, `REPOCHECK_RULES`, or the bundled pack —
    /// printing its warnings to standard error. Commands that only judge cases leave out the rules' `examples`.
    static func pack(_ directory: String?, examples: Bool = true) throws -> RulePack {
        let result: Result<RulePackLoader.Loaded, DiagnosticsError>
        if let path = directory ?? ProcessInfo.processInfo.environment["REPOCHECK_RULES"] {
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputError(
                    "error: rule pack folder `\(path)` not found [pack.not-found]\n  hint: pass the rule pack folder with `--rules DIR`, or leave it out to use the bundled pack"
                )
            }
            result = RulePackLoader.load(directory: path, examples: examples)
        } else {
            result = BundledRules.load(examples: examples)
        }
        switch result {
        case .success(let loaded):
            if !loaded.warnings.isEmpty { Terminal.error(DiagnosticText.render(loaded.warnings, source: fileText)) }
            return loaded.pack
        case .failure(let error):
            throw InputError(error.diagnostics, quoting: fileText)
        }
    }

    /// Loads one case from a file, or from standard input when `path` is `-`.
    static func testCase(_ path: String, limits: InputLimits = .standard) throws -> Case {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Terminal.readStandardInput()
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(
                    "error: cannot read case file `\(path)` [case.not-found]\n  hint: check the path, or pass `-` to read the case from standard input"
                )
            }
            bytes = Array(data)
        }
        switch CaseLoader.decode(bytes: bytes, file: path, limits: limits) {
        case .success(let loaded): return loaded
        case .failure(let error): throw InputError(error.diagnostics)
        }
    }

    /// `--as-of`: an RFC 3339 timestamp, or a date meaning the end of that day in the case's zone;
    /// without one, the case's default (its last event if closed, now if open).
    static func asOf(_ text: String?, for testCase: Case) throws -> Instant {
        guard case .success(let instant) = EvaluationOptions(asOf: text).asOfInstant(for: testCase, now: now) else {
            throw badAsOf(text ?? "")
        }
        return instant
    }

    /// The error for an unreadable `--as-of`.
    static func badAsOf(_ text: String) -> InputError {
        InputError(
            "error: cannot read `\(text)` as a time for `--as-of` [cli.bad-time]\n  hint: write a date (2025-05-20) or an RFC 3339 timestamp with offset (2025-05-20T17:00:00-07:00)"
        )
    }

    /// A timestamp option: RFC 3339 with an offset.
    static func instant(_ text: String, option: String) throws -> Instant {
        guard case .success(let stamp) = RFC3339.parseTimestamp(text) else {
            throw InputError(
                "error: cannot read `\(text)` as a time for `\(option)` [cli.bad-time]\n  hint: write an RFC 3339 timestamp with offset, e.g. 2025-06-03T01:00:00-07:00"
            )
        }
        return stamp.instant
    }

    static var now: Instant {
        let seconds = Date().timeIntervalSince1970
        return Instant(nanoseconds: Int64(seconds * 1_000_000_000))
    }

    /// The text of a rule-pack file, for quoting the line an error points at.
    static func fileText(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
