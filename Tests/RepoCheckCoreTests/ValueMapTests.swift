import RepoCheckCore
import Testing

/// `ValueMap` searches small maps in a line and indexes large ones; both must behave as one dictionary.
@Suite struct ValueMapTests {
    /// Maps of these sizes: below, at and above the size where the index starts.
    static let sizes = [0, 1, 5, 16, 17, 40]

    static func map(_ count: Int) -> ValueMap {
        var map = ValueMap()
        for number in 0..<count { map["key\(number)"] = .scalar("\(number)") }
        return map
    }

    @Test("keys are found, kept in the order added, and a missing one is nil", arguments: sizes)
    func lookup(count: Int) {
        let map = Self.map(count)
        #expect(map.count == count)
        #expect(map.keys == (0..<count).map { "key\($0)" })
        for number in 0..<count { #expect(map["key\(number)"] == .scalar("\(number)")) }
        #expect(map["key\(count)"] == nil)
        #expect(map["key"] == nil)
    }

    @Test("setting an existing key replaces its value in place; updateValue returns the old one", arguments: sizes.filter { $0 > 1 })
    func replace(count: Int) {
        var map = Self.map(count)
        map["key0"] = .scalar("new")
        #expect(map.updateValue(.scalar("newer"), forKey: "key\(count - 1)") == .scalar("\(count - 1)"))
        #expect(map.count == count && map.keys.first == "key0")
        #expect(map["key0"] == .scalar("new") && map["key\(count - 1)"] == .scalar("newer"))
        #expect(map.updateValue(.scalar("added"), forKey: "added") == nil)
        #expect(map.keys.last == "added" && map.count == count + 1)
    }

    @Test("removing keys keeps the others found, across the size where the index starts", arguments: sizes.filter { $0 > 0 })
    func remove(count: Int) {
        var map = Self.map(count)
        #expect(map.removeValue(forKey: "key0") == .scalar("0"))
        #expect(map.removeValue(forKey: "key0") == nil)
        map["key\(count - 1)"] = nil
        let left = (1..<max(1, count - 1)).map { "key\($0)" }
        #expect(map.keys == left)
        for key in left { #expect(map[key] != nil) }
        map["again"] = .scalar("a")
        #expect(map["again"] == .scalar("a") && map.count == left.count + 1)
    }

    @Test("maps with the same keys and values are equal and hash alike, whatever their order", arguments: sizes)
    func equality(count: Int) {
        let forward = Self.map(count)
        var backward = ValueMap()
        for number in (0..<count).reversed() { backward["key\(number)"] = .scalar("\(number)") }
        #expect(forward == backward)
        #expect(Set([Value.map(forward), .map(backward)]).count == 1)
        var changed = backward
        changed["key0"] = .scalar("other")
        #expect(count == 0 || changed != forward)
        #expect(Self.map(count + 1) != forward)
    }

    @Test("a map made from a dictionary holds its keys in their sorted order")
    func fromDictionary() {
        let map = ValueMap(["b": .scalar("2"), "a": .scalar("1"), "c": .list([])])
        #expect(map.keys == ["a", "b", "c"])
        #expect(map == ["c": .list([]), "a": .scalar("1"), "b": .scalar("2")])
    }

    @Test("mapValues keeps the keys and their order")
    func mapValues() {
        let map: ValueMap = ["z": .scalar("1"), "a": .scalar("2")]
        let mapped = map.mapValues { .list([$0]) }
        #expect(mapped.keys == ["z", "a"])
        #expect(mapped["a"] == .list([.scalar("2")]))
    }
}
