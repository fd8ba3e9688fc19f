import RepoCheckCore

/// Reads a JSON document straight into a `Value`, for the fast case path: one pass over the bytes, no
/// intermediate tree, no line and column bookkeeping.
///
/// It accepts only what the YAML path reads as the very same values, and returns `nil` for anything
/// else: invalid JSON, a duplicate key, a surrogate or NUL escape, a character YAML treats as a line
/// break or refuses (U+0085, U+2028, U+2029, C1 controls, DEL, U+FEFF, U+FFFE, U+FFFF), a line break or a
/// tab between a key and its `:`, nesting deeper
/// than the limit, more values than the limit. The caller then takes the YAML path, which says where
/// the problem is. Numbers and `true`/`false`/`null` stay text as written, as the YAML path keeps them.
struct JSONScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    private var remainingValues: Int
    private let maxDepth: Int
    private var shortTexts = ShortTexts()

    /// The value of the whole document in `bytes`, or `nil` if the fast path must not decide it.
    static func value(of bytes: UnsafeBufferPointer<UInt8>, limits: InputLimits) -> Value? {
        var scanner = JSONScanner(bytes: bytes, remainingValues: limits.maxNodes, maxDepth: limits.maxDepth)
        guard let value = scanner.value() else { return nil }
        scanner.skipSpace()
        return scanner.position == bytes.count ? value : nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, remainingValues: Int, maxDepth: Int) {
        self.bytes = bytes
        self.remainingValues = remainingValues
        self.maxDepth = maxDepth
    }

    private mutating func value() -> Value? {
        remainingValues -= 1
        guard remainingValues >= 0 else { return nil }
        skipSpace()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(Value.scalar)
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func object() -> Value? {
        guard enter() else { return nil }
        // Room for an event's usual properties from the start.
        var map = ValueMap(minimumCapacity: 8)
        skipSpace()
        if consume(UInt8(ascii: "}")) { return leave(.map(map)) }
        repeat {
            skipSpace()
            remainingValues -= 1
            let keyStart = position
            guard remainingValues >= 0, position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string(),
                position - keyStart <= Self.longestKey
            else { return nil }
            // YAML wants a key and its `:` on one line.
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
            guard consume(UInt8(ascii: ":")), let item = value(), map.updateValue(item, forKey: key) == nil else { return nil }
            skipSpace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? leave(.map(map)) : nil
    }

    /// YAML reads a key only up to 1,024 characters ahead of its `:`; longer keys go the slow way.
    private static let longestKey = 1_000

    private mutating func array() -> Value? {
        guard enter() else { return nil }
        var items: [Value] = []
        skipSpace()
        if consume(UInt8(ascii: "]")) { return leave(.list(items)) }
        repeat {
            guard let item = value() else { return nil }
            items.append(item)
            skipSpace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? leave(.list(items)) : nil
    }

    /// Opens a container; the document's own line counts as one level, as `NestingScan` counts it.
    private mutating func enter() -> Bool {
        position += 1
        depth += 1
        return depth + 1 <= maxDepth
    }

    private mutating func leave(_ value: Value) -> Value {
        depth -= 1
        return value
    }

    /// A string, the opening quote at `position`.
    private mutating func string() -> String? {
        position += 1
        let start = position
        var isASCII = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                defer { position += 1 }
                return text(from: start, isASCII: isASCII)
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte >= 0x20, byte < 0x7F {
                position += 1
                continue
            }
            isASCII = isASCII && byte < 0x80
            guard accept(byte) else { return nil }
        }
        return nil
    }

    /// The text from `start` up to `position`; a short ASCII text seen before in the document is reused
    /// (see ``ShortTexts``).
    private mutating func text(from start: Int, isASCII: Bool) -> String {
        let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard isASCII, text.count <= ShortTexts.longest else { return String(decoding: text, as: UTF8.self) }
        return shortTexts.text(text, readable: bytes.count - start)
    }

    /// The rest of a string that has escapes, from its first character at `start`.
    private mutating func escapedString(from start: Int) -> String? {
        var text = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: text, as: UTF8.self)
            }
            if byte != UInt8(ascii: "\\") {
                guard accept(byte) else { return nil }
                text.append(byte)
                continue
            }
            guard position + 1 < bytes.count else { return nil }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(escape)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                guard let code = hex4(), code != 0, !(0xD800...0xDFFF).contains(code), let scalar = Unicode.Scalar(code) else {
                    return nil
                }
                text.append(contentsOf: UTF8.encode(scalar)!)
            default: return nil
            }
        }
        return nil
    }

    /// Steps over one byte of a string's text if the YAML path reads it the same way.
    private mutating func accept(_ byte: UInt8) -> Bool {
        guard byte >= 0x20, byte != 0x7F else { return false }
        if byte >= 0xC2 {
            let next = position + 1 < bytes.count ? bytes[position + 1] : 0
            let third = position + 2 < bytes.count ? bytes[position + 2] : 0
            switch (byte, next, third) {
            case (0xC2, 0x80...0x9F, _): return false  // C1 controls and U+0085 (a YAML line break)
            case (0xE2, 0x80, 0xA8...0xA9): return false  // U+2028, U+2029 (YAML line breaks)
            case (0xEF, 0xBB, 0xBF), (0xEF, 0xBF, 0xBE...0xBF): return false  // U+FEFF, U+FFFE, U+FFFF
            default: break
            }
        }
        position += 1
        return true
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            code = code << 4 | UInt32(digit)
            position += 1
        }
        return code
    }

    private mutating func literal(_ word: StaticString) -> Value? {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
            UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[position..<position + count])
        else { return nil }
        position += count
        return .scalar(word.description)
    }

    /// A number in JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as written.
    private mutating func number() -> Value? {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            guard !isDigit else { return nil }
        } else {
            guard digits() else { return nil }
        }
        if consume(UInt8(ascii: ".")) { guard digits() else { return nil } }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard digits() else { return nil }
        }
        return .scalar(text(from: start, isASCII: true))
    }

    private var isDigit: Bool { position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) }

    /// One or more digits.
    private mutating func digits() -> Bool {
        let start = position
        while isDigit { position += 1 }
        return position > start
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }
}
