#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The fast path of ``DatasetReader``: the export format, JSON Lines and the
/// resource files read element by element through ``TapeReader``, in one pass
/// that also checks what ``JSONPreflight`` checks and collects unknown fields.
///
/// Each function returns `nil` for anything it does not accept — invalid JSON,
/// an element that does not decode, a shape it does not expect — and the caller
/// then reads the same bytes with `JSONDecoder`, whose results and precise,
/// located errors are the ones reported. When it returns a value, the value is
/// what the slow path gives (DifferentialDecodingTests).
enum FastDatasetReader {
  /// A bare JSON array of elements (a resource file).
  static func decodeArray<E: Decodable>(_ type: E.Type, from data: Data) -> [E]? {
    data.withUnsafeBytes { bytes in
      var reader = TapeReader(bytes: bytes)
      guard reader.consume(UInt8(ascii: "[")) else { return nil }
      var result: [E] = []
      if reader.consume(UInt8(ascii: "]")) { return reader.isAtEnd() ? result : nil }
      while true {
        guard reader.scanValue(), let value = reader.decode(E.self) else { return nil }
        result.append(value)
        if reader.consume(UInt8(ascii: ",")) { continue }
        guard reader.consume(UInt8(ascii: "]")), reader.isAtEnd() else { return nil }
        return result
      }
    }
  }

  /// A file in the export format, with its unknown-field warnings.
  static func readExportObject(_ data: Data, file: String) -> DatasetReader.ReadFile? {
    data.withUnsafeBytes { bytes in
      var reader = TapeReader(bytes: bytes)
      guard reader.consume(UInt8(ascii: "{")) else { return nil }
      var dataset = Dataset(dataVersion: "0.0.0")
      var schemaVersion: String?
      var dataVersion: String?
      var keys: Set<String> = []
      var unknownKeys: [String] = []
      var fieldWarnings: [String: [ValidationIssue]] = [:]
      if !reader.consume(UInt8(ascii: "}")) {
        while true {
          guard reader.scanValue(), let key = reader.string(), keys.insert(key).inserted,
            reader.consume(UInt8(ascii: ":"))
          else { return nil }
          switch key {
          case "schemaVersion", "dataVersion":
            guard reader.scanValue(), let value = reader.string() else { return nil }
            if key == "schemaVersion" { schemaVersion = value } else { dataVersion = value }
          default:
            if let kind = ElementKind(exportKey: key) {
              func collect<E: DatasetElement>(_ type: E.Type) -> Bool {
                guard reader.consume(UInt8(ascii: "[")) else { return false }
                var elements: [E] = []
                var warnings: [ValidationIssue] = []
                if reader.consume(UInt8(ascii: "]")) { return true }
                let known = ForwardCompatibility.knownKeys[key] ?? []
                while true {
                  guard reader.scanValue(), let value = reader.decode(E.self),
                    let found = unknownFields(
                      reader, known: known, file: file, path: "$.\(key)[\(elements.count)]")
                  else { return false }
                  warnings += found
                  elements.append(value)
                  if reader.consume(UInt8(ascii: ",")) { continue }
                  guard reader.consume(UInt8(ascii: "]")) else { return false }
                  dataset[keyPath: E.elements] = elements
                  fieldWarnings[key] = warnings
                  return true
                }
              }
              guard collect(kind.elementType) else { return nil }
            } else {
              guard reader.scanValue() else { return nil }
              unknownKeys.append(key)
            }
          }
          if reader.consume(UInt8(ascii: ",")) { continue }
          guard reader.consume(UInt8(ascii: "}")) else { return nil }
          break
        }
      }
      guard reader.isAtEnd(), let schemaVersion, isReadable(schemaVersion) else { return nil }
      dataset.schemaVersion = schemaVersion
      dataset.dataVersion = dataVersion ?? "0.0.0"
      var warnings = unknownKeys.sorted().map {
        ForwardCompatibility.warning(file, "$", nil, $0, ForwardCompatibility.unknownFieldMessage, .unknownField)
      }
      for key in fieldWarnings.keys.sorted() { warnings += fieldWarnings[key] ?? [] }
      return DatasetReader.ReadFile(dataset: dataset, errors: [], unknownFields: warnings)
    }
  }

  /// The unknown-field warnings of the element on the reader's tape, in the slow
  /// path's order; `nil` when a member name is escaped (the slow path decides).
  private static func unknownFields(
    _ reader: TapeReader, known: Set<String>, file: String, path: @autoclosure () -> String
  ) -> [ValidationIssue]? {
    let members = reader.memberNames()
    var issues: [ValidationIssue] = []
    var unknown: [String] = []
    for name in members.names {
      guard let name else { return nil }
      if !known.contains(name) { unknown.append(name) }
    }
    for key in unknown.sorted() {
      issues.append(
        ForwardCompatibility.warning(
          file, path(), members.id, key, ForwardCompatibility.unknownFieldMessage, .unknownField))
    }
    for (index, names) in members.citations.enumerated() {
      var unknown: [String] = []
      for name in names {
        guard let name else { return nil }
        if !ForwardCompatibility.citationKeys.contains(name) { unknown.append(name) }
      }
      for key in unknown.sorted() {
        issues.append(
          ForwardCompatibility.warning(
            file, path(), members.id, "citations[\(index)].\(key)", ForwardCompatibility.unknownFieldMessage,
            .unknownField))
      }
    }
    if Set(unknown).count != unknown.count { return nil }
    return issues
  }

  /// A JSON Lines file: a header line, then one element per line.
  static func readJSONLines(_ data: Data, file: String) -> DatasetReader.ReadFile? {
    data.withUnsafeBytes { bytes in
      var start = 0
      var lineNumber = 0
      var dataset = Dataset(dataVersion: "0.0.0")
      var lines: [ElementKind: [Int32]] = [:]
      var sawHeader = false
      while start <= bytes.count {
        lineNumber += 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        defer { start = end + 1 }
        var blank = true
        for index in start..<end where bytes[index] != 0x20 && bytes[index] != 0x0D && bytes[index] != 0x09 {
          blank = false
          break
        }
        if blank && sawHeader { continue }
        var reader = TapeReader(bytes: UnsafeRawBufferPointer(rebasing: bytes[..<end]), from: start)
        guard reader.scanValue(), reader.isAtEnd() else { return nil }
        if !sawHeader {
          guard let header = reader.decode(Header.self), header.type == "header", let version = header.schemaVersion,
            isReadable(version)
          else { return nil }
          dataset.schemaVersion = version
          dataset.dataVersion = header.dataVersion ?? "0.0.0"
          sawHeader = true
          continue
        }
        guard let element = reader.decode(AnyElement.self) else { return nil }
        func append<E: DatasetElement>(_ type: E.Type) -> Bool {
          guard let typed = E.unwrap(element) else { return false }
          dataset[keyPath: E.elements].append(typed)
          lines[E.elementKind, default: []].append(Int32(lineNumber))
          return true
        }
        guard append(element.kind.elementType) else { return nil }
      }
      guard sawHeader else { return nil }
      var read = DatasetReader.ReadFile(dataset: dataset, errors: [])
      read.lines = lines
      return read
    }
  }

  /// Whether a schema version is one this library reads (1.x); others take the slow path, which refuses them.
  private static func isReadable(_ version: String) -> Bool {
    version.split(separator: ".").first.flatMap { Int($0) } == 1
  }

  private struct Header: Decodable {
    var type: String?
    var schemaVersion: String?
    var dataVersion: String?
  }
}
