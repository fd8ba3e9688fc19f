import RepoCheckCore
import RepoCheckLoader

/// An RFC 9457 problem document, served as `application/problem+json` for every error response.
///
/// `type` is a `tag:` URI ending in the stable `code`, which `docs/errors.md` explains; `errors` lists each
/// diagnostic of a case that did not load, located in the request body (file `request`).
public struct Problem: Sendable, Hashable, Codable, Error {
    /// One problem in the request body.
    public struct Item: Sendable, Hashable, Codable {
        /// The diagnostic's stable code (`case.missing-key`).
        public var code: String
        /// One line; never a value of the case.
        public var message: String
        /// 1-based line in the body, when known.
        public var line: Int?
        /// 1-based column in the body, when known.
        public var column: Int?
        /// The field, as a JSON Pointer (`/events/2/at`), when known.
        public var pointer: String?
        /// How to fix it.
        public var hint: String?

        /// Creates an item.
        public init(code: String, message: String, line: Int? = nil, column: Int? = nil, pointer: String? = nil, hint: String? = nil) {
            self.code = code
            self.message = message
            self.line = line
            self.column = column
            self.pointer = pointer
            self.hint = hint
        }
    }

    /// A URI naming the kind of problem: `tag:repocheck,2025:` followed by `code`.
    public var type: String
    /// A short summary of the kind of problem.
    public var title: String
    /// The HTTP status code.
    public var status: Int
    /// What went wrong this time, in one or more lines (`request:3:5: error: … [case.missing-key]`).
    public var detail: String
    /// The stable code (`request.too-large`).
    public var code: String
    /// Each problem found in the body, when there are several.
    public var errors: [Item]?

    /// A problem with `status`, a stable `code`, a `title` and a `detail`.
    public init(status: Int, code: String, title: String, detail: String, errors: [Item]? = nil) {
        type = Self.typePrefix + code
        self.title = title
        self.status = status
        self.detail = detail
        self.code = code
        self.errors = errors
    }

    /// The prefix of every `type`.
    public static let typePrefix = "tag:repocheck,2025:"

    /// The media type of a problem document.
    public static let mediaType = "application/problem+json"
}

extension Problem {
    /// 400 for a case (or an audit line) that did not load: every diagnostic, with the field it names.
    static func badCase(_ diagnostics: [Diagnostic], text: String?, lineOffset: Int = 0) -> Problem {
        let errors = diagnostics.filter { $0.severity == .error }
        let items = errors.map { diagnostic in
            Item(
                code: diagnostic.code, message: diagnostic.message, line: diagnostic.location?.line,
                column: diagnostic.location?.column,
                pointer: diagnostic.location.flatMap { location in
                    text.flatMap {
                        CaseLoader.pointer(
                            to: SourceLocation(file: location.file, line: location.line - lineOffset, column: location.column), in: $0)
                    }
                },
                hint: diagnostic.hint)
        }
        return Problem(
            status: 400, code: errors.first?.code ?? "case.bad-value", title: "The case did not load",
            detail: errors.map(\.description).joined(separator: "\n"), errors: items)
    }

    /// 400 for a query parameter that cannot be read as a time.
    static func badTime(_ name: String, _ value: String, dateAllowed: Bool) -> Problem {
        let expected =
            dateAllowed
            ? "a date (2025-05-20) or an RFC 3339 timestamp with offset (2025-05-20T17:00:00-07:00)"
            : "an RFC 3339 timestamp with offset (2025-06-03T01:00:00-07:00)"
        return Problem(
            status: 400, code: "request.bad-time", title: "A time parameter cannot be read",
            detail: "cannot read `\(value.prefix(64))` as a time for `\(name)`",
            errors: [Item(code: "request.bad-time", message: "cannot read the query parameter `\(name)`", hint: "write \(expected)")])
    }

    /// 413 for a body over `limit` bytes.
    static func tooLarge(limit: Int) -> Problem {
        Problem(
            status: 413, code: "request.too-large", title: "The request body is too large",
            detail: "the body is larger than \(limit) bytes")
    }

    /// 401 for a missing or wrong bearer token.
    static let unauthorized = Problem(
        status: 401, code: "request.unauthorized", title: "Authentication required",
        detail: "send `Authorization: Bearer <token>` with the token the server was started with")

    /// 503 for an evaluation that ran past its time limit.
    static func timeout(_ limit: Swift.Duration) -> Problem {
        Problem(
            status: 503, code: "request.evaluation-timeout", title: "The evaluation took too long",
            detail: "the evaluation did not finish within \(limit.text)")
    }
}
