import RepoCheckCore

/// An `--as-of` option: one instant, or a date meaning the end of that day in each case's zone.
enum AsOfOption: Sendable {
    case endOfDay(CivilDate)
    case instant(Instant)

    /// Parses a date or an RFC 3339 timestamp with offset.
    init(_ text: String) throws {
        if case .success(let date) = RFC3339.parseDate(text) {
            self = .endOfDay(date)
        } else if case .success(let stamp) = RFC3339.parseTimestamp(text) {
            self = .instant(stamp.instant)
        } else {
            throw InputError(
                "error: cannot read `\(text)` as a time for `--as-of` [cli.bad-time]\n  hint: write a date (2025-05-20) or an RFC 3339 timestamp with offset (2025-05-20T17:00:00-07:00)"
            )
        }
    }

    /// The instant `testCase` is judged at.
    func instant(for testCase: Case) -> Instant {
        switch self {
        case .endOfDay(let date): testCase.zone.endOfDay(date)
        case .instant(let instant): instant
        }
    }
}
