/// The members of an object on the tape (``TapeDecoder``).
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let state: TapeDecoderState
  let object: Int

  var codingPath: [any CodingKey] { [] }

  var allKeys: [Key] {
    var keys: [Key] = []
    var seen: Set<String> = []
    var index = object + 1
    let end = Int(state.tape[object].next)
    while index < end {
      if state.tape[index].flag { state.isUnsupported = true }
      if let name = try? state.string(index) {
        if !seen.insert(name).inserted { state.isUnsupported = true }
        if let key = Key(stringValue: name) { keys.append(key) }
      }
      index = Int(state.tape[index + 1].next)
    }
    return keys
  }

  @inline(__always)
  private func find(_ key: Key) -> Int? {
    var name = key.stringValue
    return name.withUTF8 { state.member($0, in: object) }
  }

  private func value(_ key: Key) throws -> Int {
    guard let index = find(key) else {
      throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "fast path"))
    }
    return index
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { state.tape[try value(key)].kind == .null }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try state.bool(try value(key)) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try state.string(try value(key)) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try state.double(try value(key)) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw state.unsupported(Float.self) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try state.integer(try value(key), as: Int.self) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try state.integer(try value(key), as: Int8.self) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try state.integer(try value(key), as: Int16.self)
  }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try state.integer(try value(key), as: Int32.self)
  }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try state.integer(try value(key), as: Int64.self)
  }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try state.integer(try value(key), as: UInt.self) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try state.integer(try value(key), as: UInt8.self)
  }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try state.integer(try value(key), as: UInt16.self)
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try state.integer(try value(key), as: UInt32.self)
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try state.integer(try value(key), as: UInt64.self)
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try state.decode(T.self, at: try value(key))
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    guard let index = find(key), state.tape[index].kind != .null else { return nil }
    return try state.string(index)
  }
  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    guard let index = find(key), state.tape[index].kind != .null else { return nil }
    return try state.bool(index)
  }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    guard let index = find(key), state.tape[index].kind != .null else { return nil }
    return try state.double(index)
  }
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let index = find(key), state.tape[index].kind != .null else { return nil }
    return try state.decode(T.self, at: index)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try TapeDecoder(state: state, index: try value(key)).container(keyedBy: NestedKey.self)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try TapeDecoder(state: state, index: try value(key)).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { throw state.unsupported((any Decoder).self) }

  func superDecoder(forKey key: Key) throws -> any Decoder { throw state.unsupported((any Decoder).self) }
}
