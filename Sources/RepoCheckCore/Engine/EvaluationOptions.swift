/// How to evaluate a case: as of when, and which rules.
///
/// The options a library user, the command line and the HTTP service share, so one input read the
/// same way gives the same report everywhere.
public struct EvaluationOptions: Sendable, Hashable, Codable {
    /// Why options could not be applied to a case.
    public enum Problem: Error, Sendable, Hashable {
        /// `asOf` is neither a date (`2025-05-20`) nor an RFC 3339 timestamp with offset.
        case unreadableAsOf(String)
    }

    /// When to judge the case: a date (the end of that day in the case's time zone) or an RFC 3339
    /// timestamp with offset. `nil` means the default: the last event of a closed case, now for an open one.
    public var asOf: String?
    /// Which rules to check: `timeline` (the default) or `preflight`.
    public var stage: Rule.Stage

    /// Options with the given `asOf` and `stage`.
    public init(asOf: String? = nil, stage: Rule.Stage = .timeline) {
        self.asOf = asOf
        self.stage = stage
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
    /// - Throws: `EvaluationOptions.Problem.unreadableAsOf` when `options.asOf` cannot be read.
    public func evaluate(_ testCase: Case, options: EvaluationOptions, now: Instant) throws(EvaluationOptions.Problem) -> Report {
        let asOf = try options.asOfInstant(for: testCase, now: now).get()
        return evaluate(testCase, asOf: asOf, stage: options.stage)
    }
}
