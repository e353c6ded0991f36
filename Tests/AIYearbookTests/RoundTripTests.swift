import AIYearbook
import Foundation
import Testing

/// Determinism and compatibility (issue 13, part 5): export → read → export gives
/// the same bytes in JSON and JSON Lines, the CSV of what was read back is the first
/// CSV, and a file written by a newer 1.x schema reads, validates with warnings and
/// re-exports everything this version understands.
@Suite("Round trips")
struct RoundTripTests {
  /// The data sets the round trips start from: the embedded data and the fixtures.
  static let sources = ["embedded", "sample.json", "analysis.json", "corpus/base.json"]

  static func dataset(_ source: String) throws -> Dataset {
    if source == "embedded" { return try Yearbook.embedded().exportedDataset() }
    return try TestSupport.fixtureYearbook(source).exportedDataset()
  }

  static func reread(_ bytes: Data, name: String) throws -> Dataset {
    try Yearbook.load([DatasetInput(name: name, data: bytes)], includingEmbedded: false).exportedDataset()
  }

  @Test("JSON: export → read → export gives the same bytes", arguments: sources)
  func jsonExportIsAFixedPoint(_ source: String) throws {
    let first = try CanonicalJSON.encode(try Self.dataset(source))
    let second = try CanonicalJSON.encode(try Self.reread(first, name: "export.json"))
    #expect(first == second, "\(source): \(first.count) bytes, then \(second.count)")
    // Read over the embedded data, the export's equal copies merge silently and change nothing.
    if source == "embedded" {
      let merged = try Yearbook.load([DatasetInput(name: "export.json", data: first)]).exportedDataset()
      #expect(try CanonicalJSON.encode(merged) == first)
    }
  }

  @Test("JSON Lines: export → read → export gives the same bytes", arguments: sources)
  func jsonLinesExportIsAFixedPoint(_ source: String) throws {
    let dataset = try Self.dataset(source)
    let first = try JSONLinesExport.render(dataset)
    let reread = try Self.reread(Data(first.utf8), name: "export.jsonl")
    let second = try JSONLinesExport.render(reread)
    #expect(first == second, "\(source): \(first.utf8.count) bytes, then \(second.utf8.count)")
    // What JSON Lines gives back is the same data the JSON export holds.
    #expect(try CanonicalJSON.encode(reread) == CanonicalJSON.encode(dataset))
  }

  @Test("CSV: the CSV of what was read back is the first CSV", arguments: sources)
  func csvOfTheReadBackDataIsTheSame(_ source: String) throws {
    let dataset = try Self.dataset(source)
    let fromJSON = try Self.reread(try CanonicalJSON.encode(dataset), name: "export.json")
    let fromLines = try Self.reread(Data(try JSONLinesExport.render(dataset).utf8), name: "export.jsonl")
    for kind in ElementKind.records {
      let first = try CSVExport.render(dataset, kind: kind)
      #expect(first.hasPrefix("id,"), "\(source) \(kind): \(first.prefix(40))")
      #expect(try CSVExport.render(fromJSON, kind: kind) == first, "\(source) \(kind) via JSON")
      #expect(try CSVExport.render(fromLines, kind: kind) == first, "\(source) \(kind) via JSON Lines")
    }
  }

  // MARK: A file written by a newer 1.x schema

