extension Event: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, title, summary, category, organizations, products, regions, locality
  }

  /// Decodes an event; `date` must be present (it may be `null`), missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let header = try RecordHeader(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(ID.self, forKey: .id), date: header.date, citations: header.citations,
      title: try container.decode(LocalizedText.self, forKey: .title),
      summary: try container.decodeIfPresent(LocalizedText.self, forKey: .summary),
      category: try container.decode(Category.self, forKey: .category),
      organizations: try container.decodeList(forKey: .organizations),
      products: try container.decodeList(forKey: .products), regions: try container.decodeList(forKey: .regions),
      locality: try container.decodeIfPresent(String.self, forKey: .locality), tags: header.tags,
      note: header.note, inferred: header.inferred, listIncomplete: header.listIncomplete,
      disagreesWith: header.disagreesWith)
  }

  /// Encodes an event; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    try encodeHeader(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encodeIfPresent(summary, forKey: .summary)
    try container.encode(category, forKey: .category)
    try container.encode(organizations, forKey: .organizations)
    try container.encode(products, forKey: .products)
    try container.encode(regions, forKey: .regions)
    try container.encodeIfPresent(locality, forKey: .locality)
  }
}

extension Event {
  /// The field names of a event's JSON object.
  public static var fieldNames: Set<String> {
    Set(CodingKeys.allCases.map(\.stringValue)).union(RecordHeader.fieldNames)
  }
}
