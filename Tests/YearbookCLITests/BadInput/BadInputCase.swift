import AIYearbook
import Foundation
import Testing

/// One case of the bad-input corpus: the files to validate, and what the library and
/// `yearbook validate` must say about them.
struct BadInputCase: Sendable, CustomTestStringConvertible {
  /// What kind of bad input the case is (Documentation/Reliability.md counts them).
  enum Category: String, Sendable, CaseIterable {
    case hostileBytes = "hostile bytes"
    case shape = "top-level shape"
    case wrongType = "wrong types"
    case missingField = "missing fields"
    case identifiers = "identifiers"
    case duplicates = "duplicate ids"
    case dates = "dates"
    case numbers = "numbers"
    case codes = "currency and unit codes"
    case references = "dangling references"
    case citations = "citations and quotes"
    case schemaVersion = "schema version"
    case rules = "other integrity rules"
    case jsonLines = "JSON Lines"
  }

  /// Where a file's bytes come from.
  enum Input: Sendable {
    /// A file under Tests/Fixtures/Yearbook/hostile/, as it is.
    case hostile(String)
    /// The base fixture (Tests/Fixtures/Yearbook/corpus/base.json) with the mutations applied.
    case base([CorpusMutation])
    /// The same, written as JSON Lines.
    case baseLines([CorpusMutation])
  }

  /// One file of a case.
  struct File: Sendable {
    var name: String
    var input: Input
  }

  /// One problem the case must draw, and where.
  struct Expected: Sendable, CustomStringConvertible {
    var rule: ValidationRule
    /// The file; `nil` for the case's first file.
    var file: String?
    var path: String
    var id: String?
    var field: String
    /// A part of the message.
    var message: String

    var description: String {
      "\(rule) \(file ?? "") \(path) (\(id ?? "-")) \(field): …\(message)…"
    }
  }

  var name: String
  var category: Category
  var files: [File]
  /// Whether the embedded data takes part (references resolve in it, duplicates are checked against it).
  var includingEmbedded = false
  var expected: [Expected]

  /// `yearbook validate`'s exit status: 2 when a file cannot be read as UTF-8 JSON, 1 for any other error,
  /// 0 when only warnings are expected.
  var exitStatus: Int32 {
    if expected.contains(where: { $0.rule == .readable }) { return 2 }
    return expected.contains(where: { !$0.rule.isWarning }) ? 1 : 0
  }

  var testDescription: String { "\(category.rawValue): \(name)" }

  /// The file every expectation without a file names.
  var firstFile: String { files.first?.name ?? "" }

  /// The case's files with their bytes.
  func inputs() throws -> [DatasetInput] {
    try files.map { DatasetInput(name: $0.name, data: try BadInputCorpus.bytes(of: $0.input)) }
  }
}

/// How the corpus builds its inputs.
enum BadInputCorpus {
  static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/Yearbook")

  /// The one valid base fixture every schema-level case changes.
  static let base: CorpusJSON = {
    let url = fixtures.appendingPathComponent("corpus/base.json")
    guard let data = try? Data(contentsOf: url), let document = try? JSONDecoder().decode(CorpusJSON.self, from: data)
    else { return .null }
    return document
  }()

  static func bytes(of input: BadInputCase.Input) throws -> Data {
    switch input {
    case .hostile(let name):
      return try Data(contentsOf: fixtures.appendingPathComponent("hostile/" + name))
    case .base(let mutations):
      return Data((mutated(mutations).text() + "\n").utf8)
    case .baseLines(let mutations):
      return Data(mutated(mutations).jsonLines().utf8)
    }
  }

  static func mutated(_ mutations: [CorpusMutation]) -> CorpusJSON {
    var document = base
    for mutation in mutations { mutation.apply(to: &document) }
    return document
  }
}

// MARK: - Building the table

extension BadInputCase {
  /// A case over one mutated copy of the base fixture, named `NAME.json`.
  static func mutated(
    _ name: String, _ category: Category, _ mutations: [CorpusMutation], embedded: Bool = false,
    _ expected: [Expected]
  ) -> BadInputCase {
    BadInputCase(
      name: name, category: category, files: [File(name: name + ".json", input: .base(mutations))],
      includingEmbedded: embedded, expected: expected)
  }

  /// A case over one hostile file, which cannot be read (exit 2).
  static func hostile(_ file: String, _ category: Category = .hostileBytes, message: String) -> BadInputCase {
    BadInputCase(
      name: String(file.prefix { $0 != "." }), category: category, files: [File(name: file, input: .hostile(file))],
      expected: [.unreadable(message)])
  }
}

extension BadInputCase.Expected {
  /// An error in a record or entity.
  static func error(
    _ rule: ValidationRule, _ path: String, _ id: String?, _ field: String, _ message: String, file: String? = nil
  ) -> Self {
    Self(rule: rule, file: file, path: path, id: id, field: field, message: message)
  }

  /// A warning (the data still loads).
  static func warning(_ rule: ValidationRule, _ path: String, _ id: String?, _ field: String, _ message: String) -> Self
  {
    Self(rule: rule, file: nil, path: path, id: id, field: field, message: message)
  }

  /// A decoding error in a record or entity.
  static func schema(_ path: String, _ id: String?, _ field: String, _ message: String, file: String? = nil) -> Self {
    Self(rule: .schema, file: file, path: path, id: id, field: field, message: message)
  }

  /// The whole file cannot be read as UTF-8 JSON in the export format.
  static func unreadable(_ message: String) -> Self {
    Self(rule: .readable, file: nil, path: "$", id: nil, field: "", message: message)
  }
}
