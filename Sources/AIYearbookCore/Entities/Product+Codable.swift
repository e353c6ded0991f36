extension Product: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, name, aliases, lookupNames, kind, organizations, parent, citations
  }

  /// Decodes a product; missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    name = try container.decode(LocalizedText.self, forKey: .name)
    aliases = try container.decodeList(forKey: .aliases)
    lookupNames = try container.decodeList(forKey: .lookupNames)
    kind = try container.decode(Kind.self, forKey: .kind)
    organizations = try container.decodeList(forKey: .organizations)
    parent = try container.decodeIfPresent(ID.self, forKey: .parent)
    citations = try container.decodeList(forKey: .citations)
  }

  /// Encodes a product.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(aliases, forKey: .aliases)
    if !lookupNames.isEmpty { try container.encode(lookupNames, forKey: .lookupNames) }
    try container.encode(kind, forKey: .kind)
    try container.encode(organizations, forKey: .organizations)
    try container.encodeIfPresent(parent, forKey: .parent)
    if !citations.isEmpty { try container.encode(citations, forKey: .citations) }
  }
}

extension Product {
  /// The field names of a product's JSON object.
  public static var fieldNames: Set<String> { Set(CodingKeys.allCases.map(\.stringValue)) }
}
