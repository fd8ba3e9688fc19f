import CYaml

/// A rule file with its rules' `examples` blanked out, for the commands that judge cases: the examples hold
/// most of the bundled pack's values (four in five), and only `rules test` and `rules lint` read them.
///
/// An example's line breaks stay and the characters of its last line become spaces, its other characters go,
/// so each other value keeps its line and column, and Yams builds no node for the examples (the key stays, with
/// an empty value).
enum ExampleBlanking {
    /// `text` with the value of each rule's `examples` blanked, or `nil` to read it whole: when it has no
    /// examples, when libyaml cannot parse it (Yams then reports the error), when it has an alias (which
    /// could name an anchor inside an example), or when it starts with a byte order mark (libyaml's marks,
    /// which count characters, do not count it).
    static func blanked(_ text: String) -> String? {
        guard text.unicodeScalars.first != "\u{FEFF}" else { return nil }
        var walk = Walk()
        guard case .ended = YAMLEvents.walk(text, { walk.visit($0) }), !walk.blanked.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { bytes in String(decoding: blank(bytes, walk.blanked), as: UTF8.self) }
    }

    /// `bytes` with the characters in `ranges` (counted in Unicode scalars, as libyaml's marks are) blanked:
    /// line breaks kept, the characters of a range's last line turned into one space each (what follows on that
    /// line keeps its column), the characters of its other lines dropped.
    private static func blank(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var ranges = ranges[...]
        var character = -1
        // Whether the character being read is blanked (its continuation bytes go with it).
        var blanking = false
        // The characters of the current range's line so far: spaces if the range ends on this line.
        var pending = 0
        for (position, byte) in bytes.enumerated() {
            if UTF8.isContinuation(byte) {
                if !blanking { output.append(byte) }
                continue
            }
            character += 1
            while let range = ranges.first, range.upperBound <= character {
                output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pending))
                pending = 0
                ranges.removeFirst()
            }
            let inRange = ranges.first?.contains(character) ?? false
            blanking = inRange && !isLineBreak(bytes, at: position)
            if blanking {
                pending += 1
            } else {
                if inRange { pending = 0 }
                output.append(byte)
            }
        }
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pending))
        return output
    }

    /// Whether a line break YAML 1.1 (and so libyaml) counts starts at `position`: LF, CR, NEL, LS or PS.
    private static func isLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let next = { (offset: Int) in position + offset < bytes.count ? bytes[position + offset] : 0 }
        switch bytes[position] {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
        case 0xC2: return next(1) == 0x85
        case 0xE2: return next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)
        default: return false
        }
    }

    /// The walk over a rule file's events that finds where each rule's `examples` value starts and ends.
    private struct Walk {
        /// A collection being read: a sequence, or a mapping and whether its next node is a key.
        enum Open {
            case sequence
            case mapping(nextIsKey: Bool)
        }

        /// The collections open around the current event, outermost first.
        var open: [Open] = []
        /// The character ranges of the examples found so far, in order.
        var blanked: [Range<Int>] = []
        /// The last key read was a rule's `examples`: the next node is its value.
        var examplesNext = false
        /// While inside an examples value: where it started, and how many of its collections are open.
        var skipping: (start: Int, depth: Int)?

        /// Reads one event; `true` stops the walk (at an alias).
        mutating func visit(_ event: yaml_event_t) -> Bool? {
            switch event.type {
            case YAML_ALIAS_EVENT: return true
            case YAML_SCALAR_EVENT: node(event, opensCollection: nil)
            case YAML_SEQUENCE_START_EVENT: node(event, opensCollection: .sequence)
            case YAML_MAPPING_START_EVENT: node(event, opensCollection: .mapping(nextIsKey: true))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let (start, depth) = skipping {
                    skipping = depth == 1 ? nil : (start, depth - 1)
                    if depth == 1 { blanked.append(start..<Int(event.end_mark.index)) }
                } else {
                    open.removeLast()
                }
            default: break
            }
            return nil
        }

        private mutating func node(_ event: yaml_event_t, opensCollection collection: Open?) {
            if let (start, depth) = skipping {
                if collection != nil { skipping = (start, depth + 1) }
                return
            }
            if case .mapping(let nextIsKey) = open.last {
                open[open.count - 1] = .mapping(nextIsKey: !nextIsKey)
                if nextIsKey {
                    examplesNext = collection == nil && isRuleLevel && Self.isExamples(event)
                } else if examplesNext {
                    examplesNext = false
                    let start = Int(event.start_mark.index)
                    guard collection != nil else { return blanked.append(start..<Int(event.end_mark.index)) }
                    skipping = (start, 1)
                    return
                }
            }
            if let collection { open.append(collection) }
        }

        /// Whether the innermost open mapping is a rule: the document's root, or an item of a root list.
        private var isRuleLevel: Bool {
            switch open.count {
            case 1: true
            case 2: if case .sequence = open[0] { true } else { false }
            default: false
            }
        }

        private static let examplesKey = Array("examples".utf8)

        private static func isExamples(_ event: yaml_event_t) -> Bool {
            let scalar = event.data.scalar
            guard scalar.length == examplesKey.count, let value = scalar.value else { return false }
            return examplesKey.indices.allSatisfy { value[$0] == examplesKey[$0] }
        }
    }
}
