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
  ///
  /// Elements are decoded in batches as the walk goes; after each batch, `release` is told
  /// the bytes before which nothing is read again (a mapped file gives those pages back).
  static func readExportObject(
    _ data: Data, file: String, release: (Int) -> Void = { _ in }
  ) -> DatasetReader.ReadFile? {
    var jobs = ElementJobs()
    return data.withUnsafeBytes { bytes in
      var reader = TapeReader(bytes: bytes)
      var whole = ElementJobs.Decoded()
      let size = bytes.count
      // Where the last batch ended.
      var flushed = 0
      func flush() -> Bool {
        guard !jobs.jobs.isEmpty else { return true }
        guard let parts = jobs.decodeParts(data, file: file, collectingUnknownFields: true) else { return false }
        jobs.jobs.removeAll(keepingCapacity: true)
        let read = reader.position
        ElementJobs.append(parts, covering: flushed..<read, ofFile: size, to: &whole)
        flushed = read
        release(read)
        return true
      }
      guard reader.consume(UInt8(ascii: "{")) else { return nil }
      var schemaVersion: String?
      var dataVersion: String?
      var keys: Set<String> = []
      var unknownKeys: [String] = []
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
              // Each element is scanned here (checking the JSON) and decoded later, on every core.
              guard reader.consume(UInt8(ascii: "[")) else { return nil }
              if !reader.consume(UInt8(ascii: "]")) {
                var position: Int32 = 0
                while true {
                  _ = reader.peek()
                  let start = reader.position
                  guard reader.scanValue(depth: 2) else { return nil }
                  jobs.jobs.append(.init(kind: kind, start: start, end: reader.position, line: 0, position: position))
                  position += 1
                  // A batch is 100 000 elements or 16 MB of the file, whichever comes first, so the pages
                  // of a mapped file are given back while the rest is read (50 MB: 4.2× the file at peak
                  // with one batch, 3.6× with 16 MB batches).
                  if jobs.jobs.count >= 100_000 || reader.position - (jobs.jobs.first?.start ?? 0) >= 16 << 20 {
                    guard flush() else { return nil }
                  }
                  if reader.consume(UInt8(ascii: ",")) { continue }
                  guard reader.consume(UInt8(ascii: "]")) else { return nil }
                  break
                }
              }
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
      guard reader.isAtEnd(), let schemaVersion, isReadable(schemaVersion), flush() else { return nil }
      var dataset = whole.dataset
      let fieldWarnings = whole.warnings
      dataset.schemaVersion = schemaVersion
      dataset.dataVersion = dataVersion ?? "0.0.0"
      var warnings = unknownKeys.sorted().map {
        ForwardCompatibility.warning(file, "$", nil, $0, ForwardCompatibility.unknownFieldMessage, .unknownField)
      }
      for key in fieldWarnings.keys.sorted() { warnings += fieldWarnings[key] ?? [] }
      // Elements that did not decode, kind by kind in the slow path's order.
      let errors = ElementKind.allCases.flatMap { whole.errors[$0] ?? [] }
      var read = DatasetReader.ReadFile(dataset: dataset, errors: errors, unknownFields: warnings)
      read.skipped = whole.skipped
      return read
    }
  }

  /// The unknown-field warnings of the element on the reader's tape, in the slow
  /// path's order; `nil` when a member name is escaped or given twice (the slow path decides).
  static func unknownFields(
    _ reader: TapeReader, known: Set<String>, file: String, path: @autoclosure () -> String
  ) -> [ValidationIssue]? {
    let members = reader.memberNames()
    func repeats(_ names: [String?]) -> Bool {
      names.indices.contains { index in names[(index + 1)...].contains(names[index]) }
    }
    guard !repeats(members.names), !members.citations.contains(where: repeats) else { return nil }
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
    let header: Header? = data.withUnsafeBytes { bytes in
      var end = 0
      while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
      var reader = TapeReader(bytes: UnsafeRawBufferPointer(rebasing: bytes[..<end]))
      guard reader.scanValue(), reader.isAtEnd() else { return nil }
      return reader.decode(Header.self)
    }
    guard let header, header.type == "header", let version = header.schemaVersion, isReadable(version) else {
      return nil
    }
    // One job per line that is not blank; the lines are decoded on every core.
    var jobs = ElementJobs()
    data.withUnsafeBytes { bytes in
      var start = 0
      var line: Int32 = 0
      while start <= bytes.count {
        line += 1
        var end = start
        var blank = true
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
          if blank, bytes[end] != 0x20, bytes[end] != 0x0D, bytes[end] != 0x09 { blank = false }
          end += 1
        }
        if line > 1 && !blank { jobs.jobs.append(.init(kind: nil, start: start, end: end, line: line, position: 0)) }
        start = end + 1
      }
    }
    guard let decoded = jobs.decode(data, file: file, collectingUnknownFields: false) else { return nil }
    var dataset = decoded.dataset
    dataset.schemaVersion = version
    dataset.dataVersion = header.dataVersion ?? "0.0.0"
    var read = DatasetReader.ReadFile(dataset: dataset, errors: [])
    read.lines = decoded.lines
    return read
  }

  /// Whether a schema version is one this library reads (1.x); others take the slow path, which refuses them.
  static func isReadable(_ version: String) -> Bool {
    version.split(separator: ".").first.flatMap { Int($0) } == 1
  }

  struct Header: Decodable {
    var type: String?
    var schemaVersion: String?
    var dataVersion: String?
  }
}
