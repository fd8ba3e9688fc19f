import Foundation

/// A file written through a buffer into a temporary file in the same folder, which ``commit()`` renames
/// over the destination: readers see the old file or the whole new one, never a part. An interrupted
/// run leaves no half-written file under the destination's name (``TemporaryFiles`` removes the temporary
/// one on Ctrl-C).
final class AtomicFile {
    /// The file's final path.
    let path: String
    /// Where it is written until ``commit()``.
    let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 20

    /// Starts writing `path` (nothing appears under that name until ``commit()``).
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        descriptor = TemporaryFiles.shared.create(temporaryPath)
        guard descriptor >= 0 else { throw Self.failure("cannot create", temporaryPath) }
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// Appends bytes.
    func write(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Appends UTF-8 text.
    func write(_ text: String) throws { try write(text.utf8) }

    /// Appends the whole content of the file at `source`, in chunks.
    func append(contentsOf source: String) throws {
        try flush()
        guard let input = FileByteSource(path: source) else { throw Self.failure("cannot read", source) }
        var chunk = [UInt8](repeating: 0, count: Self.bufferSize)
        while true {
            let count: Int
            do {
                count = try chunk.withUnsafeMutableBytes { try input.read(into: $0) }
            } catch {
                throw Self.failure("cannot read", source)
            }
            if count == 0 { break }
            try write(chunk[..<count])
        }
    }

    /// Writes out the buffer.
    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure("cannot write", temporaryPath)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the temporary file to ``path``.
    func commit() throws {
        try flush()
        guard fsync(descriptor) == 0 else { throw Self.failure("cannot write", temporaryPath) }
        _ = close(descriptor)
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else { throw Self.failure("cannot rename to", path) }
        TemporaryFiles.shared.remove(temporaryPath)
    }

    /// Closes and deletes the temporary file, leaving ``path`` as it was.
    func discard() {
        if descriptor >= 0 { _ = close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
        TemporaryFiles.shared.remove(temporaryPath)
    }

    deinit { if descriptor >= 0 { discard() } }

    private static func failure(_ what: String, _ path: String) -> InputError {
        InputError("error: \(what) `\(path)`: \(String(cString: strerror(errno))) [output.write]")
    }
}
