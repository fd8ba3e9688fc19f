import RepoCheckCore

/// Single cases of many events, shaped so that every event starts, answers or breaks a rule, or is of a type of
/// its own that no rule knows: the worst the engine meets within the event limit. Each is judged with the whole
/// pack, timed.
enum LargeCases {
    /// The shapes, each a case of `events` events.
    static func shapes(events: Int) -> [(name: String, testCase: Case)] {
        let zone = Zone(identifier: "America/Los_Angeles")!
        let parties = [
            Party(id: "b", roles: ["buyer"]), Party(id: "c", roles: ["debt_collector"]), Party(id: "h", roles: ["holder"]),
            Party(id: "ag", roles: ["repossession_agency"]),
        ]
        // 96 more people (the case then has the 100 parties `--max-parties` allows), and every group of three of them.
        let people = (0..<96).map { Party(id: "p\($0)", roles: ["guarantor"]) }
        let trios = (0..<96).lazy.flatMap { i in (i + 1..<96).lazy.flatMap { j in (j + 1..<96).lazy.map { k in [i, j, k] } } }
        // One event a second from 10:00 local on 2025-01-06, within the day.
        let start = zone.startOfDay(CivilDate(year: 2025, month: 1, day: 6)!).adding(seconds: 10 * 3600)
        func at(_ second: Int) -> Instant { start.adding(seconds: Int64(second % 30_000)) }
        func call(_ index: Int, by: String, outcome: String) -> Event {
            Event(
                index: index, type: "call", at: at(index),
                properties: ["by": .scalar(by), "to": .scalar("b"), "direction": .scalar("outbound"), "outcome": .scalar(outcome)])
        }
        func notice(_ index: Int, at instant: Instant) -> Event {
            Event(
                index: index, type: "notice_sent", at: instant,
                properties: [
                    "notice": .scalar("intent_to_dispose"), "by": .scalar("h"), "to": .scalar("h"), "method": .scalar("certified_mail"),
                ])
        }
        let half = events / 2
        let shapes: [(String, [Event])] = [
            ("calls by a collector in one day", (0..<events).map { call($0, by: "c", outcome: "voicemail") }),
            ("conversations by the holder's staff", (0..<events).map { call($0, by: "h", outcome: "conversation") }),
            (
                "notices, then calls",
                (0..<half).map {
                    Event(
                        index: $0, type: "notice_sent", at: start.adding(seconds: -86_400),
                        properties: ["by": .scalar("c"), "to": .scalar("b"), "notice": .scalar("other"), "method": .scalar("mail")])
                } + (half..<events).map { call($0, by: "c", outcome: "voicemail") }
            ),
            (
                "repossessions and police reports",
                (0..<half).map { Event(index: $0, type: "repossession", at: at($0), properties: ["by": .scalar("ag")]) }
                    + (half..<events).map {
                        Event(
                            index: $0, type: "police_notified", at: at($0 - half).adding(seconds: 3600), properties: ["by": .scalar("ag")])
                    }
            ),
            ("events each of a type outside the vocabulary", (0..<events).map { Event(index: $0, type: "unknown_\($0)", at: at($0)) }),
            (
                "repossessions, then notices of intent to the holder alone",
                (0..<half).map { Event(index: $0, type: "repossession", at: at($0), properties: ["by": .scalar("ag")]) }
                    + (half..<events).map { notice($0, at: at($0 - half).adding(seconds: 86_400)) }
            ),
            (
                "notices of intent, then sales",
                (0..<half).map { notice($0, at: at($0)) }
                    + (half..<events).map {
                        Event(index: $0, type: "vehicle_sold", at: at($0 - half).adding(seconds: 86_400), properties: ["by": .scalar("h")])
                    }
            ),
        ]
        func largeCase(_ events: [Event], parties: [Party]) -> Case {
            Case(
                id: "LARGE", zone: zone, isClosed: true, contract: .map(["type": .scalar("conditional_sale")]),
                collateral: .map(["kind": .scalar("motor_vehicle")]), parties: parties, events: events)
        }
        let trioCalls = zip(0..<events, trios).map { index, trio in
            Event(
                index: index, type: "call", at: at(index),
                properties: [
                    "by": .scalar("c"), "to": .list(trio.map { .scalar("p\($0)") }), "direction": .scalar("outbound"),
                    "outcome": .scalar("voicemail"),
                ])
        }
        return shapes.map { name, events in (name, largeCase(events, parties: parties)) } + [
            ("calls each to its own three people", largeCase(trioCalls, parties: parties + people))
        ]
    }

    /// Each shape of `events` events judged once with `evaluator`.
    static func measure(events: Int, evaluator: Evaluator) -> [LargeCase] {
        shapes(events: events).map { name, testCase in
            let clock = ContinuousClock.now
            let report = evaluator.evaluate(testCase, asOf: Evaluator.defaultAsOf(for: testCase, now: Instant(seconds: 0)))
            let seconds = (ContinuousClock.now - clock).milliseconds / 1_000
            return LargeCase(
                shape: name, events: events, seconds: seconds, findings: report.findings.count, obligations: report.obligations.count,
                warnings: report.warnings.count)
        }
    }
}

/// One large case judged.
struct LargeCase: Encodable {
    let shape: String
    let events: Int
    let seconds: Double
    let findings: Int
    let obligations: Int
    let warnings: Int
}
