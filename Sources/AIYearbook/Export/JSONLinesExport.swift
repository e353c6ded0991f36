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
    for value in dataset.sources { try line(value, type: "sources") }
    for value in dataset.organizations { try line(value, type: "organizations") }
    for value in dataset.products { try line(value, type: "products") }
    for value in dataset.benchmarks { try line(value, type: "benchmarks") }
    for value in dataset.metrics { try line(value, type: "metrics") }
    for value in dataset.events { try line(value, type: "events") }
    for value in dataset.benchmarkResults { try line(value, type: "benchmarkResults") }
    for value in dataset.fundingRounds { try line(value, type: "fundingRounds") }
    for value in dataset.regulations { try line(value, type: "regulations") }
    for value in dataset.statistics { try line(value, type: "statistics") }
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
