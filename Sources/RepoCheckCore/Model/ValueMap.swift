/// A map of values by key, in the order the keys were written: an event's or a party's properties, or a
/// nested fact (`location: {kind: driveway}`).
///
/// Facts come in small maps: a key is found by going down the keys in order, which costs less than hashing
/// it, and a map of more than 16 keys also keeps their positions by key, so that a hostile map of thousands
/// stays fast (see `KeyedList`). Two maps are equal when they hold the same keys with equal values, in any
/// order.
public struct ValueMap: Sendable {
    private var list: KeyedList<Value>

    /// An empty map with room for `capacity` keys.
    public init(minimumCapacity capacity: Int = 0) {
        list = KeyedList(minimumCapacity: capacity)
    }

    /// A map of the keys and values of `dictionary`, in the order of their keys.
    public init(_ dictionary: [String: Value]) {
        self.init(minimumCapacity: dictionary.count)
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) { list.append(key, value) }
    }

    /// The value for `key`; setting `nil` removes the key, setting a new key adds it at the end.
    public subscript(key: String) -> Value? {
        get { list[key] }
        set {
            switch (list.position(of: key), newValue) {
            case (let position?, let value?): list.update(at: position) { $0 = value }
            case (let position?, nil): list.remove(at: position)
            case (nil, let value?): list.append(key, value)
            case (nil, nil): break
            }
        }
    }

    /// Sets the value for `key`, returning the value it replaced, if any.
    @discardableResult
    public mutating func updateValue(_ value: Value, forKey key: String) -> Value? {
        guard let position = list.position(of: key) else {
            list.append(key, value)
            return nil
        }
        defer { list.update(at: position) { $0 = value } }
        return list.entries[position].value
    }

    /// Removes `key`, returning its value, if it was there.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let position = list.position(of: key) else { return nil }
        defer { list.remove(at: position) }
        return list.entries[position].value
    }

    /// The keys, in the order written.
    public var keys: [String] { list.entries.map(\.key) }

    /// The map with each value transformed, keys and order kept.
    public func mapValues(_ transform: (Value) throws -> Value) rethrows -> ValueMap {
        var mapped = self
        for position in list.entries.indices { try mapped.list.update(at: position) { $0 = try transform($0) } }
        return mapped
    }
}

extension ValueMap: RandomAccessCollection {
    /// A key and its value.
    public typealias Element = (key: String, value: Value)

    /// The position of the first key.
    public var startIndex: Int { list.entries.startIndex }
    /// The position after the last key.
    public var endIndex: Int { list.entries.endIndex }
    /// The key and value at `position`, in the order written.
    public subscript(position: Int) -> Element { list.entries[position] }
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
        for (key, value) in list.entries {
            var entry = Hasher()
            entry.combine(key)
            entry.combine(value)
            combined ^= entry.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}
