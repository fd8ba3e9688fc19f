import HTTPTypes

/// The service's paths and methods, for the router and for 405 answers.
enum Routes {
    static let health = "/healthz"
    static let metrics = "/metrics"
    static let check = "/v1/check"
    static let preflight = "/v1/preflight"
    static let schedule = "/v1/schedule"
    static let audit = "/v1/audit"
    static let rules = "/v1/rules"
    static let rule = "/v1/rules/{id}"
    static let reload = "/v1/admin/reload"

    /// Every route.
    static let table: [(method: HTTPRequest.Method, path: String)] = [
        (.get, health), (.get, metrics), (.post, check), (.post, preflight), (.post, schedule), (.post, audit), (.get, rules),
        (.get, rule), (.post, reload),
    ]

    /// The methods some route answers on `path`; empty when no route has that path.
    static func methods(for path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return table.filter { route in
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") ? !$1.isEmpty : $0 == $1 }
        }.map(\.method)
    }
}
