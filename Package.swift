// swift-tools-version: 6.1
//
// AIYearbook: a typed, queryable, citable dataset of the AI industry in 2024–2025,
// extracted from five Chinese-language reports. The root package depends on
// Foundation only; tooling with outside dependencies lives in nested packages
// (Examples/, Benchmarks/).

import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "AIYearbook",
  products: [
    .library(name: "AIYearbookCore", targets: ["AIYearbookCore"]),
    .library(name: "AIYearbook", targets: ["AIYearbook"]),
    .executable(name: "yearbook", targets: ["yearbook"]),
  ],
  targets: [
    .target(
      name: "AIYearbookCore",
      swiftSettings: strictSettings
    ),
    .target(
      name: "AIYearbook",
      dependencies: ["AIYearbookCore"],
      exclude: ["Resources"],
      swiftSettings: strictSettings,
      plugins: ["EmbedResources"]
    ),
    .executableTarget(
      name: "yearbook",
      dependencies: ["AIYearbook"],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "canonicalize-resources",
      dependencies: ["AIYearbook"],
      path: "Tools/CanonicalizeResources"
    ),
    .executableTarget(
      name: "EmbedResourcesTool",
      path: "Plugins/EmbedResourcesTool"
    ),
    .plugin(
      name: "EmbedResources",
      capability: .buildTool(),
      dependencies: ["EmbedResourcesTool"]
    ),
    .testTarget(
      name: "AIYearbookCoreTests",
      dependencies: ["AIYearbookCore"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AIYearbookTests",
      dependencies: ["AIYearbook"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "DocExampleTests",
      dependencies: ["AIYearbook"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "YearbookCLITests",
      dependencies: ["AIYearbook"],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
