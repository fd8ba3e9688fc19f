import RepoCheckCore
import Testing

/// An obligation met exactly at its bound is met; one second past it is not.
///
/// For every deadline met (or met late) by an event, that event is moved to exactly `due_by`, then one second
/// later; for every waiting period respected by an event, that event is moved to exactly `not_before`, then one
/// second earlier. A date-only event is made a timestamp (a date cannot move by a second). An event that meets
/// a per-party deadline for several parties at once breaks it for each of them.
///
/// Left out, because moving one event does not then decide the obligation alone: deadlines an `unless` event
/// can discharge, and obligations where another event of the mover's type lies between the trigger and the
/// bound (it could take the mover's place).
@Suite struct DeadlineEdgePropertyTests {
    /// One obligation to probe: which rule, trigger and party, the event that meets it, and its bound.
    struct Probe {
        let obligation: Obligation
        let mover: Event
        let bound: Instant
        /// How many obligations of the rule the mover meets for this trigger (one per party it reaches).
        let shared: Int
        var isDeadline: Bool { obligation.kind == "deadline" }
    }

    static let discharged = Set(
        PackFixture.pack.rules.compactMap { rule -> String? in
            guard case .deadline(let deadline) = rule.constraint, deadline.unless != nil else { return nil }
            return rule.id
        })

    /// The obligations of `report` that one event meets, and which nothing else could meet in its place.
    static func probes(_ report: Report, _ testCase: Case) -> [Probe] {
        report.obligations.compactMap { obligation in
            guard obligation.status == .satisfied || (obligation.kind == "deadline" && obligation.status == .late),
                !discharged.contains(obligation.ruleID), let index = obligation.fulfilledBy,
                let mover = testCase.events.first(where: { $0.index == index }),
                let trigger = testCase.events.first(where: { $0.index == obligation.trigger }),
                let bound = CaseShift.instant(obligation.kind == "deadline" ? obligation.dueBy : obligation.notBefore)
            else { return nil }
            let window = trigger.at.adding(seconds: -86_400)...max(bound, mover.at).adding(seconds: 1)
            let rivals = testCase.events.filter { $0.index != index && $0.type == mover.type && window.contains($0.at) }
            guard rivals.isEmpty, bound.adding(seconds: -1) > trigger.at else { return nil }
            let shared = report.obligations.count {
                $0.ruleID == obligation.ruleID && $0.trigger == obligation.trigger && $0.fulfilledBy == index
            }
            return Probe(obligation: obligation, mover: mover, bound: bound, shared: shared)
        }
    }

    /// `testCase` with the event `mover` moved to `instant`, as a timestamp.
    static func moving(_ mover: Event, to instant: Instant, in testCase: Case) -> Case {
        var moved = testCase
        moved.replaceEvents(
            testCase.events.map { event in
                guard event.index == mover.index else { return event }
                var copy = event
                copy.at = instant
                copy.isDateOnly = false
                return copy
            })
        return moved
    }

    /// The obligation of `report` that `probe` is about, and the findings (not `unproven`) that cite its event.
    static func outcome(of probe: Probe, in report: Report) -> (Obligation.Status?, [Finding]) {
        let obligation = report.obligations.first {
            $0.ruleID == probe.obligation.ruleID && $0.trigger == probe.obligation.trigger && $0.to == probe.obligation.to
        }
        let findings = report.findings.filter {
            $0.ruleID == probe.obligation.ruleID && $0.kind != .unproven && $0.events.contains(probe.obligation.trigger)
                && $0.events.contains(probe.mover.index)
        }
        return (obligation?.status, findings)
    }

    @Test("an obligation met exactly at its bound has no violation; one second past, it has one")
    func oneSecond() {
        let evaluator = Evaluator(pack: PackFixture.pack)
        var deadlines = 0
        var waits = 0
        for (name, testCase, asOf) in PropertyTests.cases {
            for probe in Self.probes(evaluator.evaluate(testCase, asOf: asOf), testCase) {
                let past = probe.isDeadline ? probe.bound.adding(seconds: 1) : probe.bound.adding(seconds: -1)
                // Judged late enough that the moved event has happened either way.
                let judged = max(asOf, probe.bound.adding(seconds: 1))
                let atBound = evaluator.evaluate(Self.moving(probe.mover, to: probe.bound, in: testCase), asOf: judged)
                let pastBound = evaluator.evaluate(Self.moving(probe.mover, to: past, in: testCase), asOf: judged)
                let label = "\(name): \(probe.obligation.ruleID), trigger \(probe.obligation.trigger)"
                let (metStatus, metFindings) = Self.outcome(of: probe, in: atBound)
                #expect(metStatus == .satisfied, "\(label)")
                #expect(metFindings.isEmpty, "\(label)")
                let (brokenStatus, brokenFindings) = Self.outcome(of: probe, in: pastBound)
                #expect(brokenStatus == (probe.isDeadline ? .late : .violated), "\(label)")
                #expect(brokenFindings.count == probe.shared, "\(label)")
                if probe.isDeadline { deadlines += 1 } else { waits += 1 }
            }
        }
        print("one second: \(deadlines) deadlines, \(waits) waiting periods")
        #expect(deadlines >= 100)
        #expect(waits >= 20)
    }
}
