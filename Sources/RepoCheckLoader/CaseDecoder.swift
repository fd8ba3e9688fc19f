import RepoCheckCore
import Yams

/// Turns a case document (YAML or JSON, one schema) into a `Case`, strictly.
///
/// Diagnostics name the file, line, column and key, never the value: case files hold personal data.
struct CaseDecoder {
    static let keys = ["case_id", "timezone", "status", "contract", "collateral", "parties", "events"]
    static let partyKeys = ["id", "role", "roles", "timezone"]
    static let eventKeys = ["at", "type"]

    let reader: NodeReader
    /// Most events one case may have.
    var maxEvents = InputLimits.standard.maxEvents
    /// Most parties one case may have.
    var maxParties = InputLimits.standard.maxParties

    /// The case in `node`, or `nil` when it has errors (in `reader.diagnostics`).
    func decode(_ node: Node) -> Case? {
        guard let fields = reader.fields(node, in: "the case", allowed: Self.keys, required: ["case_id", "timezone", "events"]) else {
            return nil
        }
        let id = fields["case_id"].flatMap { reader.nonEmptyString($0, "`case_id`") }
        let zone = fields["timezone"].flatMap(zone)
        let closed = fields["status"].flatMap { reader.choice($0, "case status", CaseStatus.self, from: CaseStatus.allCases) } == .closed
        let parties = fields["parties"].flatMap(parties) ?? []
        for key in ["contract", "collateral"] {
            if let node = fields[key], node.mapping == nil {
                reader.error(
                    "case.wrong-type", "expected a mapping for `\(key)`", at: node,
                    hint: "write facts as a mapping, e.g. `contract: {type: conditional_sale}` or `collateral: {kind: motor_vehicle}`")
            }
        }
        guard let id, let zone else { return nil }
        let events = fields["events"].flatMap { self.events($0, zone: zone, parties: Set(parties.map(\.id))) } ?? []
        guard !reader.hasErrors else { return nil }
        return Case(
            id: id, zone: zone, isClosed: closed, contract: fields["contract"].map(value) ?? .map([:]),
            collateral: fields["collateral"].map(value) ?? .map([:]), parties: parties, events: events)
    }

    enum CaseStatus: String, CaseIterable { case open, closed }

    func zone(_ node: Node) -> Zone? {
        guard let name = reader.string(node, "`timezone`") else { return nil }
        guard let zone = Zone(identifier: name) else {
            reader.error(
                "\(reader.area).unknown-timezone", "unknown time zone `\(name)`", at: node,
                hint: "use an IANA zone name such as `America/Los_Angeles`")
            return nil
        }
        return zone
    }

    private func parties(_ node: Node) -> [Party]? {
        guard let items = reader.items(node, in: "`parties`") else { return nil }
        if items.count > maxParties {
            reader.error(
                "case.too-many-parties", "the case has \(items.count) parties, more than the limit of \(maxParties)", at: node,
                hint: "raise the limit for a trusted input (see docs/limits.md)")
            return nil
        }
        var seen = Set<String>()
        return items.compactMap { item in
            guard let fields = reader.fields(item, in: "a party", allowed: Self.partyKeys, required: ["id"], open: true),
                let id = fields["id"].flatMap({ reader.nonEmptyString($0, "party `id`") })
            else { return nil }
            if !seen.insert(id).inserted { reader.error("case.duplicate-party", "two parties have the id `\(id)`", at: fields["id"]!) }
            let roles = (fields["roles"] ?? fields["role"]).flatMap { reader.strings($0, "party `role`") } ?? []
            if roles.isEmpty {
                reader.error("case.missing-key", "missing key `role` in a party", at: item, hint: "add `role: buyer` (or `roles: [...]`)")
            }
            var properties: ValueMap = [:]
            for key in fields.order where !Self.partyKeys.contains(key) { properties[key] = value(fields[key]!) }
            return Party(id: id, roles: roles, zone: fields["timezone"].flatMap(zone), properties: properties)
        }
    }

