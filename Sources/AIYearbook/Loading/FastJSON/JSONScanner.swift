/// Scans one JSON value into a tape of ``JSONToken``s, checking what
/// ``JSONPreflight`` checks on the way: UTF-8 in strings, nesting at most 512
/// deep, numbers that a `Double` holds, and the JSON grammar.
///
/// Anything it does not accept makes it fail without a reason: callers then
/// read the input with `JSONDecoder`, whose errors are the ones reported.
struct JSONScanner {
  let bytes: UnsafeRawBufferPointer
  var position: Int
  let limit: Int
  var tape: [JSONToken] = []
  /// Whether the value ran into `limit` before it ended (more bytes may complete it).
  var ranOut = false

  init(bytes: UnsafeRawBufferPointer, from position: Int, to limit: Int) {
    self.bytes = bytes
    self.position = position
    self.limit = limit
  }

  /// Skips spaces, tabs and line breaks.
  @inline(__always)
  mutating func skipWhitespace() {
    while position < limit {
      let byte = bytes[position]
      guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
      position += 1
    }
  }

  /// The byte at the position, after whitespace, or `nil` at the limit.
  @inline(__always)
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < limit ? bytes[position] : nil
  }

  /// Scans one value (after whitespace) onto the tape; `false` when it is not valid JSON or ran out.
  mutating func scanValue(depth: Int = 0) -> Bool {
    guard let byte = peek() else {
      ranOut = true
      return false
    }
    switch byte {
    case UInt8(ascii: "\""):
      return scanString()
    case UInt8(ascii: "{"):
      return scanObject(depth: depth + 1)
    case UInt8(ascii: "["):
      return scanArray(depth: depth + 1)
    case UInt8(ascii: "t"):
      return scanLiteral("true", .true)
    case UInt8(ascii: "f"):
      return scanLiteral("false", .false)
    case UInt8(ascii: "n"):
      return scanLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return scanNumber()
    default:
      return false
    }
  }

  private mutating func append(_ kind: JSONToken.Kind, flag: Bool, start: Int, end: Int) {
    tape.append(
      JSONToken(kind: kind, flag: flag, start: Int32(start), end: Int32(end), next: Int32(tape.count + 1)))
  }

  private mutating func scanLiteral(_ word: StaticString, _ kind: JSONToken.Kind) -> Bool {
    let count = word.utf8CodeUnitCount
    guard position + count <= limit else {
      ranOut = true
      return false
    }
    for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
    append(kind, flag: false, start: position, end: position + count)
    position += count
    return true
  }

  private mutating func scanNumber() -> Bool {
    let start = position
    var index = position
    func digit(_ index: Int) -> Bool { index < limit && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard digit(index) else { return limitOrFail(index) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while digit(index) { index += 1 }
    }
    var isInteger = true
    var hasExponent = false
    if index < limit, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard digit(index) else { return limitOrFail(index) }
      while digit(index) { index += 1 }
    }
    if index < limit, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isInteger = false
      hasExponent = true
      index += 1
      if index < limit, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digit(index) else { return limitOrFail(index) }
      while digit(index) { index += 1 }
    }
    // A number that ends at the limit may go on in the next bytes.
    if index >= limit {
      ranOut = true
      return false
    }
    // Without an exponent, fewer than 300 digits always fit a Double; others are parsed to check.
    if hasExponent || index - start > 300 {
      guard JSONNumber.double(bytes, from: start, to: index)?.isFinite == true else { return false }
    }
    append(.number, flag: isInteger, start: start, end: index)
    position = index
    return true
  }

  private mutating func limitOrFail(_ index: Int) -> Bool {
    if index >= limit { ranOut = true }
    return false
  }

  private mutating func scanString() -> Bool {
    position += 1
    let start = position
    var escaped = false
    while position < limit {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        append(.string, flag: escaped, start: start, end: position)
        position += 1
        return true
      }
      if byte == UInt8(ascii: "\\") {
        escaped = true
        guard position + 1 < limit else { break }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          position += 2
        case UInt8(ascii: "u"):
          guard position + 6 <= limit else {
            position = limit
            break
          }
          for offset in 2..<6 where !JSONScanner.isHexDigit(bytes[position + offset]) { return false }
          position += 6
        default:
          return false
        }
      } else if byte < 0x20 {
        return false
      } else if byte < 0x80 {
        position += 1
      } else {
        guard let length = validUTF8Sequence(at: position) else {
          if position + 4 > limit { ranOut = true }
          return false
        }
        position += length
      }
    }
    ranOut = true
    return false
  }

  static func isHexDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
  }

  /// The length of the well-formed UTF-8 sequence at `index` (RFC 3629), or `nil`.
  private func validUTF8Sequence(at index: Int) -> Int? {
    let lead = bytes[index]
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upper = 0x9F
    case 0xF0:
      length = 4
      lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upper = 0x8F
    default: return nil
    }
    guard index + length <= limit else { return nil }
    let second = bytes[index + 1]
    guard second >= lower && second <= upper else { return nil }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }

  private mutating func scanArray(depth: Int) -> Bool {
    guard depth <= JSONPreflight.maximumDepth else { return false }
    let token = tape.count
    append(.array, flag: false, start: position, end: 0)
    position += 1
    var count: Int32 = 0
    if peek() == UInt8(ascii: "]") {
      position += 1
    } else {
      while true {
        guard scanValue(depth: depth) else { return false }
        count += 1
        guard let byte = peek() else { return limitOrFail(limit) }
        position += 1
        if byte == UInt8(ascii: "]") { break }
        guard byte == UInt8(ascii: ",") else { return false }
      }
    }
    tape[token].end = count
    tape[token].next = Int32(tape.count)
    return true
  }

  /// Whether two string tokens have the same bytes.
  @inline(__always)
  private func sameText(_ first: JSONToken, _ second: JSONToken) -> Bool {
    let length = Int(first.end - first.start)
    guard length == Int(second.end - second.start) else { return false }
    let a = Int(first.start)
    let b = Int(second.start)
    for offset in 0..<length where bytes[a + offset] != bytes[b + offset] { return false }
    return true
  }

  private mutating func scanObject(depth: Int) -> Bool {
    guard depth <= JSONPreflight.maximumDepth else { return false }
    let token = tape.count
    append(.object, flag: false, start: position, end: 0)
    position += 1
    var count: Int32 = 0
    if peek() == UInt8(ascii: "}") {
      position += 1
    } else {
      while true {
        guard let quote = peek() else { return limitOrFail(limit) }
        let key = tape.count
        guard quote == UInt8(ascii: "\""), scanString() else { return false }
        // A key given twice is refused (the slow path says where); JSONDecoder would keep one silently.
        var member = token + 1
        while member < key {
          if sameText(tape[member], tape[key]) { return false }
          member = Int(tape[member + 1].next)
        }
        guard let colon = peek() else { return limitOrFail(limit) }
        guard colon == UInt8(ascii: ":") else { return false }
        position += 1
        guard scanValue(depth: depth) else { return false }
        count += 1
        guard let byte = peek() else { return limitOrFail(limit) }
        position += 1
        if byte == UInt8(ascii: "}") { break }
        guard byte == UInt8(ascii: ",") else { return false }
      }
    }
    tape[token].end = count
    tape[token].next = Int32(tape.count)
    return true
  }
}
