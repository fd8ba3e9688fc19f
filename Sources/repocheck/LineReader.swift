/// Splits a byte stream into lines without holding more than one line (and one chunk) in memory.
///
/// Lines end at `\n`; a trailing `\r` is dropped. Blank lines are skipped but counted, so line numbers
/// match an editor's. A line longer than `maxLineBytes` is reported, not kept, and reading goes on after it.
final class LineReader {
    /// One line of the stream.
    enum Line {
        /// A line's bytes, without its line end.
        case text(number: Int, bytes: [UInt8])
        /// A line longer than the limit, skipped.
        case tooLong(number: Int)
        /// The stream could not be read past this line; nothing more comes.
        case failed(number: Int, message: String)
    }

    private let source: any ByteSource
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var number = 0
    private var finished = false
    private static let chunkSize = 256 * 1024

    /// A reader of `source`.
    init(_ source: some ByteSource, maxLineBytes: Int) {
        self.source = source
        self.maxLineBytes = maxLineBytes
    }

    /// Bytes of the underlying file consumed so far.
    var consumed: Int64 { source.consumed }

    /// The next non-blank line, or `nil` at the end.
    func next() -> Line? {
        while true {
            guard let line = nextRaw() else { return nil }
            if case .text(_, let bytes) = line, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return line
        }
    }

    private func nextRaw() -> Line? {
        var skipping = false
        var scanFrom = start
        while true {
            if let newline = buffer[scanFrom...].firstIndex(of: 0x0A) {
                number += 1
                defer { start = newline + 1 }
                if skipping || newline - start > maxLineBytes { return .tooLong(number: number) }
                return .text(number: number, bytes: trimmed(buffer[start..<newline]))
            }
            if buffer.count - start > maxLineBytes {
                // Too long: drop what is buffered and look for the line's end.
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if finished {
                guard start < buffer.count else { return nil }
                number += 1
                defer {
                    buffer.removeAll()
                    start = 0
                }
                return skipping ? .tooLong(number: number) : .text(number: number, bytes: trimmed(buffer[start...]))
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            scanFrom = buffer.count
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            do {
                let count = try buffer.withUnsafeMutableBytes { raw in
                    try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[old...]))
                }
                buffer.removeLast(Self.chunkSize - count)
                if count == 0 { finished = true }
            } catch {
                buffer.removeAll()
                finished = true
                return .failed(number: number + 1, message: (error as? ByteSourceError)?.message ?? "cannot read the file")
            }
        }
    }

    private func trimmed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Array(bytes.last == 0x0D ? bytes.dropLast() : bytes)
    }
}
