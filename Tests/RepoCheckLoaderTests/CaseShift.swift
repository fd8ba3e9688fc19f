import RepoCheckCore

/// Moves a whole case along the time line, for the time-shift properties: every event, and every date or
/// timestamp fact of the case (a licence's expiry, a contract's signing), so that rules comparing a fact
/// with an event's day see the same relation after the move.
enum CaseShift {
    static let secondsPerWeek: Int64 = 7 * 86_400

    /// `testCase` moved by `weeks` whole weeks.
    static func shifted(_ testCase: Case, weeks: Int) -> Case {
        let seconds = Int64(weeks) * secondsPerWeek
        var moved = testCase
        moved.contract = shifted(testCase.contract, weeks: weeks, zone: testCase.zone)
        moved.collateral = shifted(testCase.collateral, weeks: weeks, zone: testCase.zone)
        moved.parties = testCase.parties.map { party in
            var copy = party
            copy.properties = party.properties.mapValues { shifted($0, weeks: weeks, zone: testCase.zone) }
            return copy
        }
        moved.replaceEvents(
            testCase.events.map { event in
                var copy = event
                copy.at = event.at.adding(seconds: seconds)
                copy.properties = event.properties.mapValues { shifted($0, weeks: weeks, zone: testCase.zone) }
                return copy
            })
        return moved
    }

    /// A fact with every scalar that reads as an RFC 3339 date or timestamp moved by `weeks`.
    static func shifted(_ value: Value, weeks: Int, zone: Zone) -> Value {
        switch value {
        case .scalar(let text):
            if case .success(let date) = RFC3339.parseDate(text) { return .scalar(date.adding(days: 7 * weeks).description) }
            if case .success(let stamp) = RFC3339.parseTimestamp(text) {
                return .scalar(RFC3339.format(stamp.instant.adding(seconds: Int64(weeks) * secondsPerWeek), in: zone))
            }
            return value
        case .list(let values): return .list(values.map { shifted($0, weeks: weeks, zone: zone) })
        case .map(let map): return .map(map.mapValues { shifted($0, weeks: weeks, zone: zone) })
        }
    }

    /// The instant an obligation's bound names (`due_by`, `not_before`), which reports write in RFC 3339.
    static func instant(_ text: String?) -> Instant? {
        guard let text, case .success(let stamp) = RFC3339.parseTimestamp(text) else { return nil }
        return stamp.instant
    }
}
