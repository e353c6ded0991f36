// swift-tools-version: 6.1
// An HTTP service over AIYearbook: the API is written first as an OpenAPI 3.1
// document (Sources/YearbookService/openapi.yaml), implemented with
// swift-openapi-generator and served by Hummingbird 2, with a web explorer in Public/.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which depends on where the
/// repository was cloned; compute it instead of assuming "AIYearbook".
let rootIdentity = URL(fileURLWithPath: Context.packageDirectory)
  .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "Service",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(path: "../.."),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
    .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
    .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
  ],
  targets: [
    .target(
      name: "YearbookService",
      dependencies: [
        .product(name: "AIYearbook", package: rootIdentity),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
        .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
      ],
      swiftSettings: strictSettings,
      plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
    ),
    .executableTarget(
      name: "YearbookServer",
      dependencies: ["YearbookService"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "YearbookServiceTests",
      dependencies: [
        "YearbookService",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