    private func events(_ node: Node, zone: Zone, parties: Set<String>) -> [Event]? {
        guard let items = reader.items(node, in: "`events`") else { return nil }
        if items.count > maxEvents {
            reader.error(
                "case.too-many-events", "the case has \(items.count) events, more than the limit of \(maxEvents)", at: node,
                hint: "raise the limit for a trusted input (see docs/limits.md)")
            return nil
        }
        return items.enumerated().compactMap { index, item in
            guard let fields = reader.fields(item, in: "an event", allowed: Self.eventKeys, required: ["at", "type"], open: true),
                let type = fields["type"].flatMap({ reader.nonEmptyString($0, "event `type`") }),
                let (at, dateOnly) = fields["at"].flatMap({ instant($0, zone: zone) })
            else { return nil }
            var properties: ValueMap = [:]
            for key in fields.order where key != "at" && key != "type" {
                let node = fields[key]!
                properties[key] = value(node)
                if Case.partyReferences.contains(key) {
                    for reference in (reader.strings(node, "`\(key)`") ?? []) where !parties.contains(reference) {
                        reader.error(
                            "case.unknown-party", "`\(key)` names a party that is not in `parties`", at: node,
                            hint: "`by` and `to` hold party ids; add the party or correct the id")
                    }
                }
            }
            return Event(index: index, type: type, at: at, isDateOnly: dateOnly, properties: properties)
        }
    }

    /// An event time: an RFC 3339 timestamp with offset, or a bare date (the start of that day in the case's zone).
    func instant(_ node: Node, zone: Zone) -> (Instant, Bool)? {
        guard let text = reader.string(node, "`at`") else { return nil }
        switch Self.eventTime(text, zone: zone) {
        case .success(let value): return value
        case .failure(.nonexistentLocalTime(let date, let time)):
            reader.error(
                "case.nonexistent-local-time", "local time \(time) on \(date) does not exist in \(zone) (clocks skip it)",
                at: node, hint: "check the time: at the daylight-saving change clocks jump forward an hour")
        case .failure(let problem):
            let hint =
                problem == .missingOffset
                ? "add the offset, e.g. `2025-03-14T02:10:00-07:00`, or `Z` for UTC"
                : "write an RFC 3339 timestamp such as `2025-03-14T02:10:00-07:00`, or a date `2025-03-14`"
            reader.error(
                "case.bad-timestamp", "\(NodeReader.describe(problem, text.count == 10 ? "date" : "timestamp")) in `at`", at: node,
                hint: hint)
        }
        return nil
    }

    /// An event time read from `text`, and whether it is a bare date (the start of that day in `zone`).
    /// A local time that clocks skipped in `zone` is refused, unless its offset says which side of the gap is meant.
    static func eventTime(_ text: String, zone: Zone) -> Result<(Instant, Bool), RFC3339.Problem> {
        if text.utf8.count == 10 { return RFC3339.parseDate(text).map { (zone.startOfDay($0), true) } }
        return RFC3339.parseTimestamp(text).flatMap { stamp in
            // Written with the zone's own offset at that instant, the local time exists; else it may be in a gap.
            if zone.offset(at: stamp.instant) == stamp.offset { return .success((stamp.instant, false)) }
            let skipped = zone.instants(on: stamp.date, at: stamp.time).isEmpty
            return skipped && offsets(near: stamp.instant, in: zone).contains(stamp.offset)
                ? .failure(.nonexistentLocalTime(stamp.date, stamp.time)) : .success((stamp.instant, false))
        }
    }

    private static func offsets(near instant: Instant, in zone: Zone) -> Set<Int> {
        Set([-86_400, 0, 86_400].map { zone.offset(at: instant.adding(seconds: Int64($0))) })
    }

    /// A node as a free-form value; keys and scalars as written.
    func value(_ node: Node) -> Value {
        switch node {
        case .scalar(let scalar): return .scalar(scalar.string)
        case .sequence(let sequence): return .list(sequence.map(value))
        case .mapping(let mapping):
            var map: ValueMap = [:]
            for (key, item) in mapping { map[key.scalar?.string ?? ""] = value(item) }
            return .map(map)
        case .alias: return .scalar("")
        }
    }
}
