// swift-tools-version: 6.1
// Performance harness for AIYearbook: a nested package that depends on the root by path.
// Run Benchmarks/run.sh: it builds this in release mode, runs the same workloads in
// pandas and DuckDB on the same exported data, and reports ratios measured in one run.
import Foundation
import PackageDescription

let rootIdentity = URL(fileURLWithPath: Context.packageDirectory)
  .deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "YearbookBenchmarks",
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "YearbookBenchmarks",
      dependencies: [.product(name: "AIYearbook", package: rootIdentity)]
    )
  ],
  swiftLanguageModes: [.v6]
)
