import Testing

@testable import RepoCheckLoader

/// The JSON scanner reuses short texts it has made; what it returns must always be the text of the bytes.
@Suite struct ShortTextsTests {
    /// Texts of every length the table keeps, pairs that differ only in their last byte or in their length,
    /// and enough others to displace each other from the table's slots.
    static let texts: [[UInt8]] = {
        let runs = (0..<ShortTexts.longest).flatMap { length in
            [Array(repeating: UInt8(ascii: "a"), count: length), Array(repeating: UInt8(ascii: "a"), count: length) + [UInt8(ascii: "b")]]
        }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789 _-.:".utf8)
        var state: UInt64 = 42
        let others = (0..<300).map { index in
            (0..<(index % (ShortTexts.longest + 1))).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return alphabet[Int(state >> 33) % alphabet.count]
            }
        }
        return runs + others
    }()

    @Test("a text is the text of its bytes, wherever it sits and whatever was kept before it")
    func textsMatchTheirBytes() {
        var table = ShortTexts()
        // Bytes after the text: none (the text ends the buffer), a few, or enough to read two whole words.
        for after in [0, 5, 16, 0, 5] {
            for (index, bytes) in Self.texts.enumerated() {
                let buffer = bytes + Array(repeating: UInt8(ascii: "\""), count: after)
                buffer.withUnsafeBufferPointer { buffer in
                    let text = table.text(UnsafeBufferPointer(rebasing: buffer[0..<bytes.count]), readable: buffer.count)
                    #expect(text == String(decoding: bytes, as: UTF8.self), "text \(index), \(after) bytes after it")
                }
            }
        }
    }
}
