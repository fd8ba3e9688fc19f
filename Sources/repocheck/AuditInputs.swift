import Foundation
import RepoCheckCore

/// What `repocheck audit` reads: the paths on its command line, walked into case files and NDJSON streams.
enum AuditInput: Equatable {
    /// One YAML or JSON case document.
    case document(String)
    /// An NDJSON stream, gzip-compressed or not.
    case ndjson(String, gzip: Bool)
    /// NDJSON (plain or gzip) on standard input.
    case standardInput
    /// A path that cannot be audited: missing, or of a kind we do not read.
    case problem(String, Diagnostic)

    /// How a file name is read, if it is one the audit reads.
    static func kind(of path: String) -> AuditInput? {
        let name = path.lowercased()
        if name.hasSuffix(".ndjson.gz") || name.hasSuffix(".jsonl.gz") { return .ndjson(path, gzip: true) }
        if name.hasSuffix(".ndjson") || name.hasSuffix(".jsonl") { return .ndjson(path, gzip: false) }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json") { return .document(path) }
        return nil
    }
}

/// Walks the command line's paths in order, folders recursively in name order, one input at a time.
///
/// Only the listing of the folders being walked is held, never the whole tree. Hidden files and folders
/// (names starting with `.`) and files of other kinds inside folders are skipped; a folder reached
/// through a symbolic link is not followed (no loops). A path named on the command line that is
/// missing or of another kind is reported.
struct AuditInputWalker: IteratorProtocol {
    private struct Pending {
        var path: String
        var named: Bool
    }

    /// Paths still to visit, last first, one array per open folder.
    private var stack: [[Pending]]

    /// A walker over `paths` (`-` is standard input).
    init(paths: [String]) {
        stack = [paths.reversed().map { Pending(path: $0, named: true) }]
    }

    mutating func next() -> AuditInput? {
        while let last = stack.indices.last {
            guard let item = stack[last].popLast() else {
                stack.removeLast()
                continue
            }
            if item.named && item.path == "-" { return .standardInput }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory) else {
                if item.named {
                    return .problem(
                        item.path,
                        .error(
                            "input.not-found", "cannot find `\(item.path)`", at: nil,
                            hint: "pass case files (.yaml, .yml, .json), NDJSON files (.ndjson, .ndjson.gz), folders of them, or `-`"))
                }
                continue
            }
            if isDirectory.boolValue {
                if !item.named && Self.isSymbolicLink(item.path) { continue }
                let names = (try? FileManager.default.contentsOfDirectory(atPath: item.path)) ?? []
                let prefix = item.path.hasSuffix("/") ? item.path : item.path + "/"
                stack.append(names.filter { !$0.hasPrefix(".") }.sorted(by: >).map { Pending(path: prefix + $0, named: false) })
                continue
            }
            if let input = AuditInput.kind(of: item.path) { return input }
            if item.named {
                return .problem(
                    item.path,
                    .error(
                        "input.unsupported", "`\(item.path)` is not a case file or an NDJSON file", at: nil,
                        hint:
                            "the audit reads .yaml, .yml and .json case files, .ndjson (.jsonl) files, optionally .gz, and folders of them")
                )
            }
        }
        return nil
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    /// The total size in bytes of the files `paths` name, for a progress bar; `nil` when reading standard input.
    static func totalBytes(_ paths: [String]) -> Int64? {
        var walker = AuditInputWalker(paths: paths)
        var total: Int64 = 0
        while let input = walker.next() {
            switch input {
            case .document(let path), .ndjson(let path, _):
                total += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
            case .standardInput: return nil
            case .problem: continue
            }
        }
        return total
    }
}
