// swift-tools-version: 6.1
// libFuzzer targets for AIYearbook: a nested package that depends on the root by path.
// Run Fuzz/run.sh SECONDS: it builds these with AddressSanitizer and coverage
// instrumentation, links libFuzzer's `fuzzer_no_main` runtime and runs each target.
// A plain `swift build` here links a stand-in driver that runs each file argument once
// (a reproducer runner). The recipe is in Fuzz/README.md.
import Foundation
import PackageDescription

let rootIdentity = URL(fileURLWithPath: Context.packageDirectory)
  .deletingLastPathComponent().lastPathComponent.lowercased()

func fuzzTarget(_ name: String) -> Target {
  .executableTarget(
    name: name,
    dependencies: [
      "FuzzDriver", "FuzzSupport",
      .product(name: "AIYearbook", package: rootIdentity),
      .product(name: "AIYearbookCore", package: rootIdentity),
    ]
  )
}

let package = Package(
  name: "YearbookFuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .target(name: "FuzzDriver"),
    .target(name: "FuzzSupport", dependencies: ["FuzzDriver"]),
    fuzzTarget("FuzzDate"),
    fuzzTarget("FuzzExport"),
    fuzzTarget("FuzzFastDecoding"),
    fuzzTarget("FuzzCSV"),
  ],
  swiftLanguageModes: [.v6]
)