  /// Fields a later 1.x version might add, at every level the export has: where, the key, its value as JSON.
  static let newerFields: [(path: String, key: String, json: String)] = [
    ("", "generator", #""yearbook 1.9""#),
    ("sources[0]", "license", #""CC-BY-4.0""#),
    ("organizations[0]", "founded", #""2021""#),
    ("products[0]", "contextWindow", "128000"),
    ("benchmarks[0]", "url", #""https://example.org/arena""#),
    ("metrics[0]", "aggregation", #""sum""#),
    ("events[0]", "sentiment", #""positive""#),
    ("events[0].citations[0]", "page", "3"),
    ("benchmarkResults[0]", "harness", #"{"version": 2}"#),
    ("benchmarkResults[0].score", "stderr", "0.4"),
    ("fundingRounds[0]", "leadCountry", #""US""#),
    ("fundingRounds[0].amount", "exchangeRate", "7.2"),
    ("fundingRounds[0].parties[0]", "share", "0.6"),
    ("regulations[0]", "articles", "42"),
    ("regulations[0].milestones[0]", "note", #""first draft""#),
    ("statistics[2]", "sampleSize", "1200"),
    ("statistics[2].breakdown", "order", "1"),
  ]

  /// Where an unknown field draws no warning: objects nested in an element, other than citations.
  static let droppedSilently: Set<String> = [
    "benchmarkResults[0].score", "fundingRounds[0].amount", "fundingRounds[0].parties[0]",
    "regulations[0].milestones[0]", "statistics[2].breakdown",
  ]

  /// Vocabulary values this version does not list (path, value).
  static let newerVocabulary: [(String, String)] = [
    ("organizations[0].kind", "cooperative"),
    ("products[0].kind", "worldModel"),
    ("events[0].category", "quantumLeap"),
    ("events[0].tags[0]", "holograms"),
    ("benchmarkResults[0].outcome", "tied"),
    ("fundingRounds[0].kind", "tokenSale"),
    ("fundingRounds[0].parties[1].role", "coInvestor"),
    ("regulations[0].status", "suspended"),
    ("regulations[0].milestones[1].kind", "amended"),
    ("statistics[0].kind", "leaked"),
    ("statistics[0].value.unit", "persons"),
  ]

  /// The corpus base fixture as a file of schema 1.9.0 with the newer fields and vocabulary.
  static func newerFile() throws -> (original: [String: Any], newer: [String: Any]) {
    let data = try TestSupport.fixtureData("corpus/base.json")
    let original = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var newer = original
    newer["schemaVersion"] = "1.9.0"
    for (path, key, json) in newerFields {
      let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
      newer = try JSONPath.setting(value, at: path.isEmpty ? key : path + "." + key, in: newer)
    }
    for (path, value) in newerVocabulary { newer = try JSONPath.setting(value, at: path, in: newer) }
    return (original, newer)
  }

  @Test func aNewerMinorVersionValidatesWithWarningsAndReexportsWhatThisVersionKnows() throws {
    let (original, newer) = try Self.newerFile()
    let bytes = try JSONSerialization.data(withJSONObject: newer, options: [.sortedKeys, .prettyPrinted])
    let input = DatasetInput(name: "newer.json", data: bytes)
    for embedded in [false, true] {
      let report = Yearbook.validate([input], includingEmbedded: embedded)
      #expect(report.errors.isEmpty, "\(report.errors.map(\.description))")
      #expect(report.exitStatus == 0)
      // Every unknown vocabulary value is a warning naming its field.
      let vocabulary = report.warnings.filter { $0.rule == .unknownVocabulary }
      #expect(vocabulary.count == Self.newerVocabulary.count, "\(vocabulary.map(\.description))")
      for (path, value) in Self.newerVocabulary {
        #expect(vocabulary.contains { $0.message.contains("\"\(value)\"") }, "\(path)")
      }
      // Every unknown field of the file, of an element or of a citation is a warning naming its field.
      // Unknown fields deeper in an element (in an amount, a score, a party …) are dropped without one
      // (Documentation/Reliability.md lists them).
      let fields = report.warnings.filter { $0.rule == .unknownField }
      let warned = Self.newerFields.filter { !Self.droppedSilently.contains($0.path) }
      #expect(fields.count == warned.count, "\(fields.map(\.description))")
      for (path, key, _) in warned {
        let element = path.prefix { $0 != "." }
        let below = path.drop { $0 != "." }.dropFirst()
        let field = below.isEmpty ? key : below + "." + key
        #expect(
          fields.contains {
            path.isEmpty ? $0.path == "$" && $0.field == key : $0.path == "$.\(element)" && $0.field == field
          },
          "no warning for \(path) \(key): \(fields.map(\.description))")
      }
    }

    // Re-exported, the file keeps everything this version knows, the newer vocabulary included;
    // only the unknown fields are dropped.
    let yearbook = try Yearbook.load([input], includingEmbedded: false)
    let exported = try CanonicalJSON.encode(yearbook.exportedDataset())
    let reexported = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
    var expected = newer
    for (path, key, _) in Self.newerFields {
      expected = try JSONPath.setting(nil, at: path.isEmpty ? key : path + "." + key, in: expected)
    }
    #expect(reexported["schemaVersion"] as? String == "1.9.0", "the file's schema version is kept")
    #expect(NSDictionary(dictionary: reexported) == NSDictionary(dictionary: expected))
    for (path, value) in Self.newerVocabulary {
      #expect(try JSONPath.value(at: path, in: reexported) as? String == value, "\(path)")
    }
    // The base fixture alone re-exports to itself, so the comparison above is not vacuous.
    let base = try Yearbook.load(
      [DatasetInput(name: "base.json", data: try TestSupport.fixtureData("corpus/base.json"))], includingEmbedded: false
    )
    let baseExport = try JSONSerialization.jsonObject(with: try CanonicalJSON.encode(base.exportedDataset()))
    #expect(NSDictionary(dictionary: try #require(baseExport as? [String: Any])) == NSDictionary(dictionary: original))
    // The re-export draws only the vocabulary warnings (the values are still there) and is a fixed point.
    let again = Yearbook.validate([DatasetInput(name: "again.json", data: exported)], includingEmbedded: false)
    #expect(again.issues.count == Self.newerVocabulary.count, "\(again.issues.map(\.description))")
    #expect(again.issues.allSatisfy { $0.rule == .unknownVocabulary })
    #expect(try CanonicalJSON.encode(try Self.reread(exported, name: "again.json")) == exported)
  }
}

/// Reads and replaces values in `JSONSerialization` trees by paths like `events[0].citations[0]`.
enum JSONPath {
  enum Step {
    case key(String)
    case index(Int)
  }

  static func steps(_ path: String) -> [Step] {
    path.split(separator: ".").flatMap { part -> [Step] in
      var steps: [Step] = []
      let pieces = part.split(separator: "[", omittingEmptySubsequences: false)
      if let name = pieces.first, !name.isEmpty { steps.append(.key(String(name))) }
      for piece in pieces.dropFirst() { if let index = Int(piece.dropLast()) { steps.append(.index(index)) } }
      return steps
    }
  }

  static func value(at path: String, in root: Any) throws -> Any? {
    var node: Any? = root
    for step in steps(path) {
      switch step {
      case .key(let key): node = (node as? [String: Any])?[key]
      case .index(let index):
        guard let array = node as? [Any], array.indices.contains(index) else { return nil }
        node = array[index]
      }
    }
    return node
  }

  /// `root` with the value at `path` replaced (`nil` removes a member).
  static func setting<Root>(_ value: Any?, at path: String, in root: Root) throws -> Root {
    try #require(setting(value, steps(path)[...], in: root) as? Root)
  }

  private static func setting(_ value: Any?, _ steps: ArraySlice<Step>, in node: Any) throws -> Any {
    guard let step = steps.first else { return value as Any }
    switch step {
    case .key(let key):
      var object = try #require(node as? [String: Any], "not an object at \(key)")
      if steps.count == 1, value == nil {
        object[key] = nil
      } else {
        object[key] = try setting(value, steps.dropFirst(), in: object[key] ?? [String: Any]())
      }
      return object
    case .index(let index):
      var array = try #require(node as? [Any], "not an array at [\(index)]")
      try #require(array.indices.contains(index), "no element \(index)")
      array[index] = try setting(value, steps.dropFirst(), in: array[index])
      return array
    }
  }
}
