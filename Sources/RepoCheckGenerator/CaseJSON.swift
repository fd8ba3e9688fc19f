import RepoCheckCore

/// Writes a `Case` in the case file format (`docs/case-format.md`): every scalar a JSON string, map keys
/// sorted and events in time order, so the same case is always the same bytes and `CaseLoader` reads back
/// the same case.
enum CaseJSON {
    /// The case as one JSON object.
    static func value(of testCase: Case) -> JSONValue {
        .object([
            ("case_id", .string(testCase.id)), ("timezone", .string(testCase.zone.identifier)),
            ("status", testCase.isClosed ? "closed" : "open"), ("contract", value(of: testCase.contract)),
            ("collateral", value(of: testCase.collateral)), ("parties", .array(testCase.parties.map(value(of:)))),
            ("events", .array(testCase.events.map { value(of: $0, in: testCase.zone) })),
        ])
    }

    /// A free value: scalars as strings, lists as arrays, maps as objects with sorted keys.
    static func value(of value: Value) -> JSONValue {
        switch value {
        case .scalar(let text): .string(text)
        case .list(let items): .array(items.map(Self.value(of:)))
        case .map(let map): .object(sorted(map))
        }
    }

    private static func value(of party: Party) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(party.id))]
        fields.append(party.roles.count == 1 ? ("role", .string(party.roles[0])) : ("roles", .array(party.roles.map(JSONValue.string))))
        if let zone = party.zone { fields.append(("timezone", .string(zone.identifier))) }
        return .object(fields + sorted(party.properties))
    }

    private static func value(of event: Event, in zone: Zone) -> JSONValue {
        let at = event.isDateOnly ? zone.date(of: event.at).description : RFC3339.format(event.at, in: zone)
        return .object([("at", .string(at)), ("type", .string(event.type))] + sorted(event.properties))
    }

    private static func sorted(_ map: ValueMap) -> [(String, JSONValue)] {
        map.sorted { $0.key < $1.key }.map { ($0.key, value(of: $0.value)) }
    }
}
