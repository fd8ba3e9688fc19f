import CYaml

/// Finds a mapping key that is a list or a mapping, from the parser's events and before any node is built.
///
/// Case and rule files only have text keys. A document that repeats such a key would keep Yams busy for
/// hours: it sorts repeated keys to report them, and its order on lists and mappings compares each element
/// twice at every level, which doubles the work with each level of nesting.
enum ComplexKeyScan {
    /// Whether `text` may hold a list or mapping key: one is written after a `?` that starts a node, before a `:`
    /// right after a closing bracket, or as an alias (`*name`) starting a node. Text such as `why?` or `83.3-*`
    /// does not count.
    static func mayFind(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(mayFind) ?? mayFind(Array(text.utf8).withUnsafeBufferPointer { $0 })
    }

    private static func mayFind(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous = UInt8(ascii: "\n")
        var afterBracket = false
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "*"):
                let next = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: "\n")
                if startsNode(after: previous), byte == UInt8(ascii: "*") || startsNode(after: next) { return true }
            case UInt8(ascii: ":") where afterBracket: return true
            default: break
            }
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") {
                afterBracket = byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
            }
            previous = byte
        }
        return false
    }

    /// Whether a node may start after `byte` (a space, a line break, or a flow indicator); also whether `byte`
    /// may follow a `?` indicator.
    private static func startsNode(after byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "["), UInt8(ascii: "{"),
            UInt8(ascii: ","), UInt8(ascii: "?"):
            true
        default: false
        }
    }

    /// Where the first list or mapping key starts (1-based), or `nil`.
    static func first(in text: String) -> (line: Int, column: Int)? {
        var walk = Walk()
        return YAMLEvents.first(in: text) { walk.isComplexKey($0) ? YAMLEvents.start(of: $0) : nil }
    }

    /// The open collections around the current event, and the anchors of lists and mappings.
    private struct Walk {
        /// An open collection: a mapping, whose next node is a key or a value, or a list.
        struct Frame {
            let isMapping: Bool
            var awaitingKey: Bool
        }

        var open: [Frame] = []
        /// Anchors naming lists or mappings.
        var collections: Set<String> = []

        /// Takes `event`; whether it starts a key that is a list or a mapping.
        mutating func isComplexKey(_ event: yaml_event_t) -> Bool {
            switch event.type {
            case YAML_SCALAR_EVENT:
                return node(isCollection: false)
            case YAML_ALIAS_EVENT:
                return node(isCollection: event.data.alias.anchor.map { collections.contains(String(cString: $0)) } ?? false)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                if let anchor { collections.insert(String(cString: anchor)) }
                let isKey = node(isCollection: true)
                open.append(Frame(isMapping: isMapping, awaitingKey: isMapping))
                return isKey
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                _ = open.popLast()
                return false
            default:
                return false
            }
        }

        /// Counts a node in the innermost collection; whether it is a list or mapping in a key's place.
        private mutating func node(isCollection: Bool) -> Bool {
            guard let last = open.indices.last, open[last].isMapping else { return false }
            let inKeyPlace = open[last].awaitingKey
            open[last].awaitingKey.toggle()
            return inKeyPlace && isCollection
        }
    }
}
