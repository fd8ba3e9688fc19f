/// A validated rule pack, ready to evaluate: rules, calendars, states and vocabulary.
///
/// Build it once and share it: it is immutable and safe to use from many threads at once.
public struct RulePack: Sendable {
    /// The pack's name (`repocheck-california`).
    public let name: String
    /// The pack's version.
    public let version: String
    /// The jurisdiction it encodes (`US-CA`).
    public let jurisdiction: String
    /// The date of the law the pack reflects.
    public let lawAsOf: CivilDate?
    /// SHA-256 of the pack's files, hex, so a report names exactly the law it applied.
    public let contentHash: String
    /// Event types and party roles.
    public let vocabulary: Vocabulary
    /// Named states (`bankruptcy_stay`).
    public let states: [String: StateDefinition]
    /// Every rule version, sorted by id then effective date.
    public let rules: [Rule]
    /// Period arithmetic over the pack's calendars.
    public let counter: PeriodCounter
    /// The law-coverage map, when the pack has one.
    public let coverage: Coverage?
    /// Settings of the pack that are not rules: defaults for pre-flight and the deadline calculator.
    public let settings: PackSettings

    /// Validates and assembles a pack.
    ///
    /// - Throws: `DiagnosticsError` listing every problem: two versions of one id in force on the
    ///   same day, or a calendar, state or event type that is used but not defined.
    public init(
        name: String, version: String, jurisdiction: String, lawAsOf: CivilDate?, contentHash: String,
        vocabulary: Vocabulary, calendars: [String: BusinessCalendar], states: [String: StateDefinition],
        dayCountingCitation: String, settings: PackSettings = PackSettings(), coverage: Coverage? = nil, rules: [Rule]
    ) throws(DiagnosticsError) {
        self.coverage = coverage
        self.settings = settings
        self.name = name
        self.version = version
        self.jurisdiction = jurisdiction
        self.lawAsOf = lawAsOf
        self.contentHash = contentHash
        self.vocabulary = vocabulary
        self.states = states
        self.rules = rules.sorted { ($0.id, $0.effectiveFrom?.dayNumber ?? .min) < ($1.id, $1.effectiveFrom?.dayNumber ?? .min) }
        counter = PeriodCounter(calendars: calendars, dayCountingCitation: dayCountingCitation)
        let problems = Self.versionConflicts(in: self.rules) + (coverage?.conflicts(with: self.rules) ?? [])
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticsError(problems) }
    }

    /// The versions of the rule with this id.
    public func versions(of id: String) -> [Rule] { rules.filter { $0.id == id } }

    /// The distinct rule ids, sorted.
    public var ruleIDs: [String] {
        var seen = Set<String>()
        return rules.map(\.id).filter { seen.insert($0).inserted }
    }

    /// Errors for versions of one rule id that are in force on the same day.
    public static func versionConflicts(in rules: [Rule]) -> [Diagnostic] {
        let sorted = rules.sorted { ($0.id, $0.effectiveFrom?.dayNumber ?? .min) < ($1.id, $1.effectiveFrom?.dayNumber ?? .min) }
        var problems: [Diagnostic] = []
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.id == later.id {
            let earlierEnd = earlier.effectiveTo?.dayNumber ?? .max
            let laterStart = later.effectiveFrom?.dayNumber ?? .min
            if laterStart <= earlierEnd {
                let place = earlier.location.map { " (the other is at \($0))" } ?? ""
                problems.append(
                    .error(
                        "pack.duplicate-id",
                        "two versions of rule `\(later.id)` are in force on the same day\(place)",
                        at: later.location,
                        hint: "give each version an `effective` range that ends before the next one starts"))
            }
        }
        return problems
    }
}
