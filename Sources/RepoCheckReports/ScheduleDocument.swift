import RepoCheckCore

/// The schedule as machines read it: the obligations of a report, as `repocheck schedule --format json` and
/// `POST /v1/schedule` give them.
public struct ScheduleDocument: Sendable, Hashable, Codable {
    /// The case's id.
    public var caseID: String
    /// The zone the local times are in.
    public var timezone: String
    /// The instant the case was judged at.
    public var asOf: String
    /// Every obligation triggered so far, sorted by its bound.
    public var obligations: [Obligation]
    /// Which law and engine.
    public var provenance: Report.Provenance

    /// The schedule part of `report`.
    public init(_ report: Report) {
        caseID = report.caseID
        timezone = report.timezone
        asOf = report.asOf
        obligations = report.obligations
        provenance = report.provenance
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case timezone
        case asOf = "as_of"
        case obligations, provenance
    }
}
