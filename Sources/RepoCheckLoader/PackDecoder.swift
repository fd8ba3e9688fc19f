import RepoCheckCore
import Yams

/// Reads a pack's manifest (`pack.yaml`), vocabulary (`vocabulary.yaml`) and named states (`states.yaml`).
struct PackDecoder {
    static let manifestKeys = ["name", "version", "jurisdiction", "law_as_of", "description", "day_counting_citation"]

    struct Manifest {
        var name: String
        var version: String
        var jurisdiction: String
        var lawAsOf: CivilDate?
        var dayCountingCitation: String
    }

    let reader: NodeReader

    func manifest(_ node: Node) -> Manifest? {
        let required = ["name", "version", "jurisdiction", "day_counting_citation"]
        guard let f = reader.fields(node, in: "the pack manifest", allowed: Self.manifestKeys, required: required),
            let name = f["name"].flatMap({ reader.nonEmptyString($0, "`name`") }),
            let version = f["version"].flatMap({ reader.nonEmptyString($0, "`version`") }),
            let jurisdiction = f["jurisdiction"].flatMap({ reader.nonEmptyString($0, "`jurisdiction`") }),
            let citation = f["day_counting_citation"].flatMap({ reader.nonEmptyString($0, "`day_counting_citation`") })
        else { return nil }
        return Manifest(
            name: name, version: version, jurisdiction: jurisdiction, lawAsOf: f["law_as_of"].flatMap { reader.date($0, "`law_as_of`") },
            dayCountingCitation: citation)
    }

    func vocabulary(_ node: Node) -> Vocabulary? {
        guard
            let f = reader.fields(
                node, in: "the vocabulary", allowed: ["event_types", "party_roles"], required: ["event_types", "party_roles"])
        else { return nil }
        var vocabulary = Vocabulary()
        for (name, item) in entries(f["event_types"]!, "`event_types`") {
            guard
                let e = reader.fields(item, in: "event type `\(name)`", allowed: ["description", "properties"], required: ["description"])
            else {
                continue
            }
            let properties = e["properties"].map {
                entries($0, "`properties`").reduce(into: [String: String]()) { $0[$1.0] = reader.string($1.1, "a property") ?? "" }
            }
            vocabulary.eventTypes[name] = Vocabulary.EventType(
                description: e["description"].flatMap { reader.string($0, "`description`") } ?? "", properties: properties ?? [:])
        }
        for (name, item) in entries(f["party_roles"]!, "`party_roles`") {
            vocabulary.partyRoles[name] = reader.string(item, "role `\(name)`") ?? ""
        }
        return vocabulary
    }

    func states(_ node: Node, scope: PackScope) -> [String: StateDefinition] {
        guard let f = reader.fields(node, in: "the states file", allowed: ["states"], required: ["states"]) else { return [:] }
        let decoder = ConstraintDecoder(reader: reader, patterns: PatternDecoder(reader: reader, scope: scope))
        var states: [String: StateDefinition] = [:]
        for (name, item) in entries(f["states"]!, "`states`") { states[name] = decoder.state(item, name: name) }
        return states
    }

    /// A mapping's entries as (key, value) in file order.
    private func entries(_ node: Node, _ context: String) -> [(String, Node)] {
        guard case .mapping(let mapping) = node else {
            reader.error("rule.wrong-type", "expected a mapping for \(context)", at: node)
            return []
        }
        return mapping.compactMap { key, value in key.scalar.map { ($0.string, value) } }
    }
}
