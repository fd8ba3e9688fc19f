// swift-tools-version:6.2
import PackageDescription

/// libFuzzer targets for RepoCheck's loaders, kept out of the root package so its normal build never sees the
/// sanitizer flags. Build from this folder (see `fuzz.sh`):
/// `swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
/// -Xswiftc -use-ld=lld`.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error), .enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "RepoCheckFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "RepoCheck", path: "../..")],
    targets: [
        .target(name: "FuzzHarness", dependencies: [.product(name: "RepoCheck", package: "RepoCheck")], swiftSettings: strict),
        .executableTarget(name: "FuzzRulePack", dependencies: ["FuzzHarness"], swiftSettings: strict),
        .executableTarget(name: "FuzzCaseYAML", dependencies: ["FuzzHarness"], swiftSettings: strict),
        .executableTarget(name: "FuzzCaseJSON", dependencies: ["FuzzHarness"], swiftSettings: strict),
        .executableTarget(name: "FuzzNDJSON", dependencies: ["FuzzHarness"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
