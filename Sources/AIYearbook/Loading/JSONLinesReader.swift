#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads the JSON Lines export: a header line `{"type":"header",…}`, then one
/// element per line with `"type"` naming its collection.
enum JSONLinesReader {
  /// Whether the bytes start with a JSON Lines header line.
  static func looksLikeJSONLines(_ data: Data) -> Bool {
    guard let end = data.firstIndex(of: UInt8(ascii: "\n")) else { return false }
    let first = data[data.startIndex..<end]
    guard first.first == UInt8(ascii: "{"), data.index(after: end) < data.endIndex else { return false }
    return (try? JSONDecoder().decode(Header.self, from: first))?.type == "header"
  }

  /// Decodes every line, collecting a located error for each line that fails.
  ///
  /// - Throws: ``YearbookError`` when the file cannot be read at all (not UTF-8,
  ///   a header that is not one, schema 2.x).
  static func read(_ data: Data, file: String) throws(YearbookError) -> DatasetReader.ReadFile {
    let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard let headerLine = lines.first, let header = try? JSONDecoder().decode(Header.self, from: headerLine),
      header.type == "header"
    else { throw .invalidJSON(file: file, reason: "line 1: expected a header line {\"type\":\"header\",…}") }
    guard let version = header.schemaVersion else {
      throw .invalidJSON(file: file, reason: "line 1: the header has no schemaVersion")
    }
    try DatasetReader.checkSchemaVersion(version, file: file)
    var dataset = Dataset(schemaVersion: version, dataVersion: header.dataVersion ?? "0.0.0")
    var errors: [YearbookError] = []
    var paths: [ElementKind: [String]] = [:]
    for (offset, line) in lines.enumerated().dropFirst() {
      let isBlank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }
      if isBlank { continue }
      let path = "line \(offset + 1)"
      do {
        try JSONPreflight.check(Data(line), file: file)
      } catch {
        errors.append(.invalidRecord(file: file, path: path, id: nil, field: "", reason: error.reason))
        continue
      }
      let element: LocatedElement<AnyElement>
      do {
        element = try JSONDecoder().decode(LocatedElement<AnyElement>.self, from: line)
      } catch {
        errors.append(.invalidRecord(file: file, path: path, id: nil, field: "", reason: "not a JSON object"))
        continue
      }
      switch element.result {
      case .success(let value):
        func append<E: DatasetElement>(_ type: E.Type) {
          if let typed = E.unwrap(value) {
            dataset[keyPath: E.elements].append(typed)
            paths[E.elementKind, default: []].append(path)
          }
        }
        append(value.kind.elementType)
      case .failure(let error):
        errors.append(LocatedDecoding.error(file: file, elementPath: path, id: element.id, underlying: error))
      }
    }
    return DatasetReader.ReadFile(dataset: dataset, errors: errors, paths: paths)
  }

  private struct Header: Decodable {
    var type: String?
    var schemaVersion: String?
    var dataVersion: String?
  }
}
