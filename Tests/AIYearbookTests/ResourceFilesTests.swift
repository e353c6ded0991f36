import AIYearbook
import Foundation
import Testing

/// The canonical-writer contract (DESIGN §4, §5): every resource file is exactly
/// what `CanonicalJSON` writes for its records sorted by id, so a diff of the
/// files reads as a change of facts.
@Suite("Resource files")
struct ResourceFilesTests {
  /// The record and entity files of `Sources/AIYearbook/Resources`.
  enum ResourceFile: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sources, organizations, products, benchmarks, metrics
    case events, benchmarkResults, fundingRounds, regulations, statistics

    var fileName: String { rawValue + ".json" }
    var testDescription: String { fileName }

    /// Decodes the file with the library's reader; returns the ids in file order, the
    /// canonical bytes of the elements sorted by id, and whether the embedded data holds
    /// the same elements.
    func check(_ data: Data, embedded: Dataset) throws -> (ids: [String], canonical: Data, matchesEmbedded: Bool) {
      let kind = try #require(ElementKind(exportKey: rawValue), "\(rawValue) names no collection")
      func check<E: DatasetElement>(_ type: E.Type) throws -> (ids: [String], canonical: Data, matchesEmbedded: Bool) {
        let elements = try DatasetReader.decodeArray(E.self, from: data, file: fileName)
        let sorted = elements.sorted { $0.id < $1.id }
        return (
          elements.map(\.id.rawValue), try CanonicalJSON.encode(sorted),
          Set(elements) == Set(embedded[keyPath: E.elements])
        )
      }
      return try check(kind.elementType)
    }
  }

  /// The versions file: `{schemaVersion, dataVersion, replacedIDs?}`.
  struct Meta: Codable, Equatable {
    var schemaVersion: String
    var dataVersion: String
    var replacedIDs: [String: String]?
  }

  static func resource(_ name: String) throws -> Data {
    try Data(contentsOf: TestSupport.resourcesDirectory.appendingPathComponent(name))
  }

  /// The first line where two byte strings differ, for a readable failure.
  static func firstDifference(_ actual: Data, _ expected: Data) -> String {
    let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = String(decoding: expected, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(actualLines.count, expectedLines.count) {
      let left = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
      let right = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
      if left != right {
        return "line \(index + 1): file has \(left.debugDescription), canonical is \(right.debugDescription)"
      }
    }
    return "no line differs (\(actual.count) vs \(expected.count) bytes)"
  }

  @Test("The Resources folder holds exactly the eleven files of the contract")
  func exactlyTheContractFiles() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.resourcesDirectory.path)
      .filter { !$0.hasPrefix(".") }
    let expected = ResourceFile.allCases.map(\.fileName) + ["meta.json"]
    #expect(Set(names) == Set(expected))
  }

  @Test("Re-encoding a resource file with the canonical writer gives its bytes", arguments: ResourceFile.allCases)
  func canonicalBytes(_ file: ResourceFile) throws {
    let data = try Self.resource(file.fileName)
    let embedded = try Yearbook.embedded().dataset
    let result = try file.check(data, embedded: embedded)
    #expect(!result.ids.isEmpty, "\(file.fileName) is empty")
    let identical = result.canonical == data
    #expect(
      identical,
      "\(file.fileName) is not in canonical form (run canonicalize-resources): \(Self.firstDifference(data, result.canonical))"
    )
    #expect(result.matchesEmbedded, "the embedded \(file.rawValue) differ from \(file.fileName): rebuild")
  }

  @Test("Each resource array is sorted by id, without repeats", arguments: ResourceFile.allCases)
  func sortedByID(_ file: ResourceFile) throws {
    let ids = try file.check(Self.resource(file.fileName), embedded: Yearbook.embedded().dataset).ids
    let unsorted = zip(ids, ids.dropFirst()).filter { !($0 < $1) }
    #expect(unsorted.isEmpty, "out of order or repeated in \(file.fileName): \(unsorted.prefix(5))")
  }

  @Test("meta.json is canonical and matches the embedded versions")
  func meta() throws {
    let data = try Self.resource("meta.json")
    let meta = try JSONDecoder().decode(Meta.self, from: data)
    let canonical = try CanonicalJSON.encode(meta)
    #expect(canonical == data, "meta.json is not in canonical form: \(Self.firstDifference(data, canonical))")
    let embedded = try YearbookVersion.embedded()
    #expect(embedded.data == meta.dataVersion)
    #expect(embedded.schema == meta.schemaVersion)
    #expect(meta.replacedIDs ?? [:] == Yearbook.replacedIDs)
    #expect(meta.schemaVersion == Dataset.currentSchemaVersion)
    let parts = meta.dataVersion.split(separator: ".", omittingEmptySubsequences: false)
    #expect(
      parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil },
      "dataVersion \(meta.dataVersion) is not semver X.Y.Z")
  }

  @Test("The export of the embedded data is canonical: encoding its decoding gives the same bytes")
  func exportRoundTrip() throws {
    let yearbook = try Yearbook.embedded()
    let bytes = try CanonicalJSON.encode(yearbook.exportedDataset())
    let decoded = try DatasetReader.decodeDataset(from: bytes, file: "export.json")
    #expect(decoded == yearbook.exportedDataset())
    #expect(try CanonicalJSON.encode(decoded) == bytes)
  }
}
