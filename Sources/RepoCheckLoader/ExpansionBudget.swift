import CYaml

/// Counts the values a YAML document expands to, aliases counted at every use, from the parser's events and
/// before any node is built.
///
/// The count must come first: while Yams builds the tree it hashes every mapping key to find duplicates,
/// and a key that holds an alias of a large collection is hashed with the alias expanded, so a few hundred
/// bytes of nested aliases used as a key keep it busy for minutes.
enum ExpansionBudget {
    /// Where the document's root starts (1-based), if `text` expands to more than `budget` values. A document
    /// libyaml cannot parse is left to Yams, which reports the syntax error.
    static func overrun(_ text: String, budget: Int) -> (line: Int, column: Int)? {
        var counter = Counter(budget: budget)
        return YAMLEvents.first(in: text) { counter.add($0) ? counter.root : nil }
    }

    /// The running count over one stream of events.
    private struct Counter {
        let budget: Int
        /// Values counted so far.
        var count = 0
        /// The expanded size of each anchored value.
        var anchored: [String: Int] = [:]
        /// The collections open around the current event: their anchor and the count when they opened.
        var open: [(anchor: String?, start: Int)] = []
        /// Where the first value of the stream starts.
        var root: (line: Int, column: Int)?

        /// Counts `event`; returns whether the budget is spent.
        mutating func add(_ event: yaml_event_t) -> Bool {
            let anchor: String?
            switch event.type {
            case YAML_SCALAR_EVENT:
                count += 1
                anchor = Self.name(event.data.scalar.anchor)
            case YAML_ALIAS_EVENT:
                count += Self.name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                anchor = nil
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                count += 1
                let name = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                open.append((Self.name(name), count - 1))
                anchor = nil
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let collection = open.popLast() else { return false }
                if let name = collection.anchor { anchored[name] = count - collection.start }
                return count > budget
            default:
                return false
            }
            if root == nil { root = YAMLEvents.start(of: event) }
            if let anchor { anchored[anchor] = 1 }
            return count > budget
        }

        private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
