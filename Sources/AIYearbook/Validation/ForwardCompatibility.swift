#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// Finds what a newer 1.x file holds that this library does not know: fields it
/// ignores and vocabulary values it keeps without knowing them. Both are
/// warnings: the file still loads.
enum ForwardCompatibility {
  /// The field names of each collection's objects, by export key.
  static let knownKeys: [String: Set<String>] = Dictionary(
    uniqueKeysWithValues: ElementKind.allCases.map { ($0.exportKey, $0.elementType.fieldNames) })
  static let citationKeys: Set<String> = ["source", "quote", "locator", "upstream", "statedValue", "statedDate"]
  static let topLevelKeys = Set(Dataset.exportKeys)
  static let unknownFieldMessage = "unknown field (ignored by this version)"

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
    func check<E: DatasetElement>(_ type: E.Type) {
      for (index, element) in dataset[keyPath: E.elements].enumerated() {
        for use in element.vocabularyUses where !use.isKnown {
          issues.append(
            warning(
              file, "$.\(E.elementKind.exportKey)[\(index)]", element.id.rawValue, use.field,
              "\"\(use.value)\" is not in this version's vocabulary (kept as is)", .unknownVocabulary))
        }
      }
    }
    for kind in ElementKind.allCases { check(kind.elementType) }
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
