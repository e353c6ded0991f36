import AIYearbook
import Foundation
import Testing

/// Paths and loaders shared by the test files.
enum TestSupport {
  /// The package's root folder (two levels above this file's folder).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // AIYearbookTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root

  /// `Sources/AIYearbook/Resources`: the canonical data files.
  static let resourcesDirectory = packageRoot.appendingPathComponent("Sources/AIYearbook/Resources")

  /// `Tests/Fixtures/Yearbook`: small hand-written files in the export format.
  static let fixturesDirectory = packageRoot.appendingPathComponent("Tests/Fixtures/Yearbook")

  /// The five source documents, next to the checkout (`../shared/seeds`); absent on a user's clone.
  /// `AIYEARBOOK_SEEDS` names another folder.
  static let seedsDirectory: URL = {
    if let path = ProcessInfo.processInfo.environment["AIYEARBOOK_SEEDS"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
  }()

  /// Whether the source documents are on this machine.
  static var seedsAvailable: Bool {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
    return names.contains { $0.hasSuffix(".txt") }
  }

  /// Whether the tests run under continuous integration (`CI` is set).
  static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

  /// The first executable called `name` on `PATH`, if any.
  static func executableInPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// The URL of a fixture file (`sample.json`, `invalid/duplicate-id.json`).
  static func fixtureURL(_ name: String) -> URL { fixturesDirectory.appendingPathComponent(name) }

  /// The bytes of a fixture file.
  static func fixtureData(_ name: String) throws -> Data { try Data(contentsOf: fixtureURL(name)) }

  /// A fixture decoded with the library's reader (the export format).
  static func fixtureDataset(_ name: String) throws -> Dataset {
    let url = fixtureURL(name)
    return try DatasetReader.decodeDataset(from: Data(contentsOf: url), file: url.lastPathComponent)
  }

  /// A fixture as a yearbook of its own (the embedded data left out).
  static func fixtureYearbook(_ name: String) throws -> Yearbook {
    try Yearbook(contentsOf: fixtureURL(name), includingEmbedded: false)
  }

  /// `sample.json`: events, funding rounds and statistics for queries and aggregates.
  static func sample() throws -> Yearbook { try fixtureYearbook("sample.json") }

  /// `analysis.json`: benchmarks, conflicts, a breakdown, a series and an organization tree.
  static func analysis() throws -> Yearbook { try fixtureYearbook("analysis.json") }

  /// A partial date from text, for building expectations.
  static func date(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }

  /// A date period from text, for building expectations.
  static func period(_ text: String) throws -> DatePeriod { try DatePeriod(parsing: text) }
}

extension Array where Element: Record {
  /// The records' identifiers as strings, in order.
  var ids: [String] { map(\.id.rawValue) }
}

extension Record {
  /// Every quote of the record, in citation order.
  var quotes: [String] { citations.map(\.quote) }
}
