/// Walks a JSON text value by value: the structure of the export format by
/// hand, each element through a fresh tape and ``TapeDecoder``.
struct TapeReader {
  let bytes: UnsafeRawBufferPointer
  var position = 0
  /// The tape of the last scanned value (reused from value to value).
  private(set) var tape: [JSONToken] = []

  init(bytes: UnsafeRawBufferPointer, from position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  /// The next byte after whitespace, without consuming it.
  mutating func peek() -> UInt8? {
    while position < bytes.count {
      let byte = bytes[position]
      guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return byte }
      position += 1
    }
    return nil
  }

  /// Consumes `byte` (after whitespace); `false` when another byte is there.
  mutating func consume(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    position += 1
    return true
  }

  /// Whether only whitespace is left.
  mutating func isAtEnd() -> Bool { peek() == nil }

  /// Scans the next value onto the tape; `false` when it is not valid JSON.
  ///
  /// - Parameter depth: How deep in the file the value is (an element of an export object is at 2),
  ///   so nesting is counted from the top of the file, as ``JSONPreflight`` counts it.
  mutating func scanValue(to limit: Int? = nil, depth: Int = 0) -> Bool {
    var scanner = JSONScanner(bytes: bytes, from: position, to: limit ?? bytes.count)
    swap(&scanner.tape, &tape)
    scanner.tape.removeAll(keepingCapacity: true)
    let scanned = scanner.scanValue(depth: depth)
    swap(&scanner.tape, &tape)
    position = scanner.position
    return scanned
  }

  /// Decodes the scanned value as `T`; `nil` when the fast path cannot (the caller then takes the slow path).
  func decode<T: Decodable>(_ type: T.Type) -> T? {
    tape.withUnsafeBufferPointer { tape in
      let state = TapeDecoderState(bytes: bytes, tape: tape)
      guard let value = try? T(from: TapeDecoder(state: state, index: 0)), !state.isUnsupported else { return nil }
      return value
    }
  }

  /// The kind the scanned object's `"type"` member names, read as ``AnyElement`` reads it; `nil`
  /// when the value is no object, the member is missing, escaped, repeated or no string, or it
  /// names no kind (the slow path then reports what is wrong).
  func elementKind() -> ElementKind? {
    tape.withUnsafeBufferPointer { tape in
      guard tape.first?.kind == .object else { return nil }
      let state = TapeDecoderState(bytes: bytes, tape: tape)
      guard let index = Array("type".utf8).withUnsafeBufferPointer({ state.member($0, in: 0) }),
        let type = try? state.string(index), !state.isUnsupported
      else { return nil }
      return ElementKind(exportKey: type)
    }
  }

  /// The scanned value as a string, when it is one.
  func string() -> String? {
    tape.withUnsafeBufferPointer { tape in
      let state = TapeDecoderState(bytes: bytes, tape: tape)
      guard let value = try? state.string(0), !state.isUnsupported else { return nil }
      return value
    }
  }

  /// The scanned object's member names (`nil` for an escaped name), its `id` when it is a string, and
  /// the member names of each object in its `citations` array.
  func memberNames() -> (names: [String?], id: String?, citations: [[String?]]) {
    tape.withUnsafeBufferPointer { tape in
      let state = TapeDecoderState(bytes: bytes, tape: tape)
      func names(_ object: Int) -> [String?] {
        var names: [String?] = []
        var index = object + 1
        while index < Int(tape[object].next) {
          names.append(tape[index].flag ? nil : try? state.string(index))
          index = Int(tape[index + 1].next)
        }
        return names
      }
      guard tape.first?.kind == .object else { return ([], nil, []) }
      let id = Array("id".utf8).withUnsafeBufferPointer { state.member($0, in: 0) }.flatMap { try? state.string($0) }
      var citations: [[String?]] = []
      if let list = Array("citations".utf8).withUnsafeBufferPointer({ state.member($0, in: 0) }),
        tape[list].kind == .array
      {
        var index = list + 1
        while index < Int(tape[list].next) {
          if tape[index].kind == .object { citations.append(names(index)) }
          index = Int(tape[index].next)
        }
      }
      return (names(0), id, citations)
    }
  }
}
