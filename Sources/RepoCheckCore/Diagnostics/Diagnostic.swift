/// A problem found in a rule pack or a case file, located and coded, with a hint that says how to fix it.
///
/// Rendered gcc-style: `rules/ca/veh-28.yaml:12:7: error: unknown key `withn` in `deadline` [rule.unknown-key]`.
public struct Diagnostic: Hashable, Sendable, Error, Comparable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// Stops loading; the command exits 2.
        case error
        /// Reported; does not stop anything.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// A stable code in dotted kebab-case (`rule.unknown-key`), documented in `docs/errors.md`.
    public var code: String
    /// One line, lower case, user input in backticks, no final period.
    public var message: String
    /// Where; `nil` for problems with no place (an unreadable folder).
    public var location: SourceLocation?
    /// How to fix it.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation?, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// Creates an error.
    public static func error(_ code: String, _ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, hint: hint)
    }

    /// Creates a warning.
    public static func warning(_ code: String, _ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, hint: hint)
    }

    /// The one-line form: `file:line:column: error: message [code]`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code)]"
    }

    /// Whether `lhs` comes first.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (let l?, let r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (lhs.code, lhs.message) < (rhs.code, rhs.message)
        }
    }
}

/// Diagnostics that stopped a load: at least one is an error.
public struct DiagnosticsError: Error, Sendable {
    /// Every diagnostic found, errors and warnings, sorted by location.
    public let diagnostics: [Diagnostic]

    /// Wraps diagnostics, sorted.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }
}
