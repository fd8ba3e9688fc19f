import CYaml

/// Counts the values a YAML document expands to, aliases counted at every use, from the parser's events and
/// before any node is built.
///
/// The count must come first: while Yams builds the tree it hashes every mapping key to find duplicates,
/// and a key that holds an alias of a large collection is hashed with the alias expanded, so a few hundred
/// bytes of nested aliases used as a key keep it busy for minutes.
enum ExpansionBudget {
    /// Where the value that takes `text` past `budget` values starts (1-based), and whether an alias had been
    /// used by then; `nil` if the document stays within the budget. A document libyaml cannot parse is left
    /// to Yams, which reports the syntax error.
    static func overrun(_ text: String, budget: Int) -> Overrun? {
        var counter = Counter(budget: budget)
        return YAMLEvents.first(in: text) { event in
            counter.add(event) ? Overrun(place: YAMLEvents.start(of: event), aliases: counter.aliases) : nil
        }
    }

    /// Where a document went past the budget.
    struct Overrun {
        /// The start of the value (or alias) that went past it, 1-based.
        let place: (line: Int, column: Int)
        /// Whether an alias had been used: the document expands, rather than simply holds, that many values.
        let aliases: Bool
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
        /// Whether an alias has been counted.
        var aliases = false

        /// Counts `event`; returns whether the budget is spent.
        mutating func add(_ event: yaml_event_t) -> Bool {
            let anchor: String?
            switch event.type {
            case YAML_SCALAR_EVENT:
                count += 1
                anchor = Self.name(event.data.scalar.anchor)
            case YAML_ALIAS_EVENT:
                count += Self.name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                aliases = true
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
            if let anchor { anchored[anchor] = 1 }
            return count > budget
        }

        private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
