/// How to evaluate a case: as of when, and which rules.
///
/// The options a library user, the command line and the HTTP service share, so one input read the
/// same way gives the same report everywhere.
public struct EvaluationOptions: Sendable, Hashable, Codable {
    /// Why a case could not be evaluated with these options.
    public enum Problem: Error, Sendable, Hashable {
        /// `asOf` is neither a date (`2025-05-20`) nor an RFC 3339 timestamp with offset.
        case unreadableAsOf(String)
        /// Judging gave more than `limit` findings and obligations; it stopped at the rule `rule`.
        case tooManyResults(limit: Int, rule: String)
    }

    /// When to judge the case: a date (the end of that day in the case's time zone) or an RFC 3339
    /// timestamp with offset. `nil` means the default: the last event of a closed case, now for an open one.
    public var asOf: String?
    /// Which rules to check: `timeline` (the default) or `preflight`.
    public var stage: Rule.Stage
    /// Most findings and obligations one case may give; past it, judging stops with
    /// `Problem.tooManyResults` rather than building an ever larger report.
    public var maxResults = Evaluator.standardMaxResults

    /// Options with the given `asOf`, `stage` and `maxResults`.
    public init(asOf: String? = nil, stage: Rule.Stage = .timeline, maxResults: Int = Evaluator.standardMaxResults) {
        self.asOf = asOf
        self.stage = stage
        self.maxResults = maxResults
    }

    /// The instant `asOf` names for `testCase`; `now` is used only when `asOf` is `nil` and the case is open.
    public func asOfInstant(for testCase: Case, now: Instant) -> Result<Instant, Problem> {
        guard let asOf else { return .success(Evaluator.defaultAsOf(for: testCase, now: now)) }
        if case .success(let date) = RFC3339.parseDate(asOf) { return .success(testCase.zone.endOfDay(date)) }
        if case .success(let stamp) = RFC3339.parseTimestamp(asOf) { return .success(stamp.instant) }
        return .failure(.unreadableAsOf(asOf))
    }

    /// Whether `text` can be an `asOf` for any case: a date or an RFC 3339 timestamp with offset.
    public static func isReadableAsOf(_ text: String) -> Bool {
        (try? RFC3339.parseDate(text).get()) != nil || (try? RFC3339.parseTimestamp(text).get()) != nil
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case stage
    }
}

extension Evaluator {
    /// Evaluates `testCase` with `options`: the rules of `options.stage`, as of `options.asOf`.
    ///
    /// The core keeps no clock, so the caller passes `now` (used only for an open case with no `asOf`).
    ///
    /// - Throws: `EvaluationOptions.Problem.unreadableAsOf` when `options.asOf` cannot be read,
    ///   `.tooManyResults` when the case gives more than `options.maxResults` findings and obligations.
    public func evaluate(_ testCase: Case, options: EvaluationOptions, now: Instant) throws(EvaluationOptions.Problem) -> Report {
        let asOf = try options.asOfInstant(for: testCase, now: now).get()
        return try evaluate(testCase, asOf: asOf, stage: options.stage, maxResults: options.maxResults)
    }
}

extension EvaluationOptions.Problem {
    /// The problem as a diagnostic about the case read at `location`: its file, or its line of a stream.
    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        switch self {
        case .unreadableAsOf(let text):
            .error(
                "case.bad-timestamp", "cannot read `\(text)` as a time for `as_of`", at: location,
                hint: "write a date (2025-05-20) or an RFC 3339 timestamp with offset (2025-05-20T17:00:00-07:00)")
        case .tooManyResults(let limit, let rule):
            .error(
                "case.too-many-results", "judging the case gave more than \(limit) findings and obligations (stopped at `\(rule)`)",
                at: location, hint: "check the input; raise the limit only for a trusted case (see docs/limits.md)")
        }
    }
}
