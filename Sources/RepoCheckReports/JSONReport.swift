import Foundation
import RepoCheckCore

/// The machine format: a report as JSON with sorted keys, so the same report is always the same bytes.
public enum JSONReport {
    /// Pretty-printed JSON (for a file or a terminal), ending in a newline.
    public static func render(_ report: Report) -> String { encode(report, pretty: true) + "\n" }

    /// One line of JSON (for NDJSON streams), without a newline.
    public static func line(_ report: Report) -> String { encode(report, pretty: false) }

    /// Encodes any report-like value with the same settings.
    public static func encode(_ value: some Encodable, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Every value we encode is made of strings, numbers, arrays and objects: encoding cannot fail.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
