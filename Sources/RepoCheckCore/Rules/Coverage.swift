/// The law-coverage map: every row of the law reference the pack follows, and how the pack covers it.
public struct Coverage: Sendable, Hashable {
    /// How a row of the reference is covered.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Encoded as one or more rules that decide violations.
        case encoded
        /// Encoded as rules that flag the case for a person (`outcome: review`).
        case review
        /// Partly encoded; `reason` says what is not.
        case partial
        /// Not checkable from a case timeline; `reason` says why.
        case notEncodable = "not_encodable"
    }

    /// One row.
    public struct Row: Sendable, Hashable {
        /// The reference's id (`CA-VEH-28-POLICE-1H`).
        public var id: String
        /// What the row is about.
        public var title: String
        /// Its citation.
        public var citation: String
        /// How it is covered.
        public var status: Status
        /// Why it is partial or not encodable.
        public var reason: String?
        /// Where it is written.
        public var location: SourceLocation?

        /// Creates a row.
        public init(id: String, title: String, citation: String, status: Status, reason: String?, location: SourceLocation?) {
            self.id = id
            self.title = title
            self.citation = citation
            self.status = status
            self.reason = reason
            self.location = location
        }
    }

    /// The reference the rows come from.
    public var source: String
    /// The rows, in the reference's order.
    public var rows: [Row]

    /// Creates a coverage map.
    public init(source: String, rows: [Row]) {
        self.source = source
        self.rows = rows
    }

    /// Errors where the rules and the map disagree: a rule citing a row the map lacks, a row marked
    /// encoded with no rule, a row marked not encodable that a rule encodes.
    public func conflicts(with rules: [Rule]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let ids = Set(rows.map(\.id))
        for rule in rules {
            for reference in rule.references where !ids.contains(reference) {
                problems.append(
                    .error(
                        "pack.unknown-reference",
                        "rule `\(rule.id)` cites reference row `\(reference)`, which `coverage.yaml` does not list",
                        at: rule.location, hint: "add the row to `coverage.yaml` or correct the id"))
            }
        }
        var seen = Set<String>()
        for row in rows where !seen.insert(row.id).inserted {
            problems.append(.error("pack.duplicate-row", "row `\(row.id)` is listed twice", at: row.location, hint: "list each row once"))
        }
        let cited = Set(rules.flatMap(\.references))
        for row in rows {
            switch row.status {
            case .encoded, .review, .partial:
                if !cited.contains(row.id) {
                    problems.append(
                        .error(
                            "pack.uncovered-row", "row `\(row.id)` is marked `\(row.status.rawValue)` but no rule cites it",
                            at: row.location,
                            hint: "add `reference: \(row.id)` to the rule that encodes it, or change the status"))
                }
            case .notEncodable:
                if cited.contains(row.id) {
                    problems.append(
                        .error(
                            "pack.uncovered-row", "row `\(row.id)` is marked `not_encodable` but a rule cites it", at: row.location,
                            hint: "change the status to `encoded`, `review` or `partial`"))
                }
            }
            if row.status == .partial || row.status == .notEncodable, (row.reason ?? "").isEmpty {
                problems.append(
                    .error(
                        "pack.uncovered-row", "row `\(row.id)` needs a `reason`", at: row.location,
                        hint: "say what cannot be checked and why"))
            }
        }
        return problems
    }
}
