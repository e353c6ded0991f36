extension FundingRound: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, title, kind, status, roundLabel, amount, valuation, parties, products, regions, locality, summary
  }

  /// Decodes a funding round; `date` must be present (it may be `null`), missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let header = try RecordHeader(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(ID.self, forKey: .id), date: header.date, citations: header.citations,
      title: try container.decode(LocalizedText.self, forKey: .title),
      kind: try container.decode(Kind.self, forKey: .kind), status: try container.decode(Status.self, forKey: .status),
      roundLabel: try container.decodeIfPresent(String.self, forKey: .roundLabel),
      amount: try container.decodeIfPresent(Money.self, forKey: .amount),
      valuation: try container.decodeIfPresent(Valuation.self, forKey: .valuation),
      parties: try container.decodeList(forKey: .parties), products: try container.decodeList(forKey: .products),
      regions: try container.decodeList(forKey: .regions),
      locality: try container.decodeIfPresent(String.self, forKey: .locality),
      summary: try container.decodeIfPresent(LocalizedText.self, forKey: .summary), tags: header.tags,
      note: header.note,
      inferred: header.inferred, listIncomplete: header.listIncomplete,
      disagreesWith: header.disagreesWith)
  }

  /// Encodes a funding round; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    try encodeHeader(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(kind, forKey: .kind)
    try container.encode(status, forKey: .status)
    try container.encodeIfPresent(roundLabel, forKey: .roundLabel)
    try container.encodeIfPresent(amount, forKey: .amount)
    try container.encodeIfPresent(valuation, forKey: .valuation)
    try container.encode(parties, forKey: .parties)
    try container.encode(products, forKey: .products)
    try container.encode(regions, forKey: .regions)
    try container.encodeIfPresent(locality, forKey: .locality)
    try container.encodeIfPresent(summary, forKey: .summary)
  }
}

extension FundingRound {
  /// The field names of a fundinground's JSON object.
  public static var fieldNames: Set<String> {
    Set(CodingKeys.allCases.map(\.stringValue)).union(RecordHeader.fieldNames)
  }
}
