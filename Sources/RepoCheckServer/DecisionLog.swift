#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The optional decision log (`--decision-log FILE`): one NDJSON line appended per check and pre-flight.
///
/// A line records what was decided and how to show it again, with no personal data: the SHA-256 of the
/// request body (not the body), the pack's name, version and content hash, the decision and rule ids,
/// the time the case was judged at, and the SHA-256 of the report served. Running `replay` on the same
/// input with the same pack gives a report with the same digest. The case id is recorded only when the
/// operator opts in (`--log-case-ids`). The file is opened for appending only and created with mode 0600.
public actor DecisionLog {
    /// One decision.
    public struct Entry: Sendable, Hashable, Codable {
        /// The rule pack that decided.
        public struct Pack: Sendable, Hashable, Codable {
            /// Its name.
            public var name: String
            /// Its version.
            public var version: String
            /// The SHA-256 of its files.
            public var sha256: String
        }

        /// When the server answered (UTC, RFC 3339).
        public var time: String
        /// `/v1/check` or `/v1/preflight`.
        public var endpoint: String
        /// SHA-256 of the request body, hex.
        public var inputSHA256: String
        /// The pack.
        public var pack: Pack
        /// The engine version.
        public var engineVersion: String
        /// The instant the case was judged at, as in the report (`as_of`).
        public var asOf: String
        /// For a pre-flight, the planned time of the repossession.
        public var plannedAt: String?
        /// `clean` or `violations` for a check, `clear` or `blocked` for a pre-flight.
        public var decision: String
        /// The rules behind the decision: violated rules for a check, blocking rules for a pre-flight.
        public var ruleIDs: [String]
        /// SHA-256 of the response body (the JSON report), hex.
        public var reportSHA256: String
        /// The command that gives the same report from the same input and pack (`INPUT` is the request body).
        public var replay: String
        /// The case id, only with `--log-case-ids`.
        public var caseID: String?

        enum CodingKeys: String, CodingKey {
            case time, endpoint, pack, decision, replay
            case inputSHA256 = "input_sha256"
            case engineVersion = "engine_version"
            case asOf = "as_of"
            case plannedAt = "planned_at"
            case ruleIDs = "rule_ids"
            case reportSHA256 = "report_sha256"
            case caseID = "case_id"
        }
    }

    /// Why the log could not be opened or written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        /// What failed, with the path.
        public let description: String
    }

    private let descriptor: Int32
    private let path: String

    /// Opens (or creates, mode 0600) `path` for appending.
    public init(path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteError(description: "cannot open the decision log `\(path)` for appending") }
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Appends one line, in a single write.
    public func append(_ line: String) throws(WriteError) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw WriteError(description: "cannot write to the decision log `\(path)`")
            }
            written += result
        }
    }
}
