import Foundation
import Testing

/// Compares `actual` with the golden file at `path`; with `RECORD_GOLDEN=1` in the environment it
/// writes the file instead and records a failure, so a re-recorded baseline never passes by accident.
public func assertGolden(_ actual: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    let expected = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    if record || expected == nil {
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
        Issue.record("recorded golden file \(path); review it with `git diff` and run the tests again", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "output differs from \(path) (re-record with RECORD_GOLDEN=1)", sourceLocation: sourceLocation)
}

/// The repository's root folder, found from a test file's `#filePath`.
public func repositoryRoot(_ filePath: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return url
}
