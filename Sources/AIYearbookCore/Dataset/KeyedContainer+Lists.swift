extension KeyedDecodingContainer {
  /// Decodes a list that may be missing; a missing list is empty.
  func decodeList<T: Decodable>(_ type: [T].Type = [T].self, forKey key: Key) throws -> [T] {
    try decodeIfPresent([T].self, forKey: key) ?? []
  }

  /// Decodes a flag that may be missing; a missing flag is `false`.
  func decodeFlag(forKey key: Key) throws -> Bool {
    try decodeIfPresent(Bool.self, forKey: key) ?? false
  }
}

extension KeyedEncodingContainer {
  /// Encodes a flag only when it is set.
  mutating func encodeFlag(_ flag: Bool, forKey key: Key) throws {
    if flag { try encode(true, forKey: key) }
  }
}
