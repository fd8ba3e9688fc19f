import RepoCheckCore

/// The fast path for JSON cases: `JSONScanner` values turned into a `Case` with the same checks as
/// `CaseDecoder`, but only as a yes/no.
///
/// It returns the case `CaseDecoder` would return, or `nil` whenever `CaseDecoder` might report a
/// problem; the caller then decodes the document the slow way, which locates the problem. A test holds
/// the two paths to the same result on every case we have.
enum FastCaseDecoder {
    /// The case in `text` if it is well-formed JSON and a valid case; `nil` means "take the slow path".
    static func decode(_ text: String, limits: InputLimits) -> Case? {
        var text = text
        return text.withUTF8 { bytes in
            JSONScanner.value(of: bytes, limits: limits).flatMap { decode($0, limits: limits) }
        }
    }

    private static func decode(_ root: consuming Value, limits: InputLimits) -> Case? {
        guard case .map(var fields) = consume root, fields.allSatisfy({ CaseDecoder.keys.contains($0.key) }),
            let id = fields["case_id"].flatMap(nonEmptyText), let zone = fields["timezone"].flatMap(zone),
            case .list(var items)? = fields.removeValue(forKey: "events"), items.count <= limits.maxEvents
        else { return nil }
        var closed = false
        if let status = fields["status"] {
            guard let text = status.text, let value = CaseDecoder.CaseStatus(rawValue: text) else { return nil }
            closed = value == .closed
        }
        for key in ["contract", "collateral"] {
            if let value = fields[key], case .map = value {} else if fields[key] != nil { return nil }
        }
        var parties: [Party] = []
        var partyIDs = PartyIndex()
        if let value = fields["parties"] {
            guard case .list(let entries) = value, entries.count <= limits.maxParties else { return nil }
            for entry in entries {
                guard let party = party(entry), partyIDs.insert(party.id, at: parties.count) else { return nil }
                parties.append(party)
            }
        }
        var events: [Event] = []
        events.reserveCapacity(items.count)
        for index in items.indices {
            // Taken out of the list, so that the event's map is edited in place rather than copied.
            let item = items[index]
            items[index] = .list([])
            guard let event = event(item, index: index, zone: zone, parties: partyIDs) else { return nil }
            events.append(event)
        }
        return Case(
            id: id, zone: zone, isClosed: closed, contract: fields["contract"] ?? .map([:]), collateral: fields["collateral"] ?? .map([:]),
            parties: parties, events: events)
    }

    private static func party(_ value: Value) -> Party? {
        guard case .map(var fields) = value, let id = fields["id"].flatMap(nonEmptyText),
            let roles = (fields["roles"] ?? fields["role"]).flatMap(texts), !roles.isEmpty
        else { return nil }
        var partyZone: Zone?
        if let name = fields["timezone"] {
            guard let found = zone(name) else { return nil }
            partyZone = found
        }
        for key in CaseDecoder.partyKeys { fields[key] = nil }
        return Party(id: id, roles: roles, zone: partyZone, properties: fields)
    }

    private static func event(_ value: consuming Value, index: Int, zone: Zone, parties: PartyIndex) -> Event? {
        // Taken out of the map: the event's properties are the rest.
        guard case .map(var fields) = consume value, let type = fields.removeValue(forKey: "type").flatMap(nonEmptyText),
            let at = fields.removeValue(forKey: "at")?.text, case .success(let (instant, dateOnly)) = CaseDecoder.eventTime(at, zone: zone)
        else { return nil }
        for key in Case.partyReferences {
            guard let reference = fields[key] else { continue }
            guard names(reference, only: parties) else { return nil }
        }
        return Event(index: index, type: type, at: instant, isDateOnly: dateOnly, properties: fields)
    }

    private static func nonEmptyText(_ value: Value) -> String? {
        guard let text = value.text, !text.isBlank else { return nil }
        return text
    }

    /// Whether `value` is a text or a list of texts (as `NodeReader.strings` reads it) naming only `parties`;
    /// checked without making a list, as most references name one party.
    private static func names(_ value: Value, only parties: PartyIndex) -> Bool {
        switch value {
        case .scalar(let id): parties.contains(id)
        case .list(let items): items.allSatisfy { $0.text.map(parties.contains) ?? false }
        case .map: false
        }
    }

    /// A text or a list of texts, as `NodeReader.strings` reads it.
    private static func texts(_ value: Value) -> [String]? {
        switch value {
        case .scalar(let text): return [text]
        case .list(let items):
            let texts = items.compactMap(\.text)
            return texts.count == items.count ? texts : nil
        case .map: return nil
        }
    }

    private static func zone(_ value: Value) -> Zone? { value.text.flatMap(Zone.init(identifier:)) }
}
