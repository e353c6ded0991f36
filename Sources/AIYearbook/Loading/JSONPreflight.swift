#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Checks bytes before they reach `JSONDecoder`: UTF-8, nesting depth, and
/// numbers a `Double` can hold — including numbers in fields the decoder would
/// skip — so bad input fails with the line and column, never with a crash or a
/// silently accepted value.
enum JSONPreflight {
  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = 512

  static func check(_ data: Data, file: String) throws(YearbookError) {
    var line = 1
    var column = 0
    var depth = 0
    var inString = false
    var escaped = false
    var numberStart: Int?
    var numberLine = 0
    var numberColumn = 0
    let bytes = [UInt8](data)
    if bytes.isEmpty { throw .invalidJSON(file: file, reason: "the file is empty") }

    var iterator = bytes.makeIterator()
    var decoder = Unicode.UTF8()
    var scalarCount = 0
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: scalarCount += 1
      case .emptyInput: break decoding
      case .error:
        throw .invalidJSON(file: file, reason: "not valid UTF-8 (after \(scalarCount) characters)")
      }
    }

    func finishNumber(at end: Int) throws(YearbookError) {
      guard let start = numberStart else { return }
      numberStart = nil
      let text = String(decoding: bytes[start..<end], as: UTF8.self)
      guard let value = Double(text), value.isFinite else {
        throw .invalidJSON(
          file: file,
          reason: "line \(numberLine), column \(numberColumn): the number \(text) is beyond what a Double holds")
      }
    }

    for (index, byte) in bytes.enumerated() {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 0
      } else {
        column += 1
      }
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      let isNumberByte =
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
        || byte == UInt8(ascii: "E")
      if numberStart != nil {
        if isNumberByte { continue }
        try finishNumber(at: index)
      } else if (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") {
        numberStart = index
        numberLine = line
        numberColumn = column
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > maximumDepth {
          throw .invalidJSON(
            file: file, reason: "line \(line), column \(column): nesting deeper than \(maximumDepth) levels")
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
      default: break
      }
    }
    try finishNumber(at: bytes.count)
  }
}
