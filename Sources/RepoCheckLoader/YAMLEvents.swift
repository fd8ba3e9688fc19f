import CYaml

/// libyaml's events for a YAML text, for the checks that must run before Yams builds any node
/// (``ExpansionBudget``, ``ComplexKeyScan``) and for ``ExampleBlanking``.
enum YAMLEvents {
    /// How a walk over the events ended.
    enum Outcome<Found> {
        /// The visitor found something.
        case found(Found)
        /// Every event was visited.
        case ended
        /// libyaml cannot parse the text (Yams reports the syntax error).
        case unreadable
    }

    /// Gives the events of `text` to `visit`, in order, until it finds something.
    static func walk<Found>(_ text: String, _ visit: (yaml_event_t) -> Found?) -> Outcome<Found> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .unreadable }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var text = text
        return text.withUTF8 { bytes in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return .ended }
                if let found = visit(event) { return .found(found) }
            }
            return .unreadable
        }
    }

    /// What `visit` finds first among the events of `text`; `nil` at the stream's end. A document libyaml
    /// cannot parse is left to Yams, which reports the syntax error.
    static func first<Found>(in text: String, _ visit: (yaml_event_t) -> Found?) -> Found? {
        if case .found(let found) = walk(text, visit) { found } else { nil }
    }

    /// Where `event` starts (1-based).
    static func start(of event: yaml_event_t) -> (line: Int, column: Int) {
        (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
    }
}
