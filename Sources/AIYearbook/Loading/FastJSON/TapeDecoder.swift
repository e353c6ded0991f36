/// A `Decoder` over a scanned tape, so the types' own `init(from:)` decode the
/// export format without `JSONDecoder`.
///
/// It accepts only what `JSONDecoder` decodes to the same value. Where it is not
/// sure — an integer written as `5.0`, an escaped key, a key given twice, a lone
/// surrogate — it marks the element ``TapeDecoderState/isUnsupported`` and the
/// caller reads the input with `JSONDecoder` instead, even when a type caught
/// the error with `try?`. Errors carry no coding path: the slow path reports them.
struct TapeDecoder: Decoder {
  let state: TapeDecoderState
  let index: Int

  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard state.tape[index].kind == .object else { throw state.mismatch([String: Int].self) }
    return KeyedDecodingContainer(TapeKeyedContainer<Key>(state: state, object: index))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard state.tape[index].kind == .array else { throw state.mismatch([Int].self) }
    return TapeUnkeyedContainer(state: state, array: index)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    TapeSingleValueContainer(state: state, index: index)
  }
}

/// What one element's decoding shares: the bytes, the tape, and whether the
/// element needs the slow path.
final class TapeDecoderState {
  let bytes: UnsafeRawBufferPointer
  let tape: UnsafeBufferPointer<JSONToken>
  /// Set when the fast path met something it does not decode exactly as `JSONDecoder` does.
  var isUnsupported = false

  init(bytes: UnsafeRawBufferPointer, tape: UnsafeBufferPointer<JSONToken>) {
    self.bytes = bytes
    self.tape = tape
  }

  /// A type mismatch (the message does not matter: the slow path reports it).
  func mismatch(_ type: Any.Type) -> DecodingError {
    .typeMismatch(type, DecodingError.Context(codingPath: [], debugDescription: "fast path"))
  }

  /// Marks the element for the slow path and returns an error to throw.
  func unsupported(_ type: Any.Type) -> DecodingError {
    isUnsupported = true
    return mismatch(type)
  }

  /// The index of the value of member `name` of the object at `object`, or `nil`.
  @inline(__always)
  func member(_ name: UnsafeBufferPointer<UInt8>, in object: Int) -> Int? {
    var index = object + 1
    let end = Int(tape[object].next)
    var found: Int?
    while index < end {
      let key = tape[index]
      if key.flag {
        isUnsupported = true
      } else if Int(key.end - key.start) == name.count {
        var offset = 0
        let start = Int(key.start)
        while offset < name.count, bytes[start + offset] == name[offset] { offset += 1 }
        if offset == name.count {
          if found != nil { isUnsupported = true }
          found = index + 1
        }
      }
      index = Int(tape[index + 1].next)
    }
    return found
  }

  /// The string at `index`.
  func string(_ index: Int) throws -> String {
    let token = tape[index]
    guard token.kind == .string else { throw mismatch(String.self) }
    let text = UnsafeRawBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
    if !token.flag { return String(decoding: text, as: UTF8.self) }
    return try unescape(text)
  }

  private func unescape(_ text: UnsafeRawBufferPointer) throws -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.count)
    var index = 0
    func hex(_ at: Int) -> UInt32 {
      var value: UInt32 = 0
      for offset in 0..<4 {
        let byte = text[at + offset]
        let digit: UInt8 =
          switch byte {
          case 0x30...0x39: byte - 0x30
          case 0x41...0x46: byte - 0x41 + 10
          default: byte - 0x61 + 10
          }
        value = value << 4 | UInt32(digit)
      }
      return value
    }
    while index < text.count {
      let byte = text[index]
      guard byte == UInt8(ascii: "\\") else {
        output.append(byte)
        index += 1
        continue
      }
      let escape = text[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = hex(index)
        index += 4
        if scalar >= 0xD800 && scalar <= 0xDBFF {
          guard index + 6 <= text.count, text[index] == UInt8(ascii: "\\"), text[index + 1] == UInt8(ascii: "u")
          else { throw unsupported(String.self) }
          let low = hex(index + 2)
          guard low >= 0xDC00 && low <= 0xDFFF else { throw unsupported(String.self) }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
          throw unsupported(String.self)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw unsupported(String.self) }
        output.append(contentsOf: UTF8.encode(unicode).map(Array.init) ?? [])
      default: output.append(escape)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The number at `index` as a `Double`.
  func double(_ index: Int) throws -> Double {
    let token = tape[index]
    guard token.kind == .number else { throw mismatch(Double.self) }
    guard let value = JSONNumber.double(bytes, from: Int(token.start), to: Int(token.end)), value.isFinite else {
      throw unsupported(Double.self)
    }
    return value
  }

  /// The number at `index` as an integer of type `T`.
  func integer<T: FixedWidthInteger>(_ index: Int, as type: T.Type) throws -> T {
    let token = tape[index]
    guard token.kind == .number else { throw mismatch(T.self) }
    guard token.flag, let value = JSONNumber.integer(bytes, from: Int(token.start), to: Int(token.end)),
      let exact = T(exactly: value)
    else { throw unsupported(T.self) }
    return exact
  }

  /// The boolean at `index`.
  func bool(_ index: Int) throws -> Bool {
    switch tape[index].kind {
    case .true: return true
    case .false: return false
    default: throw mismatch(Bool.self)
    }
  }

  /// A value of any type at `index`, with the common leaf types read directly.
  @inline(__always)
  func decode<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
    if T.self == String.self, let value = try string(index) as? T { return value }
    if T.self == Double.self, let value = try double(index) as? T { return value }
    if T.self == Bool.self, let value = try bool(index) as? T { return value }
    if T.self == Int.self, let value = try integer(index, as: Int.self) as? T { return value }
    return try T(from: TapeDecoder(state: self, index: index))
  }
}
