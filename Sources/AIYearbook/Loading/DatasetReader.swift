#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// Reads the dataset's JSON: the embedded resource files (bare arrays) and
/// user files in the export format.
///
/// Errors name the file, the record's position and identifier, and the field.
public enum DatasetReader {
  /// Decodes a bare JSON array of entities or records, as in a resource file.
  ///
  /// - Parameters:
  ///   - type: The element type.
  ///   - data: The file's bytes.
  ///   - file: The file's name, for error messages.
  /// - Throws: ``YearbookError`` naming the file, the element and the field.
  public static func decodeArray<Element: Decodable>(
    _ type: Element.Type, from data: Data, file: String
  ) throws(YearbookError) -> [Element] {
    try JSONPreflight.check(data, file: file)
    return try decodeTrustedArray(type, from: data, file: file)
  }

  /// Decodes an embedded resource file, skipping the preflight the tests already guarantee.
  static func decodeTrustedArray<Element: Decodable>(
    _ type: Element.Type, from data: Data, file: String
  ) throws(YearbookError) -> [Element] {
    if let elements = FastDatasetReader.decodeArray(Element.self, from: data) { return elements }
    let elements: [LocatedElement<Element>]
    do {
      elements = try JSONDecoder().decode([LocatedElement<Element>].self, from: data)
    } catch {
      throw .invalidJSON(file: file, reason: describe(error, expecting: "a JSON array"))
    }
    let decoded = separate(elements, file: file, key: nil)
    if let first = decoded.errors.first { throw first }
    return decoded.elements
  }

  /// Decodes a file in the export format (every collection key optional).
  ///
  /// A `schemaVersion` of 2 or later is refused; unknown fields are ignored. Bytes
  /// that are not UTF-8 JSON, nesting deeper than 512 levels and numbers beyond
  /// `Double` fail before decoding, with the line and column.
  ///
  /// - Throws: ``YearbookError`` naming the file, the element and the field.
  public static func decodeDataset(from data: Data, file: String) throws(YearbookError) -> Dataset {
    let decoded = try decodeDatasetCollectingErrors(from: data, file: file)
    if let first = decoded.errors.first { throw first }
    return decoded.dataset
  }

  /// Decodes a file in the export format, collecting every element that fails
  /// instead of stopping at the first.
  ///
  /// - Returns: The elements that decoded, and one ``YearbookError`` per element
  ///   that did not (file, position, identifier, field).
  /// - Throws: ``YearbookError`` when the file as a whole cannot be read: not
  ///   UTF-8 JSON, too deep, a number beyond `Double`, not an object, or schema 2.x.
  public static func decodeDatasetCollectingErrors(
    from data: Data, file: String
  ) throws(YearbookError) -> (dataset: Dataset, errors: [YearbookError]) {
    let read = try readExportObject(data, file: file)
    return (read.dataset, read.errors)
  }

  /// What reading a file gave: the elements that decoded, an error per element
  /// that did not, and the path of each decoded element in the file.
  struct ReadFile {
    var dataset: Dataset
    var errors: [YearbookError]
    /// For each kind, the path in the file (`$.events[3]`, `line 7`) of each decoded element, in order;
    /// a kind without paths or ``lines`` has its elements where the dataset has them.
    var paths: [ElementKind: [String]] = [:]
    /// For each kind, the line of each decoded element, in order (JSON Lines read on the fast path).
    var lines: [ElementKind: [Int32]] = [:]
    /// The warnings for fields this version does not know, when the reader collected them.
    var unknownFields: [ValidationIssue]?
    /// For each kind, the positions in the file of the elements that did not decode, ascending
    /// (export objects read on the fast path, which keeps no ``paths``).
    var skipped: [ElementKind: [Int]] = [:]

