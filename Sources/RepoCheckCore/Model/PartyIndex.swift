/// A case's party ids, each with the position of the first party that has it: searched in a line for the
/// handful of parties most cases have, and through an index past that (see ``KeyedList``), so that a case of
/// thousands of parties is read and judged in linear time.
package struct PartyIndex: Sendable {
    private var positions = KeyedList<Int>()

    /// An empty index.
    package init() {}

    /// The ids of `parties`.
    package init(_ parties: [Party]) {
        positions = KeyedList(minimumCapacity: parties.count)
        for (position, party) in parties.enumerated() { insert(party.id, at: position) }
    }

    /// Adds `id` as the id of the party at `position`, unless an earlier party has it.
    ///
    /// - Returns: Whether `id` was new.
    @discardableResult
    package mutating func insert(_ id: String, at position: Int) -> Bool {
        guard !positions.contains(id) else { return false }
        positions.append(id, position)
        return true
    }

    /// Whether a party has `id`.
    package func contains(_ id: String) -> Bool { positions.contains(id) }

    /// The position of the first party with `id`.
    package func position(of id: String) -> Int? { positions[id] }
}
