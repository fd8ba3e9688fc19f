import RepoCheckCore

/// A small case and its report, written out so the renderers can be tested without a rule pack.
enum ReportFixtures {
    static func instant(_ text: String) -> Instant {
        guard case .success(let stamp) = RFC3339.parseTimestamp(text) else { fatalError("bad fixture time \(text)") }
        return stamp.instant
    }

    static let zone = Zone(identifier: "America/Los_Angeles")!

    /// The case: a buyer with a name (personal data that no report may show), a notice and a sale.
    static let testCase = Case(
        id: "CA-2025-000900", zone: zone, isClosed: true, contract: .map(["type": .scalar("conditional_sale")]),
        collateral: .map(["kind": .scalar("motor_vehicle")]),
        parties: [
            Party(id: "b1", roles: ["buyer"], properties: ["name": .scalar("Jordan Example")]),
            Party(id: "rag-0846", roles: ["repossession_agency"], properties: ["name": .scalar("Example Recovery")]),
        ],
        events: [
            Event(index: 0, type: "notice_sent", at: instant("2025-03-20T00:00:00-07:00"), isDateOnly: true),
            Event(index: 1, type: "vehicle_sold", at: instant("2025-03-31T10:00:00-07:00")),
        ])

    /// Its report: a sale-wait violation with arithmetic, and a review whose message looks like a formula.
    static let lateSale = """
        {
          "as_of": "2025-03-31T10:00:00-07:00", "case_id": "CA-2025-000900", "timezone": "America/Los_Angeles",
          "summary": {"violations": 1, "reviews": 1, "unproven": 0, "open": 0, "consequences": {}},
          "findings": [
            {"rule_id": "ca.civ.2983.2.sale-wait", "kind": "violation", "severity": "high",
             "title": "Do not sell the vehicle until the redemption and reinstatement period after the NOI has run",
             "citation": "Cal. Civ. Code § 2983.2(a), (a)(1)-(3), (a)(6)",
             "message": "happened at 2025-03-31T10:00:00-07:00, before the waiting period ended: not before 2025-04-05T00:00:00-07:00",
             "events": [0, 1], "deadline": "2025-04-05T00:00:00-07:00", "actual": "2025-03-31T10:00:00-07:00",
             "late_by": "4 days 14 hours", "late_by_seconds": 396000,
             "trace": [{"kind": "trigger", "at": "2025-03-20T00:00:00-07:00", "note": "the period starts"},
                       {"kind": "result", "at": "2025-04-04T23:59:59.999999999-07:00", "note": "the period ends <at the end> of Friday"}],
             "remediation": "Stop the sale & review."},
            {"rule_id": "test.review", "kind": "review", "severity": "low", "title": "A <b>standard</b>", "citation": "Test § 1",
             "message": "-5 days before the period ended", "events": [1], "trace": [], "remediation": ""}
          ],
          "obligations": [], "warnings": [],
          "provenance": {"pack": "test-pack", "pack_version": "1.0.0", "pack_hash": "abc123", "engine_version": "0.1.0"}
        }
        """
}
