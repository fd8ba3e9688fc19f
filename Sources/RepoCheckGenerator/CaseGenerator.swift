/// Makes realistic closed repossession cases: collection calls and payments, the assignment, the
/// repossession (or a surrender), the police report, personal effects, the notice of intent, the sale and
/// the collection of any deficiency, 20 to 60 events in all. A case may carry flaws on purpose.
///
/// A case depends only on its index and the random numbers it is given.
struct CaseGenerator: Sendable {
    /// Local time in Los Angeles, shared by every case.
    let clock = LocalClock("America/Los_Angeles")

    /// First and last possible repossession days (2024-01-08 to 2025-10-31), and the first one for 2025-only flaws.
    static let firstDay = LocalClock.day(year: 2024, month: 1, day: 8)
    static let lastDay = LocalClock.day(year: 2025, month: 10, day: 31)
    static let first2025Day = LocalClock.day(year: 2025, month: 1, day: 6)

    /// Case `index` as one NDJSON line (no newline), made with `rng`, and the flaws it carries: one or two
    /// if `flawed`, none otherwise.
    func generate(index: Int, flawed: Bool, rng: SplitMix64) -> (line: String, flaws: [Flaw]) {
        var rng = rng
        var flaws: [Flaw] = []
        if flawed {
            flaws.append(rng.pick(Flaw.allCases))
            if rng.chance(0.15) {
                let second = rng.pick(Flaw.allCases)
                if second.combines(with: flaws[0]) { flaws.append(second) }
            }
        }
        var builder = CaseBuilder(rng: rng, flaws: Set(flaws), index: index, clock: clock)
        return (builder.build().text, flaws)
    }

    /// The id of case `index` of a portfolio, for a case of `year`: `CA-2025-000042`.
    static func caseID(year: Int, index: Int) -> String { "CA-\(year)-" + padded(index + 1, 6) }

