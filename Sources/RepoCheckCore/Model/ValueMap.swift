/// A map of values by key, in the order the keys were written: an event's or a party's properties, or a
/// nested fact (`location: {kind: driveway}`).
///
/// Facts come in small maps, and a key is found by going down the keys in order, which costs less than
/// hashing it; a map of more than `indexedCount` keys also keeps their positions by key, so that a hostile
/// map of thousands stays fast. Two maps are equal when they hold the same keys with equal values, in any
/// order.
public struct ValueMap: Sendable {
    /// The keys and their values, in the order written.
    private var entries: [Element]
    /// The positions of the keys in `entries`, kept once the map holds more than `indexedCount` keys.
    private var positions: [String: Int]?

    /// Above this many keys, a map keeps `positions`.
    static let indexedCount = 16

    /// An empty map with room for `capacity` keys.
    public init(minimumCapacity capacity: Int = 0) {
        entries = []
        entries.reserveCapacity(capacity)
    }

    /// A map of the keys and values of `dictionary`, in the order of their keys.
    public init(_ dictionary: [String: Value]) {
        self.init(minimumCapacity: dictionary.count)
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) { append(key, value) }
    }

    /// The value for `key`; setting `nil` removes the key, setting a new key adds it at the end.
    public subscript(key: String) -> Value? {
        get { position(of: key).map { entries[$0].value } }
        set {
            switch (position(of: key), newValue) {
            case (let position?, let value?): entries[position].value = value
            case (let position?, nil): remove(at: position)
            case (nil, let value?): append(key, value)
            case (nil, nil): break
            }
        }
    }

    /// Sets the value for `key`, returning the value it replaced, if any.
    @discardableResult
    public mutating func updateValue(_ value: Value, forKey key: String) -> Value? {
        guard let position = position(of: key) else {
            append(key, value)
            return nil
        }
        defer { entries[position].value = value }
        return entries[position].value
    }

    /// Removes `key`, returning its value, if it was there.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let position = position(of: key) else { return nil }
        defer { remove(at: position) }
        return entries[position].value
    }

    /// The keys, in the order written.
    public var keys: [String] { entries.map(\.key) }

    /// The map with each value transformed, keys and order kept.
    public func mapValues(_ transform: (Value) throws -> Value) rethrows -> ValueMap {
        var mapped = self
        for position in mapped.entries.indices { mapped.entries[position].value = try transform(entries[position].value) }
        return mapped
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        // Comparing lengths first skips most other keys without comparing their text.
        let length = key.utf8.count
        return entries.firstIndex { $0.key.utf8.count == length && $0.key == key }
    }

    private mutating func append(_ key: String, _ value: Value) {
        entries.append((key, value))
        if positions != nil { positions![key] = entries.count - 1 } else if entries.count > Self.indexedCount { index() }
    }

    private mutating func remove(at position: Int) {
        entries.remove(at: position)
        if positions != nil { index() }
    }

    /// Keeps `positions` when the map is large enough to need them.
    private mutating func index() {
        positions =
            entries.count > Self.indexedCount ? Dictionary(uniqueKeysWithValues: entries.indices.map { (entries[$0].key, $0) }) : nil
    }
}

extension ValueMap: RandomAccessCollection {
    /// A key and its value.
    public typealias Element = (key: String, value: Value)

    /// The position of the first key.
    public var startIndex: Int { entries.startIndex }
    /// The position after the last key.
    public var endIndex: Int { entries.endIndex }
    /// The key and value at `position`, in the order written.
    public subscript(position: Int) -> Element { entries[position] }
}

extension ValueMap: ExpressibleByDictionaryLiteral {
    /// A map of these keys and values, in this order; the keys must differ.
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(minimumCapacity: elements.count)
        for (key, value) in elements {
            precondition(updateValue(value, forKey: key) == nil, "duplicate key `\(key)` in a map literal")
        }
    }
}

extension ValueMap: Hashable {
    /// Whether both maps hold the same keys with equal values, whatever their order.
    public static func == (lhs: ValueMap, rhs: ValueMap) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.key] == $0.value }
    }

    /// Hashes the keys and values without regard to their order, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for (key, value) in entries {
            var entry = Hasher()
            entry.combine(key)
            entry.combine(value)
            combined ^= entry.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}