    /// The path in the file of the element a path into ``dataset`` names (`$.events[2]` → `$.events[3]`
    /// when an element before it did not decode).
    func filePath(of datasetPath: String) -> String {
      guard datasetPath.hasPrefix("$."), datasetPath.hasSuffix("]"), let open = datasetPath.lastIndex(of: "["),
        let kind = ElementKind(
          exportKey: String(datasetPath[datasetPath.index(datasetPath.startIndex, offsetBy: 2)..<open])),
        let index = Int(datasetPath[datasetPath.index(after: open)..<datasetPath.index(before: datasetPath.endIndex)]),
        index >= 0
      else { return datasetPath }
      if let list = paths[kind], index < list.count { return list[index] }
      if let list = lines[kind], index < list.count { return "line \(list[index])" }
      if let list = skipped[kind] {
        // Each element that did not decode at or before the position moves it one further.
        var position = index
        for skippedPosition in list where skippedPosition <= position { position += 1 }
        return "$.\(kind.exportKey)[\(position)]"
      }
      return datasetPath
    }
  }

  /// Reads a file in the export format or in JSON Lines.
  static func read(_ data: Data, file: String, release: (Int) -> Void = { _ in }) throws(YearbookError) -> ReadFile {
    if JSONLinesReader.looksLikeJSONLines(data) {
      if let read = FastDatasetReader.readJSONLines(data, file: file) { return read }
      return try JSONLinesReader.read(data, file: file)
    }
    if let read = FastDatasetReader.readExportObject(data, file: file, release: release) { return read }
    var read = try readExportObject(data, file: file)
    read.unknownFields = ForwardCompatibility.unknownFields(in: data, file: file)
    return read
  }

  static func readExportObject(_ data: Data, file: String) throws(YearbookError) -> ReadFile {
    try JSONPreflight.check(data, file: file)
    let raw: RawDataset
    do {
      raw = try JSONDecoder().decode(RawDataset.self, from: data)
    } catch {
      throw .invalidJSON(file: file, reason: syntaxError(in: data) ?? describe(error, expecting: "an export object"))
    }
    guard let version = raw.schemaVersion else {
      return ReadFile(
        dataset: Dataset(dataVersion: "0.0.0"),
        errors: [.invalidRecord(file: file, path: "$", id: nil, field: "schemaVersion", reason: "is missing")])
    }
    try checkSchemaVersion(version, file: file)
    var dataset = Dataset(schemaVersion: version, dataVersion: raw.dataVersion ?? "0.0.0")
    var errors: [YearbookError] = []
    var paths: [ElementKind: [String]] = [:]
    func collect<E: DatasetElement>(_ type: E.Type) {
      for (index, element) in (raw.elements[E.elementKind] ?? []).enumerated() {
        let path = "$.\(E.elementKind.exportKey)[\(index)]"
        switch element.decode(E.self) {
        case .success(let value):
          dataset[keyPath: E.elements].append(value)
          paths[E.elementKind, default: []].append(path)
        case .failure(let error):
          errors.append(LocatedDecoding.error(file: file, elementPath: path, id: element.id, underlying: error))
        }
      }
    }
    for kind in ElementKind.allCases { collect(kind.elementType) }
    return ReadFile(dataset: dataset, errors: errors, paths: paths)
  }

  /// Decodes a file in the export format or in JSON Lines (a first line with
  /// `"type":"header"`), collecting every element that fails.
  ///
  /// - Throws: ``YearbookError`` when the file as a whole cannot be read.
  public static func decodeCollectingErrors(
    _ data: Data, file: String
  ) throws(YearbookError) -> (dataset: Dataset, errors: [YearbookError]) {
    let read = try read(data, file: file)
    return (read.dataset, read.errors)
  }

  /// Refuses a schema version this library cannot read (anything but 1.x).
  static func checkSchemaVersion(_ version: String, file: String) throws(YearbookError) {
    guard let major = version.split(separator: ".").first.flatMap({ Int($0) }), major == 1 else {
      throw .unsupportedSchemaVersion(file: file, version: version)
    }
  }

