extension BenchmarkResult: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, benchmark, metric, subject, score, outcome, comparedWith, regions
  }

  /// Decodes a result; `date` must be present (it may be `null`), missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let header = try RecordHeader(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(ID.self, forKey: .id), date: header.date, citations: header.citations,
      benchmark: try container.decode(Benchmark.ID.self, forKey: .benchmark),
      metric: try container.decode(String.self, forKey: .metric),
      subject: try container.decode(Subject.self, forKey: .subject),
      score: try container.decodeIfPresent(Quantity.self, forKey: .score),
      outcome: try container.decode(Outcome.self, forKey: .outcome),
      comparedWith: try container.decodeList(forKey: .comparedWith),
      regions: try container.decodeList(forKey: .regions), tags: header.tags, note: header.note,
      inferred: header.inferred, listIncomplete: header.listIncomplete,
      disagreesWith: header.disagreesWith)
  }

  /// Encodes a result; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    try encodeHeader(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(benchmark, forKey: .benchmark)
    try container.encode(metric, forKey: .metric)
    try container.encode(subject, forKey: .subject)
    try container.encodeIfPresent(score, forKey: .score)
    try container.encode(outcome, forKey: .outcome)
    try container.encode(comparedWith, forKey: .comparedWith)
    try container.encode(regions, forKey: .regions)
  }
}

extension BenchmarkResult.Subject: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case product, organization, regions, text
  }

  /// Decodes an object with exactly one of `product`, `organization`, `regions`, `text`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let present = CodingKeys.allCases.filter { container.contains($0) }
    guard present.count == 1, let key = present.first else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: container.codingPath,
          debugDescription: "a subject has exactly one of product, organization, regions, text"))
    }
    switch key {
    case .product: self = .product(try container.decode(Product.ID.self, forKey: .product))
    case .organization: self = .organization(try container.decode(Organization.ID.self, forKey: .organization))
    case .regions: self = .regions(try container.decode([Region].self, forKey: .regions))
    case .text: self = .text(try container.decode(LocalizedText.self, forKey: .text))
    }
  }

  /// Encodes the subject as an object with one key.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .product(let id): try container.encode(id, forKey: .product)
    case .organization(let id): try container.encode(id, forKey: .organization)
    case .regions(let regions): try container.encode(regions, forKey: .regions)
    case .text(let text): try container.encode(text, forKey: .text)
    }
  }
}

extension BenchmarkResult {
  /// The field names of a benchmark result's JSON object.
  public static var fieldNames: Set<String> {
    Set(CodingKeys.allCases.map(\.stringValue)).union(RecordHeader.fieldNames)
  }
}
