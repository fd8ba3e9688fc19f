// swift-tools-version:6.2
import PackageDescription

/// Settings for every target we own: Swift 6 strict concurrency, warnings are errors.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// What the `RepoCheckRules` target must not treat as its own: everything at the package root but `rules/`
/// and its one source folder. The target lives at the root so `rules/` is copied as a resource from where it
/// is maintained. Only paths every clone has are listed (SwiftPM warns about a missing one); hidden entries
/// such as `.build` are ignored by SwiftPM anyway.
let notBundledRules = [
    ".ci", "docs", "examples", "Tests", "README.md", "Package.swift",
    "Sources/CZlib", "Sources/RepoCheckCore", "Sources/RepoCheckLoader", "Sources/RepoCheckReports", "Sources/repocheck",
    "Sources/repocheck-gen", "Sources/RepoCheckGenerator", "Sources/RepoCheckServer", "Sources/repocheck-server",
]

let package = Package(
    name: "RepoCheck",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "RepoCheck", targets: ["RepoCheckCore", "RepoCheckLoader", "RepoCheckReports", "RepoCheckRules"]),
        .executable(name: "repocheck", targets: ["repocheck"]),
        .executable(name: "repocheck-server", targets: ["repocheck-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        // The HTTP service only (RepoCheckServer, repocheck-server): never a dependency of the `repocheck` CLI.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        .target(name: "RepoCheckCore", swiftSettings: strict),
        .target(
            name: "RepoCheckLoader",
            dependencies: ["RepoCheckCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(
            name: "RepoCheckReports", dependencies: ["RepoCheckCore", .product(name: "CSV", package: "CSV.swift")], swiftSettings: strict),
        // The bundled rule pack: the repository's `rules/` folder as a resource. The target lives at the
        // package root so the folder is copied from where it is maintained, with no duplicate.
        .target(
            name: "RepoCheckRules", dependencies: ["RepoCheckCore", "RepoCheckLoader"], path: ".", exclude: notBundledRules,
            sources: ["Sources/RepoCheckRules"], resources: [.copy("rules")],
            swiftSettings: strict
        ),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .executableTarget(
            name: "repocheck",
            dependencies: [
                "RepoCheckCore", "RepoCheckLoader", "RepoCheckReports", "RepoCheckRules", "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // The portfolio generator: a library (benchmarks and tests make cases in process) and a thin executable.
        .target(name: "RepoCheckGenerator", dependencies: ["RepoCheckCore"], swiftSettings: strict),
        .executableTarget(
            name: "repocheck-gen",
            dependencies: [
                "RepoCheckCore", "RepoCheckGenerator", "RepoCheckLoader", "RepoCheckRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // The HTTP service: a library testable without sockets, and a thin executable over it.
        .target(
            name: "RepoCheckServer",
            dependencies: [
                "RepoCheckCore", "RepoCheckLoader", "RepoCheckReports", "RepoCheckRules",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "repocheck-server",
            dependencies: [
                "RepoCheckServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(name: "RepoCheckTestSupport", path: "Tests/Support", swiftSettings: strict),
        .testTarget(name: "RepoCheckCoreTests", dependencies: ["RepoCheckCore"], swiftSettings: strict),
        .testTarget(
            name: "RepoCheckServerTests",
            dependencies: [
                "RepoCheckServer", "RepoCheckCore", "RepoCheckLoader", "RepoCheckReports", "RepoCheckRules", "RepoCheckTestSupport",
                // The CLI is built so a test can replay a decision-log entry with `repocheck check`.
                "repocheck",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "RepoCheckLibraryTests",
            dependencies: ["RepoCheckCore", "RepoCheckLoader", "RepoCheckReports", "RepoCheckRules", "RepoCheckTestSupport"],
            swiftSettings: strict),
        .testTarget(name: "RepoCheckReportsTests", dependencies: ["RepoCheckCore", "RepoCheckReports"], swiftSettings: strict),
        .testTarget(
            name: "RepoCheckLoaderTests",
            dependencies: [
                "RepoCheckCore", "RepoCheckLoader", "RepoCheckGenerator", "RepoCheckTestSupport", .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "RepoCheckGeneratorTests",
            dependencies: ["RepoCheckGenerator", "RepoCheckCore", "RepoCheckLoader", "RepoCheckRules"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "RepoCheckCLITests",
            dependencies: ["repocheck", "repocheck-gen", "RepoCheckTestSupport"],
            exclude: ["Golden", "Fixtures"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
