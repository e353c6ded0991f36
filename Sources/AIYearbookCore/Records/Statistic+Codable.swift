extension Statistic: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, metric, value, measure, direction, baseline, seriesId, regions, locality, population, breakdown
    case kind, producer, reportedOn, periodLabel, organizations, products
  }

  /// Decodes a statistic; `date` must be present (it may be `null`), missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let header = try RecordHeader(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(ID.self, forKey: .id), date: header.date, citations: header.citations,
      metric: try container.decode(Metric.ID.self, forKey: .metric),
      value: try container.decode(Quantity.self, forKey: .value),
      measure: try container.decode(Measure.self, forKey: .measure),
      direction: try container.decodeIfPresent(Direction.self, forKey: .direction),
      baseline: try container.decodeIfPresent(Baseline.self, forKey: .baseline),
      seriesId: try container.decodeIfPresent(String.self, forKey: .seriesId),
      regions: try container.decodeList(forKey: .regions),
      locality: try container.decodeIfPresent(String.self, forKey: .locality),
      population: try container.decodeIfPresent(LocalizedText.self, forKey: .population),
      breakdown: try container.decodeIfPresent(Breakdown.self, forKey: .breakdown),
      kind: try container.decode(Kind.self, forKey: .kind),
      producer: try container.decodeIfPresent(Organization.ID.self, forKey: .producer),
      reportedOn: try container.decodeIfPresent(DatePeriod.self, forKey: .reportedOn),
      periodLabel: try container.decodeIfPresent(String.self, forKey: .periodLabel),
      organizations: try container.decodeList(forKey: .organizations),
      products: try container.decodeList(forKey: .products), tags: header.tags, note: header.note,
      inferred: header.inferred, listIncomplete: header.listIncomplete,
      disagreesWith: header.disagreesWith)
  }

  /// Encodes a statistic; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    try encodeHeader(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(metric, forKey: .metric)
    try container.encode(value, forKey: .value)
    try container.encode(measure, forKey: .measure)
    try container.encodeIfPresent(direction, forKey: .direction)
    try container.encodeIfPresent(baseline, forKey: .baseline)
    try container.encodeIfPresent(seriesId, forKey: .seriesId)
    try container.encode(regions, forKey: .regions)
    try container.encodeIfPresent(locality, forKey: .locality)
    try container.encodeIfPresent(population, forKey: .population)
    try container.encodeIfPresent(breakdown, forKey: .breakdown)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(producer, forKey: .producer)
    try container.encodeIfPresent(reportedOn, forKey: .reportedOn)
    try container.encodeIfPresent(periodLabel, forKey: .periodLabel)
    try container.encode(organizations, forKey: .organizations)
    try container.encode(products, forKey: .products)
  }
}

extension Statistic {
  /// The field names of a statistic's JSON object.
  public static var fieldNames: Set<String> {
    Set(CodingKeys.allCases.map(\.stringValue)).union(RecordHeader.fieldNames)
  }
}
