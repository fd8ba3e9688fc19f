// swift-tools-version:6.2
import Foundation
import PackageDescription

/// Settings for every target we own: Swift 6 strict concurrency, warnings are errors.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Everything under the package root except `rules/` and the bundled pack's one source folder: the
/// `RepoCheckRules` target lives at the root so `rules/` is copied as a resource from where it is maintained.
let notBundledRules: [String] = {
    let root = Context.packageDirectory
    let top = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    let sources = (try? FileManager.default.contentsOfDirectory(atPath: root + "/Sources")) ?? []
    return top.filter { $0 != "rules" && $0 != "Sources" } + sources.filter { $0 != "RepoCheckRules" }.map { "Sources/" + $0 }
}()

let package = Package(
    name: "RepoCheck",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "RepoCheck", targets: ["RepoCheckCore", "RepoCheckLoader", "RepoCheckReports", "RepoCheckRules"]),
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
        // The bundled rule pack: the repository's `rules/` folder as a resource. The target lives at the
        // package root so the folder is copied from where it is maintained, with no duplicate.
        .target(
            name: "RepoCheckRules", dependencies: ["RepoCheckCore", "RepoCheckLoader"], path: ".", exclude: notBundledRules,
            sources: ["Sources/RepoCheckRules"], resources: [.copy("rules")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "repocheck",
            dependencies: [
                "RepoCheckCore", "RepoCheckLoader", "RepoCheckReports", "RepoCheckRules",
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
