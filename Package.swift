// swift-tools-version:6.2
import PackageDescription

/// Settings for every target we own: Swift 6 strict concurrency, warnings are errors.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "RepoCheck",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "RepoCheck", targets: ["RepoCheckCore", "RepoCheckLoader", "RepoCheckReports"]),
        .executable(name: "repocheck", targets: ["repocheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .target(name: "RepoCheckCore", swiftSettings: strict),
        .target(
            name: "RepoCheckLoader",
            dependencies: ["RepoCheckCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(name: "RepoCheckReports", dependencies: ["RepoCheckCore"], swiftSettings: strict),
        .executableTarget(
            name: "repocheck",
            dependencies: [
                "RepoCheckCore", "RepoCheckLoader", "RepoCheckReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(name: "RepoCheckTestSupport", path: "Tests/Support", swiftSettings: strict),
        .testTarget(name: "RepoCheckCoreTests", dependencies: ["RepoCheckCore"], swiftSettings: strict),
        .testTarget(
            name: "RepoCheckLoaderTests",
            dependencies: ["RepoCheckCore", "RepoCheckLoader", "RepoCheckTestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "RepoCheckCLITests",
            dependencies: ["repocheck", "RepoCheckTestSupport"],
            exclude: ["Golden", "Fixtures"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
