// swift-tools-version: 6.1
// An analysis report: a Markdown file with SVG charts, every figure footnoted with its citation.
// A nested package that depends on the root by path.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which depends on where the
/// repository was cloned; compute it instead of assuming "AIYearbook".
let rootIdentity = URL(fileURLWithPath: Context.packageDirectory)
  .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "AnalysisReport",
  products: [
    .executable(name: "AnalysisReport", targets: ["AnalysisReport"]),
    .library(name: "AnalysisReportKit", targets: ["AnalysisReportKit"]),
  ],
  dependencies: [.package(path: "../..")],
  targets: [
    .target(
      name: "AnalysisReportKit",
      dependencies: [.product(name: "AIYearbook", package: rootIdentity)]
    ),
    .executableTarget(name: "AnalysisReport", dependencies: ["AnalysisReportKit"]),
    .testTarget(name: "AnalysisReportTests", dependencies: ["AnalysisReportKit"]),
  ],
  swiftLanguageModes: [.v6]
)
