// swift-tools-version: 6.1
// A tour of the AIYearbook API: a nested package that depends on the root by path.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which depends on where the
/// repository was cloned; compute it instead of assuming "AIYearbook".
let rootIdentity = URL(fileURLWithPath: Context.packageDirectory)
  .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "QuickTour",
  dependencies: [.package(path: "../..")],
  targets: [
    .executableTarget(name: "QuickTour", dependencies: [.product(name: "AIYearbook", package: rootIdentity)])
  ],
  swiftLanguageModes: [.v6]
)
