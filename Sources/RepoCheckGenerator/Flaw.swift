/// A departure from the law a generated case may carry on purpose, and the rule that should catch it.
enum Flaw: String, CaseIterable {
    case policeLate = "police-late"
    case policeMissing = "police-missing"
    case noAssignment = "no-assignment"
    case telephonicAssignment = "telephonic-assignment"
    case noiIncomplete = "noi-incomplete"
    case gapStatementMissing = "gap-statement-missing"
    case noiLate = "noi-late"
    case noiRecipientMissing = "noi-recipient-missing"
    case earlySale = "early-sale"
    case earlySaleAfterExtension = "early-sale-after-extension"
    case objectionIgnored = "objection-ignored"
    case repossessionDuringStay = "repossession-during-stay"
    case saleDuringStay = "sale-during-stay"
    case lateCall = "late-call"
    case callCapExceeded = "call-cap-exceeded"
    case effectsDisposedEarly = "effects-disposed-early"

    /// The rule of the bundled pack that reports it.
    var rule: String {
        switch self {
        case .policeLate, .policeMissing: "ca.veh.28.police-notice"
        case .noAssignment, .telephonicAssignment: "ca.bpc.7508.2.written-assignment"
        case .noiIncomplete, .gapStatementMissing: "ca.civ.2983.2.noi-contents"
        case .noiLate: "ca.civ.2983.2.noi-deadline"
        case .noiRecipientMissing: "ca.civ.2983.2.noi-recipients"
        case .earlySale, .earlySaleAfterExtension: "ca.civ.2983.2.sale-wait"
        case .objectionIgnored: "ca.com.9609.objection"
        case .repossessionDuringStay: "us.bk.362.automatic-stay"
        case .saleDuringStay: "us.bk.362.sale-during-stay"
        case .lateCall: "us.fdcpa.1692c.calling-hours"
        case .callCapExceeded: "us.regf.1006.14.call-cap"
        case .effectsDisposedEarly: "ca.bpc.7507.9.effects-hold"
        }
    }

    /// Needs a conditional sale contract (the notice-of-intent rules apply to no other).
    var needsConditionalSale: Bool {
        [.noiIncomplete, .gapStatementMissing, .noiLate, .noiRecipientMissing, .earlySale, .earlySaleAfterExtension].contains(self)
    }

    /// Needs a repossession by an agency (not a surrender).
    var needsRepossession: Bool {
        [
            .policeLate, .policeMissing, .noAssignment, .telephonicAssignment, .objectionIgnored, .repossessionDuringStay,
            .effectsDisposedEarly,
        ]
        .contains(self)
    }

    /// Needs the collateral to be sold.
    var needsSale: Bool { [.earlySale, .earlySaleAfterExtension, .saleDuringStay].contains(self) }

    /// Needs the events to fall in 2025 or later (the rule version in force from 2025-01-01).
    var needs2025: Bool { [.gapStatementMissing, .effectsDisposedEarly].contains(self) }

    /// Whether two flaws can be combined in one case.
    func combines(with other: Flaw) -> Bool {
        let stay: Set<Flaw> = [.repossessionDuringStay, .saleDuringStay]
        let police: Set<Flaw> = [.policeLate, .policeMissing]
        let assignment: Set<Flaw> = [.noAssignment, .telephonicAssignment]
        let sale: Set<Flaw> = [.earlySale, .earlySaleAfterExtension]
        return self != other && ![stay, police, assignment, sale].contains { $0.contains(self) && $0.contains(other) }
    }
}
