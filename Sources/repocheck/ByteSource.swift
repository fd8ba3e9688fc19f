import CZlib
import Foundation

/// A stream of bytes read in chunks: a plain file, standard input, or gzip through zlib.
protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end. Throws a ``ByteSourceError`` on a read or decompression error.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// Bytes of the underlying file consumed so far (compressed bytes for gzip), for progress.
    var consumed: Int64 { get }
    /// Releases the file.
    func close()
}

/// Why a stream could not be read; the message never contains the data.
struct ByteSourceError: Error {
    let message: String
}

/// A file descriptor read with `read(2)`.
final class FileByteSource: ByteSource {
    private var descriptor: Int32
    private(set) var consumed: Int64 = 0

    /// Opens `path` for reading; `nil` if it cannot be opened.
    init?(path: String) {
        descriptor = open(path, O_RDONLY)
        if descriptor < 0 { return nil }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 {
                consumed += Int64(count)
                return count
            }
            if errno == EINTR { continue }
            throw ByteSourceError(message: "cannot read the file: \(String(cString: strerror(errno)))")
        }
    }

    func close() {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
        descriptor = -1
    }

    deinit { close() }
}

/// gzip-compressed data read through zlib's `gzread`, which also passes plain (uncompressed) data through.
final class GzipByteSource: ByteSource {
    private var file: gzFile?

    /// Opens `path`; `nil` if it cannot be opened.
    init?(path: String) {
        file = gzopen(path, "rb")
        if file == nil { return nil }
        gzbuffer(file, 256 * 1024)
    }

    /// Reads standard input (gzip-compressed or plain).
    init?(standardInput: Void) {
        let descriptor = dup(STDIN_FILENO)
        guard descriptor >= 0 else { return nil }
        file = gzdopen(descriptor, "rb")
        if file == nil {
            _ = Foundation.close(descriptor)
            return nil
        }
        gzbuffer(file, 256 * 1024)
    }

    var consumed: Int64 { file.map { Int64(gzoffset($0)) } ?? 0 }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let file else { return 0 }
        let count = gzread(file, buffer.baseAddress, UInt32(min(buffer.count, Int(Int32.max))))
        var code: Int32 = 0
        let message = gzerror(file, &code).map { String(cString: $0) } ?? "unknown error"
        if count > 0 || (count == 0 && code != Z_BUF_ERROR) { return Int(count) }
        // At the end, Z_BUF_ERROR means the compressed data stopped in the middle of a member.
        throw ByteSourceError(message: count == 0 ? "the gzip data is truncated" : "cannot decompress the gzip data: \(message)")
    }

    func close() {
        if let file { gzclose(file) }
        file = nil
    }

    deinit { close() }
}
