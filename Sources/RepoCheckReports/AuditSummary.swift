import RepoCheckCore

/// The portfolio totals of an audit, built one case at a time: counts only, so it stays small however
/// many cases pass through. Encoded as `summary.json`.
public struct AuditSummary: Sendable, Hashable, Codable {
    /// How many cases were read, evaluated and failed to load.
    public struct Cases: Sendable, Hashable, Codable {
        /// Cases read: evaluated plus failed to load.
        public var read = 0
        /// Cases that loaded and were evaluated.
        public var evaluated = 0
        /// Cases (files or NDJSON lines) that did not load, or whose judging passed the bound on its
        /// findings and obligations (`case.too-many-results`): every case read that has no report.
        public var failedToLoad = 0
        /// Evaluated cases with at least one violation.
        public var withViolations = 0

        enum CodingKeys: String, CodingKey {
            case read, evaluated
            case failedToLoad = "failed_to_load"
            case withViolations = "with_violations"
        }
    }

    /// Findings of every kind, summed over the evaluated cases.
    public struct Findings: Sendable, Hashable, Codable {
        /// Violations.
        public var violations = 0
        /// Items for review.
        public var reviews = 0
        /// Unproven obligations.
        public var unproven = 0
        /// Obligations still open at each case's `as_of`.
        public var open = 0
    }

    /// A case that did not load: where, and why (its first error).
    public struct LoadError: Sendable, Hashable, Codable {
        /// The file (`-` for standard input).
        public var file: String
        /// 1-based line, when known.
        public var line: Int?
        /// 1-based column, when known.
        public var column: Int?
        /// The diagnostic code (`case.bad-timestamp`).
        public var code: String
        /// The message (never a value from the case).
        public var message: String
        /// How many errors the case had in all.
        public var errors: Int

        /// The first error of `diagnostics`; `file` is used when it has no location.
        public init(diagnostics: [Diagnostic], file: String) {
            let first =
                diagnostics.first { $0.severity == .error } ?? diagnostics.first
                ?? .error("input.unreadable", "the case did not load", at: nil)
            self.file = first.location?.file ?? file
            line = first.location?.line
            column = first.location?.column
            code = first.code
            message = first.message
            errors = diagnostics.count { $0.severity == .error }
        }
    }

    /// Which law and engine produced the audit.
    public struct Provenance: Sendable, Hashable, Codable {
        /// Rule pack name.
        public var pack: String
        /// Rule pack version.
        public var packVersion: String
        /// SHA-256 of the pack's files.
        public var packHash: String
        /// RepoCheck engine version.
        public var engineVersion: String

        /// Creates a provenance.
        public init(pack: String, packVersion: String, packHash: String, engineVersion: String) {
            self.pack = pack
            self.packVersion = packVersion
            self.packHash = packHash
            self.engineVersion = engineVersion
        }

        enum CodingKeys: String, CodingKey {
            case pack
            case packVersion = "pack_version"
            case packHash = "pack_hash"
            case engineVersion = "engine_version"
        }
    }

    /// Most load errors listed; the rest are only counted, so a stream of bad lines cannot grow the summary.
    public static let loadErrorLimit = 1_000

    /// Case counts.
    public var cases = Cases()
    /// Finding counts.
    public var findings = Findings()
    /// Violations by rule id (rules with none are left out).
    public var violationsByRule: [String: Int] = [:]
    /// Violations by severity (every severity present, zero or not).
    public var violationsBySeverity: [String: Int] = Dictionary(uniqueKeysWithValues: Rule.Severity.allCases.map { ($0.rawValue, 0) })
    /// Violations by the party id of the case's repossession agency (`none` when it has none).
    public var violationsByAgency: [String: Int] = [:]
    /// Violations by month (`YYYY-MM`) of the violating act.
    public var violationsByMonth: [String: Int] = [:]
    /// The first `loadErrorLimit` load errors, in input order.
    public var loadErrors: [LoadError] = []
    /// Load errors not listed in `loadErrors`.
    public var loadErrorsNotListed = 0
    /// The `--as-of` given, if any.
    public var asOf: String?
    /// The rule pack and engine.
    public var provenance: Provenance

    enum CodingKeys: String, CodingKey {
        case cases, findings, provenance
        case violationsByRule = "violations_by_rule"
        case violationsBySeverity = "violations_by_severity"
        case violationsByAgency = "violations_by_agency"
        case violationsByMonth = "violations_by_month"
        case loadErrors = "load_errors"
        case loadErrorsNotListed = "load_errors_not_listed"
        case asOf = "as_of"
    }

    /// The label counted for a case with no repossession agency.
    public static let noAgency = "none"

    /// An empty summary for an audit against `pack`.
    public init(pack: RulePack, asOf: String? = nil) {
        self.init(
            provenance: Provenance(
                pack: pack.name, packVersion: pack.version, packHash: pack.contentHash, engineVersion: Evaluator.engineVersion),
            asOf: asOf)
    }

    /// An empty summary for an audit by the pack and engine `provenance` names.
    public init(provenance: Provenance, asOf: String? = nil) {
        self.provenance = provenance
        self.asOf = asOf
    }

    /// Counts an evaluated case.
    public mutating func add(_ audited: AuditCase) {
        cases.read += 1
        cases.evaluated += 1
        if !audited.violations.isEmpty { cases.withViolations += 1 }
        findings.violations += audited.summary.violations
        findings.reviews += audited.summary.reviews
        findings.unproven += audited.summary.unproven
        findings.open += audited.summary.open
        for violation in audited.violations {
            violationsByRule[violation.ruleID, default: 0] += 1
            violationsBySeverity[violation.severity.rawValue, default: 0] += 1
            violationsByAgency[audited.agency ?? Self.noAgency, default: 0] += 1
            violationsByMonth[violation.month, default: 0] += 1
        }
    }

    /// Counts a case that did not load.
    public mutating func add(_ error: LoadError) {
        cases.read += 1
        cases.failedToLoad += 1
        if loadErrors.count < Self.loadErrorLimit {
            loadErrors.append(error)
        } else {
            loadErrorsNotListed += 1
        }
    }

    /// `summary.json`: pretty, sorted keys, ending in a newline.
    public var json: String { JSONReport.encode(self, pretty: true) + "\n" }
}
