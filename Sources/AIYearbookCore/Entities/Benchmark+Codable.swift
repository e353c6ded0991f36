extension Benchmark: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, name, aliases, description, metrics, citations
  }

  /// Decodes a benchmark; missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    name = try container.decode(LocalizedText.self, forKey: .name)
    aliases = try container.decodeList(forKey: .aliases)
    description = try container.decode(LocalizedText.self, forKey: .description)
    metrics = try container.decodeList(forKey: .metrics)
    citations = try container.decodeList(forKey: .citations)
  }

  /// Encodes a benchmark.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(aliases, forKey: .aliases)
    try container.encode(description, forKey: .description)
    try container.encode(metrics, forKey: .metrics)
    if !citations.isEmpty { try container.encode(citations, forKey: .citations) }
  }
}

extension Benchmark {
  /// The field names of a benchmark's JSON object.
  public static var fieldNames: Set<String> { Set(CodingKeys.allCases.map(\.stringValue)) }
}