  /// The elements that decoded, and a located error for each one that did not.
  private static func separate<Element>(
    _ elements: [LocatedElement<Element>]?, file: String, key: String?
  ) -> (elements: [Element], errors: [YearbookError]) {
    var result: [Element] = []
    var errors: [YearbookError] = []
    for (index, element) in (elements ?? []).enumerated() {
      switch element.result {
      case .success(let value): result.append(value)
      case .failure(let error):
        let path = "$" + (key.map { "." + $0 } ?? "") + "[\(index)]"
        errors.append(LocatedDecoding.error(file: file, elementPath: path, id: element.id, underlying: error))
      }
    }
    return (result, errors)
  }

  /// Where the bytes stop being JSON (line and column, counted in bytes), or `nil` when they are one JSON value.
  static func syntaxError(in data: Data) -> String? {
    data.withUnsafeBytes { bytes -> String? in
      var scanner = JSONScanner(bytes: bytes, from: 0, to: bytes.count)
      let scanned = scanner.scanValue()
      if scanned {
        scanner.skipWhitespace()
        if scanner.position >= bytes.count { return nil }
      }
      let offset = Swift.min(scanner.position, bytes.count)
      var line = 1
      var column = 1
      for byte in bytes[..<offset] {
        if byte == UInt8(ascii: "\n") {
          line += 1
          column = 1
        } else {
          column += 1
        }
      }
      let what =
        scanned
        ? "more follows the JSON value" : scanner.ranOut ? "the file ends before the JSON value does" : "not valid JSON"
      return "line \(line), column \(column): \(what)"
    }
  }

  private static func describe(_ error: any Error, expecting: String) -> String {
    guard let decodingError = error as? DecodingError else { return "\(error)" }
    switch decodingError {
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return "not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))"
      }
      return "\(LocatedDecoding.path(context.codingPath)): \(context.debugDescription)"
    case .typeMismatch(_, let context):
      return
        "\(LocatedDecoding.path(context.codingPath)): expected \(context.codingPath.isEmpty ? expecting : "another type"): \(context.debugDescription)"
    case .keyNotFound(let key, let context):
      return "\(LocatedDecoding.path(context.codingPath + [key])): is missing"
    case .valueNotFound(_, let context):
      if context.codingPath.isEmpty { return "expected \(expecting), found null" }
      return "\(LocatedDecoding.path(context.codingPath)): unexpected null"
    @unknown default:
      return "\(decodingError)"
    }
  }
}

/// The export object with every element kept undecoded, so errors can be located.
private struct RawDataset: Decodable {
  var schemaVersion: String?
  var dataVersion: String?
  var elements: [ElementKind: [RawElement]] = [:]

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: AnyCodingKey.self)
    schemaVersion = try container.decodeIfPresent(String.self, forKey: AnyCodingKey("schemaVersion"))
    dataVersion = try container.decodeIfPresent(String.self, forKey: AnyCodingKey("dataVersion"))
    func decode<E: DatasetElement>(_ type: E.Type) throws {
      elements[E.elementKind] = try container.decodeIfPresent(
        [LocatedElement<E>].self, forKey: AnyCodingKey(E.elementKind.exportKey))?
        .map { RawElement(result: $0.result.map(\.erased), id: $0.id) }
    }
    for kind in ElementKind.allCases { try decode(kind.elementType) }
  }
}

/// An element decoded leniently: its value or its error, and its `id` when readable.
struct RawElement {
  var result: Result<AnyElement, any Error>
  var id: String?

  /// The element as `E`.
  func decode<E: DatasetElement>(_ type: E.Type) -> Result<E, any Error> {
    result.flatMap { element in
      E.unwrap(element).map { .success($0) }
        ?? .failure(DecodingError.typeMismatch(E.self, .init(codingPath: [], debugDescription: "another kind")))
    }
  }
}
