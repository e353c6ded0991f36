extension Statistic.Breakdown: Codable {
  private enum CodingKeys: String, CodingKey {
    case dimension, category, kind, exhaustive
  }

  /// Decodes a breakdown category; a former dimension name (`smartFactoryLevel`) decodes
  /// as its term (`smart-factory-level`), any other dimension is kept as it is.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      dimension: try container.decode(String.self, forKey: .dimension),
      category: try container.decode(Category.self, forKey: .category),
      kind: try container.decode(Kind.self, forKey: .kind),
      exhaustive: try container.decode(Bool.self, forKey: .exhaustive))
  }

  /// Encodes the breakdown category with its dimension's term.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(dimension, forKey: .dimension)
    try container.encode(category, forKey: .category)
    try container.encode(kind, forKey: .kind)
    try container.encode(exhaustive, forKey: .exhaustive)
  }
}
