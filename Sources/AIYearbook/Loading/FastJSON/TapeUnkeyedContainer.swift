/// The elements of an array on the tape (``TapeDecoder``), in order.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
  let state: TapeDecoderState
  /// The token of the next element.
  private var cursor: Int
  let count: Int?
  private(set) var currentIndex = 0

  init(state: TapeDecoderState, array: Int) {
    self.state = state
    cursor = array + 1
    count = Int(state.tape[array].end)
  }

  var codingPath: [any CodingKey] { [] }
  var isAtEnd: Bool { currentIndex >= (count ?? 0) }

  /// The next element's token, moving past it.
  private mutating func next() throws -> Int {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, DecodingError.Context(codingPath: [], debugDescription: "fast path: unkeyed container is at end"))
    }
    let index = cursor
    cursor = Int(state.tape[index].next)
    currentIndex += 1
    return index
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { throw state.mismatch(Never.self) }
    if state.tape[cursor].kind == .null {
      _ = try next()
      return true
    }
    return false
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try state.bool(try next()) }
  mutating func decode(_ type: String.Type) throws -> String { try state.string(try next()) }
  mutating func decode(_ type: Double.Type) throws -> Double { try state.double(try next()) }
  mutating func decode(_ type: Float.Type) throws -> Float { throw state.unsupported(Float.self) }
  mutating func decode(_ type: Int.Type) throws -> Int { try state.integer(try next(), as: Int.self) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try state.integer(try next(), as: Int8.self) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try state.integer(try next(), as: Int16.self) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try state.integer(try next(), as: Int32.self) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try state.integer(try next(), as: Int64.self) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try state.integer(try next(), as: UInt.self) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try state.integer(try next(), as: UInt8.self) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try state.integer(try next(), as: UInt16.self) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try state.integer(try next(), as: UInt32.self) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try state.integer(try next(), as: UInt64.self) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    // The element is consumed only when it decodes, as in JSONDecoder.
    guard !isAtEnd else { throw state.mismatch(T.self) }
    let value = try state.decode(T.self, at: cursor)
    _ = try next()
    return value
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    guard !isAtEnd else { throw state.mismatch(NestedKey.self) }
    let container = try TapeDecoder(state: state, index: cursor).container(keyedBy: NestedKey.self)
    _ = try next()
    return container
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard !isAtEnd else { throw state.mismatch([Int].self) }
    let container = try TapeDecoder(state: state, index: cursor).unkeyedContainer()
    _ = try next()
    return container
  }

  mutating func superDecoder() throws -> any Decoder { throw state.unsupported((any Decoder).self) }
}