    /// `n` in at least `width` digits, with leading zeros.
    static func padded(_ n: Int, _ width: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// One event: its instant (for ordering) and its fields.
private struct Event {
    var instant: Int64
    var fields: [(String, JSONValue)]
}

/// Builds one case; all days are day numbers, all times minutes after local midnight.
private struct CaseBuilder {
    var rng: SplitMix64
    let flaws: Set<Flaw>
    let index: Int
    let clock: LocalClock
    var events: [Event] = []

    init(rng: SplitMix64, flaws: Set<Flaw>, index: Int, clock: LocalClock) {
        self.rng = rng
        self.flaws = flaws
        self.index = index
        self.clock = clock
    }

    // The cast of this case.
    var hasCoBuyer = false
    var hasCosigner = false
    var agency: (id: String, name: String, license: String)?
    var hasCollector = false
    var hasGuarantor = false
    /// Days on which a bankruptcy stay holds: no call or letter to the buyers then.
    var quiet: [ClosedRange<Int>] = []
    var buyerOutOfState = false

    mutating func build() -> JSONValue {
        let needsConditional = flaws.contains { $0.needsConditionalSale }
        let needsRepossession = flaws.contains { $0.needsRepossession }
        let needsSale = flaws.contains { $0.needsSale }
        let firstDay = flaws.contains { $0.needs2025 } ? CaseGenerator.first2025Day : CaseGenerator.firstDay
        let day = rng.int(firstDay...CaseGenerator.lastDay)

        let contractType =
            needsConditional
            ? "conditional_sale" : rng.pick(weighted: [("conditional_sale", 75), ("lease", 12), ("secured_loan", 13)])
        let conditional = contractType == "conditional_sale"
        let gapWaiver = conditional && (flaws.contains(.gapStatementMissing) || rng.chance(0.3))
        var kind = rng.pick(weighted: Cast.collateral.map { ($0.kind, $0.weight) })
        if flaws.contains(.policeLate) || flaws.contains(.policeMissing) { kind = "motor_vehicle" }
        let description = rng.pick(Cast.collateral.first { $0.kind == kind }!.descriptions)

        hasCoBuyer = flaws.contains(.noiRecipientMissing) || rng.chance(0.35)
        hasCosigner = rng.chance(0.08)
        hasGuarantor = rng.chance(0.04)
        let needsAgency = needsRepossession || flaws.contains(.objectionIgnored)
        agency = needsAgency || rng.chance(0.92) ? rng.pick(Cast.agencies) : nil
        hasCollector = flaws.contains(.callCapExceeded) || rng.chance(0.35)
        buyerOutOfState = rng.chance(0.06)
        let surrender = !needsRepossession && agency == nil ? rng.chance(0.5) : (!needsRepossession && rng.chance(0.1))

        var parties: [JSONValue] = [person("b1", "buyer", outOfState: buyerOutOfState)]
        if hasCoBuyer { parties.append(person("b2", "co_buyer", outOfState: false)) }
        if hasCosigner { parties.append(person("c1", "cosigner", outOfState: false)) }
        if hasGuarantor { parties.append(person("g1", "guarantor", outOfState: false)) }
        parties.append(.object([("id", "h1"), ("role", "holder"), ("name", .string(rng.pick(Cast.holders)))]))
        if let agency {
            let expires = LocalClock.date(day + rng.int(60...700))
            parties.append(
                .object([
                    ("id", .string(agency.id)), ("role", "repossession_agency"), ("name", .string(agency.name)),
                    ("license", .object([("number", .string(agency.license)), ("expires", .string(expires))])),
                ]))
        }
        if hasCollector {
            let dcla: JSONValue = .object([
                ("license", .string("10500-\(rng.int(1_000...9_999))")), ("expires", .string(LocalClock.date(day + 900))),
            ])
            parties.append(
                .object([("id", "dc1"), ("role", "debt_collector"), ("name", .string(rng.pick(Cast.collectors))), ("dcla", dcla)]))
        }

        // The recovery: an agency repossession (sometimes after a stopped attempt), the holder's own, or a surrender.
        let taker = agency?.id ?? "h1"
        let night = rng.chance(0.7)
        let minute = night ? rng.int(30...330) : rng.int(7 * 60...19 * 60)
        var bankruptcyBefore: (filed: Int, lifted: Int)?
        if flaws.contains(.repossessionDuringStay) {
            // The stay is lifted the day after the repossession, before any notice to the buyer.
            bankruptcyBefore = (day - rng.int(1...6), day + 1)
        } else if !surrender && rng.chance(0.03) {
            bankruptcyBefore = (day - rng.int(40...70), day - rng.int(5...20))
        }
        if let (filed, lifted) = bankruptcyBefore {
            add(filed, rng.int(9 * 60...16 * 60), "bankruptcy_filed", [("by", "b1"), ("chapter", .string(rng.pick(["7", "13"])))])
            add(lifted, rng.int(9 * 60...10 * 60), "stay_lifted", [])
            quiet.append(filed...lifted)
        }
        if let agency, !surrender {
            if !flaws.contains(.noAssignment) {
                let method = flaws.contains(.telephonicAssignment) ? "telephonic" : rng.pick(["written", "electronic", "fax"])
                add(
                    day - rng.int(12...25), rng.int(9 * 60...17 * 60), "assignment_received",
                    [("by", .string(agency.id)), ("method", .string(method))])
            }
            if !flaws.contains(.objectionIgnored) && rng.chance(0.06) {
                let attempt = day - rng.int(3...10)
                let at = rng.int(60...300)
                add(attempt, at, "objection", [("by", "b1")])
                add(attempt, at + rng.int(2...6), "repossession_stopped", [("by", .string(agency.id))])
            }
        }
        if surrender {
            add(day, rng.int(9 * 60...17 * 60), "voluntary_surrender", [("by", "b1")])
        } else {
            if flaws.contains(.objectionIgnored) { add(day, minute - rng.int(4...12), "objection", [("by", "b1")]) }
            let place = rng.pick(["street", "driveway", "parking_lot"])
            add(day, minute, "repossession", [("by", .string(taker)), ("location", .object([("kind", .string(place))]))])
            if !flaws.contains(.policeMissing) {
                let delay = flaws.contains(.policeLate) ? rng.int(70...360) : rng.int(4...50)
                let report: [(String, JSONValue)] = [
                    ("by", .string(taker)), ("method", .string(rng.pick(["phone", "online"]))),
                    ("contents", .array(Cast.policeReport.map(JSONValue.string))),
                ]
                add(day, minute + delay, "police_notified", report)
            }
            if let agency {
                let seizure: [(String, JSONValue)] = [
                    ("by", .string(agency.id)), ("notice", "seizure"), ("to", .array(["b1"])), ("method", "regular_mail"),
                    ("contents", .array(Cast.seizureNotice.map(JSONValue.string))),
                ]
                add(day, minute + rng.int(120...1_200), "notice_sent", seizure)
            }
        }

        // Personal effects found in the collateral.
        if let agency, !surrender {
            // The inventory leaves within 48 hours of the repossession.
            let inventoryMinute = minute + rng.int(6 * 60...40 * 60)
            let inventory = day + inventoryMinute / 1_440
            let withoutInventory = flaws.contains(.effectsDisposedEarly) && rng.chance(0.25)
            if !withoutInventory {
                let fields: [(String, JSONValue)] = [
                    ("by", .string(agency.id)), ("to", .array(["b1"])),
                    ("method", .string(rng.pick(["regular_mail", "first_class_mail"]))),
                    ("contents", .array(Cast.inventory.map(JSONValue.string))),
                ]
                add(day, inventoryMinute, "personal_effects_inventoried", fields)
            }
            if flaws.contains(.effectsDisposedEarly) {
                add(inventory + rng.int(10...50), rng.int(10 * 60...16 * 60), "personal_effects_disposed", [("by", .string(agency.id))])
            } else if rng.chance(0.6) {
                add(inventory + rng.int(2...30), rng.int(10 * 60...17 * 60), "personal_effects_released", [("to", "b1")])
            } else if rng.chance(0.75) {
                add(inventory + rng.int(63...90), rng.int(10 * 60...16 * 60), "personal_effects_disposed", [("by", .string(agency.id))])
            }
        }

        // The notice of intent to dispose (conditional sales), or the holder's notice under other contracts.
        var noticeDay: Int?
        var extended = false
        if conditional {
            let notice = flaws.contains(.noiLate) ? day + rng.int(66...95) : day + rng.int(2...20)
            noticeDay = notice
            var to: [JSONValue] = ["b1"]
            if hasCoBuyer && !flaws.contains(.noiRecipientMissing) { to.append("b2") }
            if hasCosigner { to.append("c1") }
            var items = Cast.noiItems
            if flaws.contains(.noiIncomplete) {
                for _ in 0..<rng.int(1...2) { items.remove(at: rng.int(0...items.count - 1)) }
            }
            if gapWaiver && !flaws.contains(.gapStatementMissing) { items.append("gap_refund_statement") }
            var fields: [(String, JSONValue)] = [
                ("notice", "intent_to_dispose"), ("to", .array(to)),
                ("method", .string(rng.pick(["certified_mail", "first_class_mail", "personal_service"]))),
                ("contents", .array(items.map(JSONValue.string))),
            ]
            if buyerOutOfState { fields.append(("out_of_state", "true")) }
            if rng.chance(0.6) {
                addDate(notice, "notice_sent", fields)
            } else {
                add(notice, rng.int(9 * 60...16 * 60), "notice_sent", fields)
            }
            extended = flaws.contains(.earlySaleAfterExtension) || rng.chance(0.12)
            if extended { add(notice + rng.int(3...10), rng.int(9 * 60...17 * 60), "extension_requested", [("by", "b1")]) }
        }

        // The sale, or a redemption.
        var end = day + 30
        var saleDay: Int?
        if needsSale || rng.chance(0.82) {
            let sale: Int
            if let noticeDay {
                let period = (buyerOutOfState ? 20 : 15) + (extended ? 10 : 0)
                if flaws.contains(.earlySale) {
                    sale = noticeDay + rng.int(4...13)
                } else if flaws.contains(.earlySaleAfterExtension) {
                    sale = noticeDay + rng.int(period - 8...period - 3)
                } else {
                    sale = noticeDay + period + rng.int(6...30)
                }
            } else {
                sale = day + rng.int(30...60)
                let liable: [JSONValue] = ["b1"] + (hasCoBuyer ? ["b2"] : []) + (hasCosigner ? ["c1"] : [])
                let lease = contractType == "lease"
                let fields: [(String, JSONValue)] = [
                    ("by", "h1"), ("notice", lease ? "lease_disposition" : "disposition_notification"),
                    ("to", .array(liable + (hasGuarantor ? ["g1"] : []))), ("method", "certified_mail"),
                    ("contents", .array((lease ? Cast.leaseDisposition : Cast.dispositionNotification).map(JSONValue.string))),
                ]
                add(sale - rng.int(16...22), rng.int(9 * 60...16 * 60), "notice_sent", fields)
            }
            saleDay = sale
            if flaws.contains(.saleDuringStay) {
                let filed = sale - rng.int(1...4)
                add(filed, rng.int(9 * 60...16 * 60), "bankruptcy_filed", [("by", "b1"), ("chapter", "7")])
                quiet.append(filed...Int.max / 2)
            }
            add(sale, rng.int(10 * 60...15 * 60), "vehicle_sold", [("method", .string(rng.pick(["public_auction", "private_sale"])))])
            end = sale + rng.int(20...90)
        } else {
            let redeemed = (noticeDay ?? day) + rng.int(3...12)
            add(redeemed, rng.int(9 * 60...17 * 60), "payment_received", [("amount", .string(amount(2_500...9_000)))])
            end = redeemed + rng.int(10...40)
        }
        if let saleDay, !flaws.contains(.saleDuringStay), bankruptcyBefore == nil, rng.chance(0.04) {
            let filed = saleDay + rng.int(20...60)
            add(filed, rng.int(9 * 60...16 * 60), "bankruptcy_filed", [("by", "b1"), ("chapter", "7")])
            add(filed + rng.int(90...120), rng.int(9 * 60...16 * 60), "bankruptcy_discharged", [])
            quiet.append(filed...Int.max / 2)
        }

        // Calls that break the rules, if this case has such a flaw.
        let start = min(day - rng.int(50...90), (bankruptcyBefore?.filed ?? day) - 20)
        let lastQuietDay = (bankruptcyBefore?.filed ?? day) - 2
        if flaws.contains(.lateCall) {
            let late = rng.chance(0.6) ? rng.int(21 * 60 + 20...22 * 60 + 50) : rng.int(5 * 60 + 30...6 * 60 + 45)
            add(rng.int(start...lastQuietDay), late, "call", call(by: "h1", to: "b1", outcome: "voicemail"))
        }
        var collectorDays: Set<Int> = []
        if flaws.contains(.callCapExceeded) {
            let first = rng.int(start...lastQuietDay - 10)
            for n in 0..<rng.int(8...10) {
                let callDay = first + n * 6 / 10
                collectorDays.insert(callDay)
                add(callDay, rng.int(9 * 60...19 * 60), "call", call(by: "dc1", to: "b1", outcome: rng.pick(["voicemail", "no_answer"])))
            }
        }

        // The everyday file: collection calls, payments and letters, up to 20-60 events.
        let target = rng.int(20...60)
        if hasCollector {
            add(
                start - 1, rng.int(9 * 60...16 * 60), "notice_sent",
                [
                    ("by", "dc1"), ("notice", "validation"), ("to", .array(["b1"] + (hasCoBuyer ? ["b2"] : []))),
                    ("method", "first_class_mail"), ("contents", .array(["ca_rights_notice", "license_number"])),
                ])
        }
        if hasCosigner {
            add(
                start + rng.int(5...20), rng.int(9 * 60...16 * 60), "notice_sent",
                [("notice", "cosigner_delinquency"), ("to", .array(["c1"])), ("method", "first_class_mail")])
        }
        var holderCalls: [Int: Int] = [:]
        var collectorSlots: Set<String> = []
        var attempts = 0
        while events.count < target && attempts < 400 {
            attempts += 1
            let before = rng.chance(0.7)
            let callDay = before ? rng.int(start...day - 1) : rng.int(day + 1...max(day + 1, end))
            // No call or letter while a bankruptcy stay holds.
            guard !quiet.contains(where: { $0.contains(callDay) || $0.contains(callDay - 1) }) else { continue }
            let roll = rng.int(0...99)
            if roll < 10 {
                add(callDay, rng.int(8 * 60 + 30...18 * 60), "payment_received", [("amount", .string(amount(75...650)))])
            } else if roll < 20 {
                add(
                    callDay, rng.int(9 * 60...18 * 60), "call",
                    [("by", "b1"), ("to", "h1"), ("direction", "inbound"), ("outcome", "voicemail")])
            } else if hasCollector && roll < 55 {
                // A collector calls each person at most every other day: never 8 calls in 7 days.
                let person = hasCoBuyer && rng.chance(0.3) ? "b2" : "b1"
                let slot = callDay - (callDay - start) % 2
                guard collectorSlots.insert("\(person) \(slot)").inserted, !(person == "b1" && collectorDays.contains(slot)) else {
                    continue
                }
                add(
                    slot, rng.int(9 * 60...19 * 60 + 30), "call",
                    call(by: "dc1", to: person, outcome: rng.pick(["voicemail", "no_answer"])))
            } else {
                // The holder's staff call at most every other day, never after a conversation (Civ. Code § 1788.11).
                guard (callDay - start) % 2 == 1, (holderCalls[callDay] ?? 0) < 1 else { continue }
                holderCalls[callDay, default: 0] += 1
                let person = hasCoBuyer && rng.chance(0.25) ? "b2" : (hasCosigner && rng.chance(0.2) ? "c1" : "b1")
                add(
                    callDay, rng.int(9 * 60...19 * 60 + 30), "call",
                    call(by: "h1", to: person, outcome: rng.pick(["voicemail", "no_answer"])))
            }
        }

        let contract: [(String, JSONValue)] = [
            ("type", .string(contractType)), ("signed", .string(LocalClock.date(day - rng.int(300...1_500)))),
            ("account_number", .string("ACCT-" + digits(9))), ("amount_financed", .string(amount(8_000...62_000))),
        ]
        var collateral: [(String, JSONValue)] = [("kind", .string(kind)), ("description", .string(description))]
        if kind == "motor_vehicle" || kind == "motorcycle" { collateral.append(("vin", .string(vin()))) }
        let year = LocalClock.civil(day).0
        let ordered = events.enumerated().sorted { ($0.element.instant, $0.offset) < ($1.element.instant, $1.offset) }.map(\.element)
        return .object([
            ("case_id", .string(CaseGenerator.caseID(year: year, index: index))), ("timezone", "America/Los_Angeles"), ("status", "closed"),
            ("contract", .object(contract + (conditional ? [("gap_waiver", gapWaiver ? "true" : "false")] : []))),
            ("collateral", .object(collateral)), ("parties", .array(parties)),
            ("events", .array(ordered.map { .object($0.fields) })),
        ])
    }

    private mutating func add(_ day: Int, _ minute: Int, _ type: String, _ properties: [(String, JSONValue)]) {
        let instant = clock.instant(day: day, minute: minute)
        events.append(Event(instant: instant, fields: [("at", .string(clock.timestamp(instant))), ("type", .string(type))] + properties))
    }

    private mutating func addDate(_ day: Int, _ type: String, _ properties: [(String, JSONValue)]) {
        let instant = clock.instant(day: day, minute: 0)
        events.append(Event(instant: instant, fields: [("at", .string(LocalClock.date(day))), ("type", .string(type))] + properties))
    }

    private func call(by: String, to: String, outcome: String) -> [(String, JSONValue)] {
        [("by", .string(by)), ("to", .string(to)), ("direction", "outbound"), ("outcome", .string(outcome))]
    }

    private mutating func person(_ id: String, _ role: String, outOfState: Bool) -> JSONValue {
        let name = rng.pick(Cast.firstNames) + " " + rng.pick(Cast.lastNames)
        var fields: [(String, JSONValue)] = [("id", .string(id)), ("role", .string(role)), ("name", .string(name))]
        if outOfState {
            fields.append(("timezone", "America/Phoenix"))
            fields.append(
                (
                    "address",
                    .object([
                        ("street", .string("\(rng.int(100...9_999)) \(rng.pick(Cast.streets))")), ("city", "Phoenix"), ("state", "AZ"),
                    ])
                ))
        } else {
            fields.append(
                (
                    "address",
                    .object([
                        ("street", .string("\(rng.int(100...9_999)) \(rng.pick(Cast.streets))")), ("city", .string(rng.pick(Cast.cities))),
                        ("state", "CA"),
                    ])
                ))
        }
        return .object(fields)
    }

    private mutating func amount(_ range: ClosedRange<Int>) -> String { "\(rng.int(range)).\(CaseGenerator.padded(rng.int(0...99), 2))" }

    private mutating func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(rng.int(0...9))) }) }

    private mutating func vin() -> String { String((0..<17).map { _ in rng.pick(Cast.vinAlphabet) }) }
}
