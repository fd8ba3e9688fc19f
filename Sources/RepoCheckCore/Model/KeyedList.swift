/// Values by text key, in the order the keys were added: the storage of ``ValueMap``, of ``PartyIndex``, and
/// of a case's events by type while it is judged.
///
/// A key is found by going down the keys (comparing lengths first), which costs less than hashing it for the
/// handful of keys a fact or a case has; past `indexedCount` keys the list also keeps their positions by key,
/// so that hostile input of thousands of keys stays linear.
struct KeyedList<Element: Sendable>: Sendable {
    /// The keys and their values, in the order added.
    private(set) var entries: [(key: String, value: Element)] = []
    /// The positions of the keys in `entries`, kept once there are more than `indexedCount`.
    private var positions: [String: Int]?

    /// Above this many keys, the list keeps `positions`.
    static var indexedCount: Int { 16 }

    /// An empty list with room for `capacity` keys.
    init(minimumCapacity capacity: Int = 0) {
        entries.reserveCapacity(capacity)
    }

    /// The position of `key` in `entries`, if it is there.
    func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        let length = key.utf8.count
        return entries.firstIndex { $0.key.utf8.count == length && $0.key == key }
    }

    /// Whether `key` is there.
    func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// The value for `key`, if it is there.
    subscript(key: String) -> Element? { position(of: key).map { entries[$0].value } }

    /// Adds `key`, which must not be there yet, with its value at the end.
    mutating func append(_ key: String, _ value: Element) {
        entries.append((key, value))
        if positions != nil { positions![key] = entries.count - 1 } else if entries.count > Self.indexedCount { index() }
    }

    /// Changes the value for `key` in place, adding `key` at the end with `initial` first if it is not there
    /// (as a dictionary's `[key, default:]`).
    mutating func update(forKey key: String, default initial: @autoclosure () -> Element, _ change: (inout Element) -> Void) {
        if let position = position(of: key) {
            change(&entries[position].value)
        } else {
            var value = initial()
            change(&value)
            append(key, value)
        }
    }

    /// Changes the value at `position` in place.
    mutating func update(at position: Int, _ change: (inout Element) throws -> Void) rethrows {
        try change(&entries[position].value)
    }

    /// Removes the key and value at `position`.
    mutating func remove(at position: Int) {
        entries.remove(at: position)
        if positions != nil { index() }
    }

    /// Keeps `positions` when the list is long enough to need them.
    private mutating func index() {
        positions =
            entries.count > Self.indexedCount ? Dictionary(uniqueKeysWithValues: entries.indices.map { (entries[$0].key, $0) }) : nil
    }
}
