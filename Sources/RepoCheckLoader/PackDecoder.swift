import RepoCheckCore
import Yams

/// Reads a pack's manifest (`pack.yaml`), vocabulary (`vocabulary.yaml`) and named states (`states.yaml`).
struct PackDecoder {
    static let manifestKeys = [
        "name", "version", "jurisdiction", "law_as_of", "description", "day_counting_citation", "timezone", "preflight",
        "unit_calendars", "readings",
    ]

    struct Manifest {
        var name: String
        var version: String
        var jurisdiction: String
        var lawAsOf: CivilDate?
        var dayCountingCitation: String
        var settings: PackSettings
        /// Where each calendar name in the settings was written, for checking it exists.
        var calendarReferences: [(name: String, node: Node)]
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
        var settings = PackSettings()
        var references: [(String, Node)] = []
        settings.defaultZone = f["timezone"].flatMap(CaseDecoder(reader: reader).zone)
        if let node = f["preflight"], let p = reader.fields(node, in: "`preflight`", allowed: ["event", "actor_role"], required: ["event"])
        {
            settings.preflightEvent = p["event"].flatMap { reader.nonEmptyString($0, "`preflight.event`") }
            settings.preflightActorRole = p["actor_role"].flatMap { reader.nonEmptyString($0, "`preflight.actor_role`") }
        }
        if let node = f["unit_calendars"], let u = reader.fields(node, in: "`unit_calendars`", allowed: ["business", "court", "working"]) {
            for word in u.order {
                guard let name = reader.string(u[word]!, "a calendar name") else { continue }
                settings.unitCalendars[word] = name
                references.append((name, u[word]!))
            }
        }
        for item in f["readings"].flatMap({ reader.items($0, in: "`readings`") }) ?? [] {
            guard
                let r = reader.fields(
                    item, in: "a reading", allowed: ["name", "roll_forward", "note"], required: ["name", "roll_forward"]),
                let readingName = r["name"].flatMap({ reader.nonEmptyString($0, "`name`") }),
                let roll = r["roll_forward"].flatMap({ reader.nonEmptyString($0, "`roll_forward`") })
            else { continue }
            settings.readings.append(
                .init(name: readingName, rollForward: roll, note: r["note"].flatMap { reader.string($0, "`note`") } ?? ""))
            references.append((roll, r["roll_forward"]!))
        }
        return Manifest(
            name: name, version: version, jurisdiction: jurisdiction, lawAsOf: f["law_as_of"].flatMap { reader.date($0, "`law_as_of`") },
            dayCountingCitation: citation, settings: settings, calendarReferences: references)
    }

    func vocabulary(_ node: Node) -> Vocabulary? {
        guard
            let f = reader.fields(
                node, in: "the vocabulary", allowed: ["event_types", "party_roles", "consequences"],
                required: [])
        else { return nil }
        var vocabulary = Vocabulary()
        for (name, item) in f["event_types"].map({ entries($0, "`event_types`") }) ?? [] {
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
        for (name, item) in f["party_roles"].map({ entries($0, "`party_roles`") }) ?? [] {
            vocabulary.partyRoles[name] = reader.string(item, "role `\(name)`") ?? ""
        }
        for (name, item) in f["consequences"].map({ entries($0, "`consequences`") }) ?? [] {
            vocabulary.consequences[name] = reader.string(item, "consequence `\(name)`") ?? ""
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

    /// The law-coverage map (`coverage.yaml`).
    func coverage(_ node: Node) -> Coverage? {
        guard let f = reader.fields(node, in: "the coverage map", allowed: ["source", "rows"], required: ["source", "rows"]),
            let source = f["source"].flatMap({ reader.nonEmptyString($0, "`source`") }),
            let items = f["rows"].flatMap({ reader.items($0, in: "`rows`") })
        else { return nil }
        let rows = items.compactMap { item -> Coverage.Row? in
            let keys = ["id", "title", "citation", "status", "reason"]
            guard let r = reader.fields(item, in: "a coverage row", allowed: keys, required: ["id", "title", "citation", "status"]),
                let id = r["id"].flatMap({ reader.nonEmptyString($0, "`id`") }),
                let title = r["title"].flatMap({ reader.string($0, "`title`") }),
                let citation = r["citation"].flatMap({ reader.string($0, "`citation`") }),
                let status = r["status"].flatMap({
                    reader.choice($0, "coverage status", Coverage.Status.self, from: Coverage.Status.allCases)
                })
            else { return nil }
            return Coverage.Row(
                id: id, title: title, citation: citation, status: status,
                reason: r["reason"].flatMap { reader.string($0, "`reason`") }?.trimmedBlock, location: reader.location(item))
        }
        return Coverage(source: source, rows: rows)
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
