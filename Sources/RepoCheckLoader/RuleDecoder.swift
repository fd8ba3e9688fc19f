import RepoCheckCore
import Yams

/// Reads a rule file (one rule, or a list of closely related rules) into `Rule` values.
struct RuleDecoder {
    static let keys =
        [
            "id", "title", "citation", "severity", "description", "remediation", "effective", "applies_when", "stage",
            "outcome", "message", "examples", "facts", "consequence", "reference",
        ] + ConstraintDecoder.kinds
    static let exampleKeys = ["name", "as_of", "expect", "case"]

    let reader: NodeReader
    let scope: PackScope
    /// Whether rules' `examples` are read and checked, or only required to be there.
    var decodesExamples = true

    private var patterns: PatternDecoder { PatternDecoder(reader: reader, scope: scope) }
    private var constraints: ConstraintDecoder { ConstraintDecoder(reader: reader, patterns: patterns) }

    /// The rules in a file's root node.
    func rules(in root: Node) -> [Rule] {
        if case .sequence(let items) = root { return items.compactMap(rule) }
        return rule(root).map { [$0] } ?? []
    }

    func rule(_ node: Node) -> Rule? {
        let required = ["id", "title", "citation", "severity", "description", "remediation", "examples"]
        guard let f = reader.fields(node, in: "a rule", allowed: Self.keys, required: required) else { return nil }
        let id = f["id"].flatMap(ruleID)
        let title = f["title"].flatMap { reader.nonEmptyString($0, "`title`") }
        let citation = f["citation"].flatMap { reader.nonEmptyString($0, "`citation`") }
        let severity = f["severity"].flatMap { reader.choice($0, "severity", Rule.Severity.self, from: Rule.Severity.allCases) }
        let kinds = f.present(ConstraintDecoder.kinds)
        if kinds.isEmpty {
            reader.error(
                "rule.missing-constraint", "the rule has no constraint", at: node,
                hint: "add exactly one of: \(ConstraintDecoder.kinds.map { "`\($0)`" }.joined(separator: ", "))")
        }
        for extra in kinds.dropFirst() {
            reader.error(
                "rule.several-constraints", "the rule has a second constraint `\(extra)` besides `\(kinds[0])`", at: f.entries[extra]!.key,
                hint: "split it into two rules with their own ids")
        }
        let constraint = kinds.first.flatMap { constraints.constraint(kind: $0, f[$0]!) }
        var effective: (from: CivilDate?, to: CivilDate?) = (nil, nil)
        if let node = f["effective"], let e = reader.fields(node, in: "`effective`", allowed: ["from", "to"]) {
            effective = (e["from"].flatMap { reader.date($0, "`effective.from`") }, e["to"].flatMap { reader.date($0, "`effective.to`") })
            if let from = effective.from, let to = effective.to, to < from {
                reader.error("rule.bad-date", "`effective.to` is before `effective.from`", at: e["to"]!)
            }
        }
        let stages = f["stage"].flatMap { node in
            reader.items(node, in: "`stage`", lenient: true)?.compactMap {
                reader.choice($0, "stage", Rule.Stage.self, from: Rule.Stage.allCases)
            }
        }
        let defaultStages: Set<Rule.Stage> = kinds.first == "gate" ? [.preflight, .timeline] : [.timeline]
        let examples = decodesExamples ? f["examples"].flatMap { self.examples($0) } ?? [] : []
        let facts = f["facts"].flatMap { reader.strings($0, "`facts`") } ?? []
        let references = f["reference"].flatMap { reader.strings($0, "`reference`") } ?? []
        let consequence = f["consequence"].flatMap(consequence)
        guard let id, let title, let citation, let severity, let constraint else { return nil }
        var rule = Rule(
            id: id, title: title, citation: citation, severity: severity,
            description: f["description"].flatMap { reader.string($0, "`description`") }?.trimmedBlock ?? "",
            remediation: f["remediation"].flatMap { reader.string($0, "`remediation`") }?.trimmedBlock ?? "",
            effectiveFrom: effective.from, effectiveTo: effective.to,
            appliesWhen: f["applies_when"].flatMap { patterns.predicate($0, "`applies_when`") } ?? .always,
            stages: stages.map(Set.init) ?? defaultStages,
            outcome: f["outcome"].flatMap { reader.choice($0, "outcome", Rule.Outcome.self, from: [.violation, .review]) } ?? .violation,
            constraint: constraint, message: f["message"].flatMap { reader.string($0, "`message`") }, examples: examples,
            location: reader.location(node))
        rule.facts = facts
        rule.references = references
        rule.consequence = consequence
        return rule
    }

    /// `consequence: {summary, effects}`; effects must be in the vocabulary's `consequences`.
    private func consequence(_ node: Node) -> Consequence? {
        guard let f = reader.fields(node, in: "`consequence`", allowed: ["summary", "effects"], required: ["summary"]),
            let summary = f["summary"].flatMap({ reader.nonEmptyString($0, "`consequence.summary`") })
        else { return nil }
        let effects = f["effects"].flatMap { reader.strings($0, "`consequence.effects`") } ?? []
        for effect in effects where scope.vocabulary.consequences[effect] == nil {
            reader.error(
                "rule.unknown-consequence", "consequence effect `\(effect)` is not in the pack's vocabulary", at: f["effects"]!,
                hint: Suggestions.hint(for: effect, in: scope.vocabulary.consequences.keys)
                    + " (or add it to `consequences` in `vocabulary.yaml`)")
        }
        return Consequence(summary: summary.trimmedBlock, effects: effects)
    }

    private func ruleID(_ node: Node) -> String? {
        guard let id = reader.nonEmptyString(node, "`id`") else { return nil }
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        let valid =
            parts.count >= 2
            && parts.allSatisfy { part in
                !part.isEmpty && part.first != "-" && part.last != "-" && part.allSatisfy { $0.isLowercase || $0.isASCIIDigit || $0 == "-" }
            }
        if !valid {
            reader.error("rule.bad-id", "rule id `\(id)` is not dotted lower case", at: node, hint: "e.g. `ca.veh.28.police-notice`")
        }
        return id
    }

    private func examples(_ node: Node) -> [RuleExample]? {
        guard let items = reader.items(node, in: "`examples`") else { return nil }
        return items.compactMap { item in
            guard let f = reader.fields(item, in: "an example", allowed: Self.exampleKeys, required: ["name", "expect", "case"]) else {
                return nil
            }
            let name = f["name"].flatMap { reader.nonEmptyString($0, "example `name`") }
            let expect = f["expect"].flatMap {
                reader.choice($0, "expected outcome", RuleExample.Expectation.self, from: RuleExample.Expectation.allCases)
            }
            let caseReader = NodeReader(file: reader.file, quotesValues: false)
            let testCase = f["case"].flatMap { CaseDecoder(reader: caseReader).decode($0) }
            caseReader.diagnostics.forEach(reader.add)
            var asOf: Instant?
            if let node = f["as_of"], let testCase {
                asOf = CaseDecoder(reader: reader).instant(node, zone: testCase.zone).map { instant, dateOnly in
                    dateOnly ? testCase.zone.endOfDay(testCase.zone.date(of: instant)) : instant
                }
            }
            guard let name, let expect, let testCase else { return nil }
            return RuleExample(name: name, testCase: testCase, asOf: asOf, expect: expect, location: reader.location(item))
        }
    }
}

extension String {
    /// A block scalar without its trailing newline.
    var trimmedBlock: String { String(trimmingSpaces) }
}
