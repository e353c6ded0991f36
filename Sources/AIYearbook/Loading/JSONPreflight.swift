#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Checks bytes before they reach `JSONDecoder`: UTF-8, nesting depth,
/// numbers a `Double` can hold — including numbers in fields the decoder would
/// skip — and what `JSONDecoder` lets through: unescaped control characters in
/// strings, a comma before `]` or `}`, and a key given twice in one object, so
/// bad input fails with the line and column, never with a crash or a silently
/// accepted value.
enum JSONPreflight {
  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = 512

  static func check(_ data: Data, file: String) throws(YearbookError) {
    if data.isEmpty { throw .invalidJSON(file: file, reason: "the file is empty") }
    let found: String? = data.withUnsafeBytes { bytes in
      bytes.withMemoryRebound(to: UInt8.self) { Self.problem(in: $0) }
    }
    guard let found else { return }
    throw .invalidJSON(file: file, reason: found)
  }

  /// The first problem in the bytes: invalid UTF-8, an unescaped control character in a string, a comma
  /// before `]` or `}`, a key twice in one object, nesting too deep, a number beyond `Double`.
  private static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var iterator = bytes.makeIterator()
    var decoder = Unicode.UTF8()
    var scalarCount = 0
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: scalarCount += 1
      case .emptyInput: break decoding
      case .error: return ("not valid UTF-8 (after \(scalarCount) characters)")
      }
    }

    var line = 1
    var column = 0
    var inString = false
    var escaped = false
    // After a `\u` escape of the first half of a surrogate pair, the second half must follow.
    var expectingLowSurrogate = false
    var hexDigitsToSkip = 0
    var stringStart = 0
    var numberStart: Int?
    var numberLine = 0
    var numberColumn = 0
    // The last byte outside strings that is not white space.
    var last: UInt8 = 0
    // For each open object or array: whether it is an object, and the keys seen in it (byte ranges).
    var open: [(isObject: Bool, keys: [Range<Int>])] = []
    var lastString: Range<Int>?
    func here(_ reason: String) -> String { "line \(line), column \(column): \(reason)" }
    let surrogate = "a \\u escape gives half of a surrogate pair without the other half"
    // A number's problem: beyond `Double`, or a leading zero (`007`), which `JSONDecoder` accepts.
    // Text that is no number at all (`'1.1.0'`) is left to the parser, which says where it fails.
    func numberProblem(_ range: Range<Int>) -> String? {
      let digits = UnsafeBufferPointer(rebasing: bytes[range])
      let text = String(decoding: digits, as: UTF8.self)
      let unsigned = digits.first == UInt8(ascii: "-") ? digits.dropFirst() : digits[...]
      if unsigned.count > 1, unsigned.first == UInt8(ascii: "0"),
        let next = unsigned.dropFirst().first, next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9")
      {
        return "line \(numberLine), column \(numberColumn): the number \(text) has a leading zero"
      }
      guard let value = Double(text), !value.isFinite else { return nil }
      return "line \(numberLine), column \(numberColumn): the number \(text) is beyond what a Double holds"
    }

    for index in bytes.indices {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 0
      } else {
        column += 1
      }
      if inString {
        if hexDigitsToSkip > 0 {
          hexDigitsToSkip -= 1
          continue
        }
        if escaped {
          escaped = false
          if byte == UInt8(ascii: "u"), index + 4 < bytes.count,
            let unit = UInt16(
              String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)...(index + 4)]), as: UTF8.self),
              radix: 16)
          {
            hexDigitsToSkip = 4
            if (0xDC00...0xDFFF).contains(unit) != expectingLowSurrogate { return here(surrogate) }
            expectingLowSurrogate = (0xD800...0xDBFF).contains(unit)
          } else if expectingLowSurrogate {
            return here(surrogate)
          }
          continue
        }
        if byte == UInt8(ascii: "\\") {
          escaped = true
          continue
        }
        if expectingLowSurrogate { return here(surrogate) }
        if byte == UInt8(ascii: "\"") {
          inString = false
          lastString = stringStart..<index
          last = byte
        } else if byte < 0x20 {
          return here("a control character in a string must be escaped")
        }
        continue
      }
      let isNumberByte =
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
        || byte == UInt8(ascii: "E")
      if let start = numberStart {
        if isNumberByte { continue }
        numberStart = nil
        if let problem = numberProblem(start..<index) { return problem }
      } else if (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") {
        numberStart = index
        numberLine = line
        numberColumn = column
        last = byte
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        stringStart = index + 1
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        open.append((byte == UInt8(ascii: "{"), []))
        if open.count > maximumDepth { return here("nesting deeper than \(maximumDepth) levels") }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        if last == UInt8(ascii: ",") { return here("a comma before \(byte == UInt8(ascii: "]") ? "]" : "}")") }
        _ = open.popLast()
      case UInt8(ascii: ":"):
        if last == UInt8(ascii: "\""), let key = lastString, let top = open.indices.last, open[top].isObject {
          let name = bytes[key]
          if open[top].keys.contains(where: { bytes[$0].elementsEqual(name) }) {
            return here(
              "the key \"\(String(decoding: UnsafeBufferPointer(rebasing: name), as: UTF8.self))\" appears twice in one object"
            )
          }
          open[top].keys.append(key)
        }
      default: break
      }
      if byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 { last = byte }
    }
    if let start = numberStart { return numberProblem(start..<bytes.count) }
    return nil
  }
}
