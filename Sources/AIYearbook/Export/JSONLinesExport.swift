#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes a dataset as JSON Lines: a header line, then one line per entity and record.
///
/// Line 1 is `{"dataVersion":…,"schemaVersion":…,"type":"header"}`; every other
/// line is one object with `"type"` set to its export key (`events`,
/// `organizations` …), keys sorted, in the order of the export object.
///
/// ```swift
/// let lines = try JSONLinesExport.render(yearbook.exportedDataset())
/// ```
public enum JSONLinesExport {
  /// The dataset as JSON Lines, each line ending in `\n`.
  ///
  /// - Throws: `EncodingError` when a value cannot be encoded.
  public static func render(_ dataset: Dataset) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var text = ""
    func line<T: Encodable>(_ value: T, type: String) throws {
      text += String(decoding: try encoder.encode(Typed(type: type, value: value)), as: UTF8.self) + "\n"
    }
    try line(Header(schemaVersion: dataset.schemaVersion, dataVersion: dataset.dataVersion), type: "header")
    func lines<E: DatasetElement>(_ type: E.Type) throws {
      for value in dataset[keyPath: E.elements] { try line(value, type: E.elementKind.exportKey) }
    }
    for kind in ElementKind.allCases { try lines(kind.elementType) }
    return text
  }

  private struct Header: Encodable {
    var schemaVersion: String
    var dataVersion: String
  }

  private struct Typed<Value: Encodable>: Encodable {
    var type: String
    var value: Value

    enum CodingKeys: String, CodingKey { case type }

    func encode(to encoder: any Encoder) throws {
      try value.encode(to: encoder)
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(type, forKey: .type)
    }
  }
}
