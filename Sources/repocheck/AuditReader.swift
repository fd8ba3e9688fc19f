import Foundation
import RepoCheckCore

/// One case as read, before it is parsed: the unit of work of an audit.
struct RawCase: Sendable {
    /// What was read.
    enum Content: Sendable {
        /// A whole YAML or JSON document.
        case document(bytes: [UInt8])
        /// One NDJSON line.
        case line(number: Int, bytes: [UInt8])
        /// Nothing could be read: the reason.
        case unreadable([Diagnostic])
    }

    /// Position in the audit's input, from 1.
    let sequence: Int
    /// The file it came from (`-` for standard input).
    let file: String
    /// What was read.
    let content: Content
}

/// Reads the audit's inputs in order, one case at a time: a document file whole, an NDJSON stream line by line.
///
/// Holds one open stream and its current line, so memory does not grow with the input.
final class AuditReader {
    private var walker: AuditInputWalker
    /// Largest case file, and longest NDJSON line, read (`--max-case-bytes`): one hostile input cannot exhaust memory.
    private let maxBytes: Int
    private var stream: (file: String, lines: LineReader)?
    private var sequence = 0
    private var finishedBytes: Int64 = 0

    /// A reader of the inputs `paths` name, skipping a case file or NDJSON line of more than `maxBytes`.
    init(paths: [String], maxBytes: Int) {
        walker = AuditInputWalker(paths: paths)
        self.maxBytes = maxBytes
    }

    /// Bytes of input files consumed so far (compressed bytes for gzip).
    var bytesRead: Int64 { finishedBytes + (stream?.lines.consumed ?? 0) }

    /// Up to `count` cases, or `nil` when the input is exhausted.
    func next(_ count: Int) -> [RawCase]? {
        var batch: [RawCase] = []
        while batch.count < count, let item = next() { batch.append(item) }
        return batch.isEmpty ? nil : batch
    }

    /// The next case, or `nil` at the end.
    func next() -> RawCase? {
        while true {
            if let (file, lines) = stream {
                if let line = lines.next() { return make(file, content(of: line, file: file)) }
                finishedBytes += lines.consumed
                stream = nil
            }
            guard let input = walker.next() else { return nil }
            switch input {
            case .problem(let path, let diagnostic):
                return make(path, .unreadable([diagnostic]))
            case .document(let path):
                return make(path, document(path))
            case .ndjson(let path, let gzip):
                let source: (any ByteSource)? = gzip ? GzipByteSource(path: path) : FileByteSource(path: path)
                guard let source else { return make(path, unreadable(path)) }
                stream = (path, LineReader(source, maxLineBytes: maxBytes))
            case .standardInput:
                guard let source = GzipByteSource(standardInput: ()) else { return make("-", unreadable("-")) }
                stream = ("-", LineReader(source, maxLineBytes: maxBytes))
            }
        }
    }

    private func make(_ file: String, _ content: RawCase.Content) -> RawCase {
        sequence += 1
        return RawCase(sequence: sequence, file: file, content: content)
    }

    private func content(of line: LineReader.Line, file: String) -> RawCase.Content {
        switch line {
        case .text(let number, let bytes): return .line(number: number, bytes: bytes)
        case .tooLong(let number):
            return .unreadable([
                .error(
                    "input.too-large", "the line is longer than \(Self.size(maxBytes)); skipped",
                    at: SourceLocation(file: file, line: number, column: 1),
                    hint: "one case per line; raise --max-case-bytes for a larger trusted case")
            ])
        case .failed(let number, let message):
            return .unreadable([
                .error(
                    "input.unreadable", message + "; the rest of the file is skipped",
                    at: SourceLocation(file: file, line: number, column: 1),
                    hint: "check the file is complete; `gzip -t FILE` tests a compressed one")
            ])
        }
    }

    private func document(_ path: String) -> RawCase.Content {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        if size > maxBytes {
            finishedBytes += size
            return .unreadable([
                .error(
                    "input.too-large", "the file is larger than \(Self.size(maxBytes))",
                    at: SourceLocation(file: path, line: 1, column: 1),
                    hint: "a case file holds one case; use NDJSON for many, or raise --max-case-bytes for a larger trusted case")
            ])
        }
        guard let data = FileManager.default.contents(atPath: path) else { return unreadable(path) }
        finishedBytes += Int64(data.count)
        return .document(bytes: Array(data))
    }

    /// `bytes` in MiB when a whole number of them (the default, 16 MiB), in bytes otherwise.
    static func size(_ bytes: Int) -> String {
        bytes % 1_048_576 == 0 ? "\(bytes / 1_048_576) MiB" : "\(bytes) bytes"
    }

    private func unreadable(_ path: String) -> RawCase.Content {
        .unreadable([.error("input.unreadable", "cannot read `\(path)`", at: nil, hint: "check the file exists and is readable")])
    }
}
