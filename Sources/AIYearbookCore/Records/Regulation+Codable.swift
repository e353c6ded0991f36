extension Regulation: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, title, aliases, jurisdiction, locality, issuers, issuersIncomplete, issuerCount, status, milestones
    case coveragePeriod, category, officialCategory, summary
  }

  /// Decodes a regulation; `date` must be present (it may be `null`), missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let header = try RecordHeader(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(ID.self, forKey: .id), date: header.date, citations: header.citations,
      title: try container.decode(LocalizedText.self, forKey: .title),
      aliases: try container.decodeList(forKey: .aliases),
      jurisdiction: try container.decode(Region.self, forKey: .jurisdiction),
      locality: try container.decodeIfPresent(String.self, forKey: .locality),
      issuers: try container.decodeList(forKey: .issuers),
      issuersIncomplete: try container.decodeFlag(forKey: .issuersIncomplete),
      issuerCount: try container.decodeIfPresent(Int.self, forKey: .issuerCount),
      status: try container.decode(Status.self, forKey: .status),
      milestones: try container.decodeList(forKey: .milestones),
      coveragePeriod: try container.decodeIfPresent(DatePeriod.self, forKey: .coveragePeriod),
      category: try container.decode(Category.self, forKey: .category),
      officialCategory: try container.decodeIfPresent(LocalizedText.self, forKey: .officialCategory),
      summary: try container.decodeIfPresent(LocalizedText.self, forKey: .summary), tags: header.tags,
      note: header.note, inferred: header.inferred, listIncomplete: header.listIncomplete,
      disagreesWith: header.disagreesWith)
  }

  /// Encodes a regulation; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    try encodeHeader(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(aliases, forKey: .aliases)
    try container.encode(jurisdiction, forKey: .jurisdiction)
    try container.encodeIfPresent(locality, forKey: .locality)
    try container.encode(issuers, forKey: .issuers)
    try container.encodeFlag(issuersIncomplete, forKey: .issuersIncomplete)
    try container.encodeIfPresent(issuerCount, forKey: .issuerCount)
    try container.encode(status, forKey: .status)
    try container.encode(milestones, forKey: .milestones)
    try container.encodeIfPresent(coveragePeriod, forKey: .coveragePeriod)
    try container.encode(category, forKey: .category)
    try container.encodeIfPresent(officialCategory, forKey: .officialCategory)
    try container.encodeIfPresent(summary, forKey: .summary)
  }
}

extension Regulation {
  /// The field names of a regulation's JSON object.
  public static var fieldNames: Set<String> {
    Set(CodingKeys.allCases.map(\.stringValue)).union(RecordHeader.fieldNames)
  }
}
