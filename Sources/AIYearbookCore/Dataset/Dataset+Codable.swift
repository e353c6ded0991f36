extension Dataset: Codable {
  /// The keys of the export object: `schemaVersion`, `dataVersion`, then one per
  /// ``ElementKind``, in the order the contract lists them.
  public static var exportKeys: [String] { ["schemaVersion", "dataVersion"] + ElementKind.allCases.map(\.exportKey) }

  /// Decodes an export object; every collection key is optional, `schemaVersion` is
  /// required and a missing `dataVersion` reads as `0.0.0`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: DatasetCodingKey.self)
    self.init(
      schemaVersion: try container.decode(String.self, forKey: DatasetCodingKey("schemaVersion")),
      dataVersion: try container.decodeIfPresent(String.self, forKey: DatasetCodingKey("dataVersion")) ?? "0.0.0")
    func decode<E: DatasetElement>(_ type: E.Type) throws {
      self[keyPath: E.elements] = try container.decodeList(forKey: DatasetCodingKey(E.elementKind.exportKey))
    }
    for kind in ElementKind.allCases { try decode(kind.elementType) }
  }

  /// Encodes the export object, every key written (empty arrays included).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: DatasetCodingKey.self)
    try container.encode(schemaVersion, forKey: DatasetCodingKey("schemaVersion"))
    try container.encode(dataVersion, forKey: DatasetCodingKey("dataVersion"))
    func encode<E: DatasetElement>(_ type: E.Type) throws {
      try container.encode(self[keyPath: E.elements], forKey: DatasetCodingKey(E.elementKind.exportKey))
    }
    for kind in ElementKind.allCases { try encode(kind.elementType) }
  }
}

/// A key of the export object.
struct DatasetCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
