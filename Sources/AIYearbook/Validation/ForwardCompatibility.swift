#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// Finds what a newer 1.x file holds that this library does not know: fields it
/// ignores and vocabulary values it keeps without knowing them. Both are
/// warnings: the file still loads.
enum ForwardCompatibility {
  /// The field names each collection's elements may hold: the coding keys of each type
  /// (``DatasetElement/fieldNames``), so a field added to a type is known here too.
  static let knownKeys: [String: Set<String>] = [
    "sources": Source.fieldNames,
    "organizations": Organization.fieldNames,
    "products": Product.fieldNames,
    "benchmarks": Benchmark.fieldNames,
    "metrics": Metric.fieldNames,
    "events": Event.fieldNames,
    "benchmarkResults": BenchmarkResult.fieldNames,
    "fundingRounds": FundingRound.fieldNames,
    "regulations": Regulation.fieldNames,
    "statistics": Statistic.fieldNames,
  ]
  static let citationKeys: Set<String> = ["source", "quote", "locator", "upstream", "statedValue", "statedDate"]
  static let topLevelKeys = Set(Dataset.exportKeys)

  /// Warnings for fields the library does not know, in a file in the export format.
  static func unknownFields(in data: Data, file: String) -> [ValidationIssue] {
    guard let root = try? JSONDecoder().decode(KeysOnly.self, from: data) else { return [] }
    var issues: [ValidationIssue] = []
    for key in root.keys.sorted() where !topLevelKeys.contains(key) {
      issues.append(warning(file, "$", nil, key, "unknown field (ignored by this version)", .unknownField))
    }
    for (collection, elements) in root.collections.sorted(by: { $0.key < $1.key }) {
      let known = knownKeys[collection] ?? []
      for (index, element) in elements.enumerated() {
        let path = "$.\(collection)[\(index)]"
        for key in element.keys.sorted() where !known.contains(key) {
          issues.append(warning(file, path, element.id, key, "unknown field (ignored by this version)", .unknownField))
        }
        for (citationIndex, keys) in element.citationKeys.enumerated() {
          for key in keys.sorted() where !citationKeys.contains(key) {
            issues.append(
              warning(
                file, path, element.id, "citations[\(citationIndex)].\(key)", "unknown field (ignored by this version)",
                .unknownField))
          }
        }
      }
    }
    return issues
  }

  /// Warnings for vocabulary values this version does not list (they are kept and re-encoded unchanged).
  static func unknownVocabulary(in dataset: Dataset, file: String) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    func check<T: VocabularyTerm>(_ term: T, _ path: String, _ id: String, _ field: String) {
      if !term.isKnown {
        issues.append(
          warning(
            file, path, id, field, "\"\(term.rawValue)\" is not in this version's vocabulary (kept as is)",
            .unknownVocabulary))
      }
    }
    func checkRecord<R: Record>(_ record: R, _ path: String) {
      for (index, tag) in record.tags.enumerated() { check(tag, path, record.id.rawValue, "tags[\(index)]") }
    }
    for (index, event) in dataset.events.enumerated() {
      let path = "$.events[\(index)]"
      checkRecord(event, path)
      check(event.category, path, event.id.rawValue, "category")
    }
    for (index, result) in dataset.benchmarkResults.enumerated() {
      let path = "$.benchmarkResults[\(index)]"
      checkRecord(result, path)
      check(result.outcome, path, result.id.rawValue, "outcome")
    }
    for (index, round) in dataset.fundingRounds.enumerated() {
      let path = "$.fundingRounds[\(index)]"
      checkRecord(round, path)
      check(round.kind, path, round.id.rawValue, "kind")
      check(round.status, path, round.id.rawValue, "status")
      for (partyIndex, party) in round.parties.enumerated() {
        check(party.role, path, round.id.rawValue, "parties[\(partyIndex)].role")
      }
    }
    for (index, regulation) in dataset.regulations.enumerated() {
      let path = "$.regulations[\(index)]"
      checkRecord(regulation, path)
      check(regulation.category, path, regulation.id.rawValue, "category")
      check(regulation.status, path, regulation.id.rawValue, "status")
    }
    for (index, statistic) in dataset.statistics.enumerated() {
      let path = "$.statistics[\(index)]"
      checkRecord(statistic, path)
      check(statistic.kind, path, statistic.id.rawValue, "kind")
      check(statistic.measure, path, statistic.id.rawValue, "measure")
      check(statistic.value.unit, path, statistic.id.rawValue, "value.unit")
      if let breakdown = statistic.breakdown {
        check(Statistic.Breakdown.Dimension(breakdown.dimension), path, statistic.id.rawValue, "breakdown.dimension")
      }
    }
    return issues
  }

  static func warning(
    _ file: String, _ path: String, _ id: String?, _ field: String, _ message: String, _ rule: ValidationRule
  ) -> ValidationIssue {
    ValidationIssue(file: file, path: path, id: id, field: field, message: message, rule: rule)
  }

  /// The keys of the export object and of each element of its arrays, and nothing else.
  private struct KeysOnly: Decodable {
    var keys: [String] = []
    var collections: [String: [Element]] = [:]

    struct Element: Decodable {
      var id: String?
      var keys: [String]
      var citationKeys: [[String]]

      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        keys = container.allKeys.map(\.stringValue)
        id = try? container.decodeIfPresent(String.self, forKey: AnyCodingKey("id"))
        var citations: [[String]] = []
        if var list = try? container.nestedUnkeyedContainer(forKey: AnyCodingKey("citations")) {
          while !list.isAtEnd {
            guard let citation = try? list.nestedContainer(keyedBy: AnyCodingKey.self) else { break }
            citations.append(citation.allKeys.map(\.stringValue))
          }
        }
        citationKeys = citations
      }
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: AnyCodingKey.self)
      keys = container.allKeys.map(\.stringValue)
      for key in container.allKeys where ForwardCompatibility.knownKeys[key.stringValue] != nil {
        if let elements = try? container.decode([Element].self, forKey: key) {
          collections[key.stringValue] = elements
        }
      }
    }
  }
}

extension DatasetValidator {
  /// Warnings for a file in the export format: fields and vocabulary values this
  /// version does not know. They do not stop the file from loading.
  ///
  /// - Parameters:
  ///   - data: The file's bytes (for its field names).
  ///   - dataset: The decoded file.
  ///   - file: The name warnings report.
  public static func warnings(in data: Data, decodedAs dataset: Dataset, file: String) -> [ValidationIssue] {
    ForwardCompatibility.unknownFields(in: data, file: file)
      + ForwardCompatibility.unknownVocabulary(in: dataset, file: file)
  }
}
