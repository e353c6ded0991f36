/// One value on the tape (``TapeDecoder``).
struct TapeSingleValueContainer: SingleValueDecodingContainer {
  let state: TapeDecoderState
  let index: Int

  var codingPath: [any CodingKey] { [] }

  func decodeNil() -> Bool { state.tape[index].kind == .null }
  func decode(_ type: Bool.Type) throws -> Bool { try state.bool(index) }
  func decode(_ type: String.Type) throws -> String { try state.string(index) }
  func decode(_ type: Double.Type) throws -> Double { try state.double(index) }
  func decode(_ type: Float.Type) throws -> Float { throw state.unsupported(Float.self) }
  func decode(_ type: Int.Type) throws -> Int { try state.integer(index, as: Int.self) }
  func decode(_ type: Int8.Type) throws -> Int8 { try state.integer(index, as: Int8.self) }
  func decode(_ type: Int16.Type) throws -> Int16 { try state.integer(index, as: Int16.self) }
  func decode(_ type: Int32.Type) throws -> Int32 { try state.integer(index, as: Int32.self) }
  func decode(_ type: Int64.Type) throws -> Int64 { try state.integer(index, as: Int64.self) }
  func decode(_ type: UInt.Type) throws -> UInt { try state.integer(index, as: UInt.self) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try state.integer(index, as: UInt8.self) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try state.integer(index, as: UInt16.self) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try state.integer(index, as: UInt32.self) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try state.integer(index, as: UInt64.self) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try state.decode(T.self, at: index) }
}
