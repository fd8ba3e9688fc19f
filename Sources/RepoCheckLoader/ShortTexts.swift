/// The short ASCII texts a JSON document has made so far, so that a repeated one is reused instead of
/// built and validated again: a case repeats its keys (`type`, `by`, `method`) and most of its values
/// (`outbound`, `phone`, a party's id) in every event.
///
/// A text of up to 15 bytes is a Swift small string (no allocation, no reference counting); its bytes,
/// zero-padded into two words, identify it, since the scanner refuses NUL in a text. The table is
/// direct-mapped: a text displaces the one before it in its slot.
struct ShortTexts {
    /// The longest text kept: the longest small string.
    static let longest = 15

    private struct Entry {
        var low: UInt64
        var high: UInt64
        var text: String
    }

    private static let slotBits = 6
    /// No ASCII text fills a word with 0xFF bytes, so the first look at every slot misses.
    private var entries = [Entry](repeating: Entry(low: .max, high: .max, text: ""), count: 1 << slotBits)

    /// `bytes` (ASCII, at most ``longest``) as a string; `readable` bytes from its start may be read.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> String {
        let (low, high) = Self.words(bytes, readable: readable)
        let slot = Int(truncatingIfNeeded: ((low ^ (high &* 0x100_0000_01B3)) &* 0x9E37_79B9_7F4A_7C15) >> (64 - Self.slotBits))
        if entries[slot].low == low, entries[slot].high == high { return entries[slot].text }
        let text = String(decoding: bytes, as: UTF8.self)
        entries[slot] = Entry(low: low, high: high, text: text)
        return text
    }

    /// The bytes of `bytes`, little-endian and zero-padded, in two words; two unaligned loads when 16 bytes
    /// may be read from its start.
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> (UInt64, UInt64) {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return (0, 0) }
        if readable >= 16 {
            let raw = UnsafeRawPointer(base)
            let low = raw.loadUnaligned(as: UInt64.self).littleEndian
            let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
            return (low & mask(count), high & mask(count - 8))
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<count {
            if index < 8 { low |= UInt64(bytes[index]) << (index * 8) } else { high |= UInt64(bytes[index]) << ((index - 8) * 8) }
        }
        return (low, high)
    }

    /// The low `count` bytes of a word set (all of them from 8 on, none below 1).
    private static func mask(_ count: Int) -> UInt64 {
        count >= 8 ? .max : count <= 0 ? 0 : (1 << (UInt64(count) * 8)) - 1
    }
}
