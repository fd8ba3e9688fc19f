/// A fast, conservative estimate of a YAML or JSON document's nesting depth, made before the real parse
/// (whose composer recurses once per level and can exhaust a thread's stack on a hostile document).
///
/// It counts, on each line, the open block levels (by indentation), the `- ` sequence markers before the
/// content, and the open flow brackets (`[`, `{`) outside quotes and comments. It may overestimate
/// (a block scalar's indented text counts as levels); it does not underestimate flow or block nesting.
enum NestingScan {
    /// Where the nesting first goes deeper than `limit` levels (1-based line and column), or `nil` if it never does.
    static func firstBeyond(_ limit: Int, in text: String) -> (line: Int, column: Int)? {
        var copy = text
        return copy.withUTF8 { firstBeyond(limit, bytes: $0) }
    }

    private static func firstBeyond(_ limit: Int, bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        let space = UInt8(ascii: " ")
        let dash = UInt8(ascii: "-")
        let hash = UInt8(ascii: "#")
        let newline = UInt8(ascii: "\n")
        let doubleQuote = UInt8(ascii: "\"")
        let singleQuote = UInt8(ascii: "'")
        let backslash = UInt8(ascii: "\\")
        var indents: [Int] = []
        var flow = 0
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            lineNumber += 1
            defer { start = end + 1 }
            var i = start
            while i < end, bytes[i] == space { i += 1 }
            if i == end || bytes[i] == hash { continue }
            // The depth grows only at the line's indentation, its `- ` markers and its opening brackets: each is
            // checked where it happens, so the first level past the limit is the place reported.
            if flow == 0 {
                let indent = i - start
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
                if indents.count > limit { return (lineNumber, i - start + 1) }
            }
            var dashes = 0
            while i + 1 < end, bytes[i] == dash, bytes[i + 1] == space {
                dashes += 1
                if indents.count + dashes + flow > limit { return (lineNumber, i - start + 1) }
                i += 2
                while i < end, bytes[i] == space { i += 1 }
            }
            var quote: UInt8?
            while i < end {
                let byte = bytes[i]
                if let open = quote {
                    if byte == backslash, open == doubleQuote {
                        i += 1
                    } else if byte == open {
                        quote = nil
                    }
                } else if byte == doubleQuote || byte == singleQuote, startsToken(bytes, at: i, lineStart: start) {
                    // A quote opens a quoted scalar only where a token starts; inside plain text (`don't`) it is a
                    // character, and taking it for a quote would hide the brackets after it.
                    quote = byte
                } else if byte == hash, i > start, bytes[i - 1] == space {
                    break
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flow += 1
                    if indents.count + dashes + flow > limit { return (lineNumber, i - start + 1) }
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flow = max(0, flow - 1)
                }
                i += 1
            }
        }
        return nil
    }

    /// Whether a token may start at `i`: at the start of the line's text, or after a space or a flow indicator.
    private static func startsToken(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, lineStart: Int) -> Bool {
        guard i > lineStart else { return true }
        switch bytes[i - 1] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"),
            UInt8(ascii: "-"), UInt8(ascii: "?"):
            return true
        default: return false
        }
    }
}
