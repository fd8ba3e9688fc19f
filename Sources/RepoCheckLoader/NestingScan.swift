/// A fast, conservative estimate of a YAML or JSON document's nesting depth, made before the real parse
/// (whose composer recurses once per level and can exhaust a thread's stack on a hostile document).
///
/// It counts, on each line, the open block levels (by indentation), the `- ` sequence markers before the
/// content, and the open flow brackets (`[`, `{`) outside quotes and comments. It may overestimate
/// (a block scalar's indented text counts as levels); it does not underestimate flow or block nesting.
enum NestingScan {
    /// The deepest nesting found, and where: (depth, 1-based line, 1-based column).
    static func deepest(_ text: String) -> (depth: Int, line: Int, column: Int) {
        var indents: [Int] = []
        var flow = 0
        var best = (depth: 0, line: 1, column: 1)
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line)
            var i = 0
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
            if i == bytes.count || bytes[i] == UInt8(ascii: "#") { continue }
            if flow == 0 {
                while let last = indents.last, last >= i { indents.removeLast() }
                indents.append(i)
            }
            var dashes = 0
            while i + 1 < bytes.count, bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: " ") {
                dashes += 1
                i += 2
                while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
            }
            var quote: UInt8?
            while i < bytes.count {
                let byte = bytes[i]
                if let open = quote {
                    if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
                        i += 1
                    } else if byte == open {
                        quote = nil
                    }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "#"), i > 0, bytes[i - 1] == UInt8(ascii: " ") {
                    break
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flow += 1
                    let depth = indents.count + dashes + flow
                    if depth > best.depth { best = (depth, lineNumber, i + 1) }
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flow = max(0, flow - 1)
                }
                i += 1
            }
            let depth = indents.count + dashes + flow
            if depth > best.depth { best = (depth, lineNumber, 1) }
        }
        return best
    }
}
