import NIOConcurrencyHelpers
import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports
import RepoCheckRules

/// The rule pack being served. A reload loads and validates the new pack completely before it replaces
/// the old one in a single step, so a request sees either pack whole, and a pack that fails to load
/// leaves the old one serving.
public final class PackStore: Sendable {
    /// The pack in service, with what the routes need ready-made.
    public struct Current: Sendable {
        /// The validated pack.
        public let pack: RulePack
        /// The evaluator over it.
        public let evaluator: Evaluator
        /// Warnings from loading it.
        public let warnings: [Diagnostic]
        /// `GET /v1/rules`: the catalogue as `repocheck rules list --format json` prints it.
        let catalogue: String

        init(_ loaded: RulePackLoader.Loaded) {
            pack = loaded.pack
            evaluator = Evaluator(pack: loaded.pack)
            warnings = loaded.warnings
            catalogue = JSONReport.encode(RuleCatalog.entries(loaded.pack), pretty: true) + "\n"
        }
    }

    /// Where packs are loaded from.
    public let source: ServerConfiguration.RuleSource
    private let box: NIOLockedValueBox<Current>
    private let reloadLock = NIOLock()

    /// Loads the first pack.
    ///
    /// - Throws: `DiagnosticsError` with every problem when the pack does not load.
    public init(source: ServerConfiguration.RuleSource) throws(DiagnosticsError) {
        self.source = source
        box = NIOLockedValueBox(Current(try Self.load(source).get()))
    }

    /// The pack in service now.
    public var current: Current { box.withLockedValue { $0 } }

    /// Loads the pack again from `source`; on success it replaces the current one, on failure the current
    /// one stays and the diagnostics say why. Reloads run one at a time.
    public func reload() -> Result<Current, DiagnosticsError> {
        reloadLock.withLock {
            Self.load(source).map { loaded in
                let fresh = Current(loaded)
                box.withLockedValue { $0 = fresh }
                return fresh
            }
        }
    }

    private static func load(_ source: ServerConfiguration.RuleSource) -> Result<RulePackLoader.Loaded, DiagnosticsError> {
        switch source {
        case .bundled: BundledRules.load()
        case .directory(let path): RulePackLoader.load(directory: path)
        }
    }
}
