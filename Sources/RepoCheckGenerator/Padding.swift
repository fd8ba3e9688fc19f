import RepoCheckCore

/// Everyday background activity for a transplanted scenario: the creditor's collection calls at lawful
/// hours, the debtor's payments and own calls, one event every other day, in the weeks before the
/// scenario and ending at least `gap` days before its first event, so that none of it reaches into the
/// scenario. Only parties the scenario already has take part.
enum Padding {
    /// The fewest days between the last background event and the scenario's first.
    static let gap = 8
    /// Roles that owe the debt, in the order a call goes to them.
    static let debtorRoles = ["buyer", "co_buyer", "cosigner", "guarantor"]
    /// Roles that collect it, in the order one places the calls.
    static let creditorRoles = ["holder", "in_house_collector", "debt_collector"]

    /// `count` background events before the first event of `scenario`, oldest first.
    static func events(count: Int, before scenario: Case, rng: inout SplitMix64) -> [Event] {
        guard count > 0, let first = scenario.events.first else { return [] }
        let debtor = party(scenario, debtorRoles)
        let creditor = party(scenario, creditorRoles)
        let clock = LocalClock(zone: scenario.zone)
        let calledClock = LocalClock(zone: debtor?.zone ?? scenario.zone)
        // A day more than the gap, as calls are timed in the debtor's own zone.
        let lastDay = scenario.zone.date(of: first.at).dayNumber - gap - 1 - rng.int(0...6)
        var events: [Event] = []
        for n in (0..<count).reversed() {
            let day = lastDay - 2 * n
            let roll = rng.int(0...99)
            if let debtor, let creditor, roll < 65 {
                let outcome = rng.pick(["voicemail", "no_answer"])
                let at = Instant(seconds: calledClock.instant(day: day, minute: rng.int(9 * 60...19 * 60 + 30)))
                events.append(call(at, by: creditor.id, to: debtor.id, direction: "outbound", outcome: outcome))
            } else if let debtor, let creditor, roll < 85 {
                let at = Instant(seconds: clock.instant(day: day, minute: rng.int(9 * 60...18 * 60)))
                events.append(call(at, by: debtor.id, to: creditor.id, direction: "inbound", outcome: "voicemail"))
            } else {
                let amount = "\(rng.int(75...650)).\(rng.int(10...99))"
                let at = Instant(seconds: clock.instant(day: day, minute: rng.int(8 * 60 + 30...18 * 60)))
                events.append(payment(at, amount: amount))
            }
        }
        return events
    }

    /// Background events at `instant` (to the second) that can end a scenario judged later than its last
    /// event, in the order to try them: a payment, then the debtor's call.
    static func trailing(at instant: Instant, in scenario: Case) -> [Event] {
        let at = Instant(seconds: instant.seconds)
        var events = [payment(at, amount: "100.00")]
        if let debtor = party(scenario, debtorRoles), let creditor = party(scenario, creditorRoles) {
            events.append(call(at, by: debtor.id, to: creditor.id, direction: "inbound", outcome: "voicemail"))
        }
        return events
    }

    /// The first party of the scenario with one of `roles`, in the order of `roles`.
    private static func party(_ scenario: Case, _ roles: [String]) -> Party? {
        roles.lazy.compactMap { role in scenario.parties.first { $0.roles.contains(role) } }.first
    }

    private static func payment(_ at: Instant, amount: String) -> Event {
        Event(index: 0, type: "payment_received", at: at, properties: ["amount": .scalar(amount)])
    }

    private static func call(_ at: Instant, by: String, to: String, direction: String, outcome: String) -> Event {
        Event(
            index: 0, type: "call", at: at,
            properties: ["by": .scalar(by), "to": .scalar(to), "direction": .scalar(direction), "outcome": .scalar(outcome)])
    }
}
