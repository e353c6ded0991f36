extension Dataset: Codable {
  /// The keys of the export object, in the order the contract lists them.
  public enum CodingKeys: String, CodingKey, CaseIterable {
    /// `schemaVersion`.
    case schemaVersion
    /// `dataVersion`.
    case dataVersion
    /// `sources`.
    case sources
    /// `organizations`.
    case organizations
    /// `products`.
    case products
    /// `benchmarks`.
    case benchmarks
    /// `metrics`.
    case metrics
    /// `events`.
    case events
    /// `benchmarkResults`.
    case benchmarkResults
    /// `fundingRounds`.
    case fundingRounds
    /// `regulations`.
    case regulations
    /// `statistics`.
    case statistics
  }

  /// Decodes an export object; every collection key is optional, `schemaVersion` is
  /// required and a missing `dataVersion` reads as `0.0.0`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try container.decode(String.self, forKey: .schemaVersion)
    dataVersion = try container.decodeIfPresent(String.self, forKey: .dataVersion) ?? "0.0.0"
    sources = try container.decodeList(forKey: .sources)
    organizations = try container.decodeList(forKey: .organizations)
    products = try container.decodeList(forKey: .products)
    benchmarks = try container.decodeList(forKey: .benchmarks)
    metrics = try container.decodeList(forKey: .metrics)
    events = try container.decodeList(forKey: .events)
    benchmarkResults = try container.decodeList(forKey: .benchmarkResults)
    fundingRounds = try container.decodeList(forKey: .fundingRounds)
    regulations = try container.decodeList(forKey: .regulations)
    statistics = try container.decodeList(forKey: .statistics)
  }

  /// Encodes the export object, every key written (empty arrays included).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(dataVersion, forKey: .dataVersion)
    try container.encode(sources, forKey: .sources)
    try container.encode(organizations, forKey: .organizations)
    try container.encode(products, forKey: .products)
    try container.encode(benchmarks, forKey: .benchmarks)
    try container.encode(metrics, forKey: .metrics)
    try container.encode(events, forKey: .events)
    try container.encode(benchmarkResults, forKey: .benchmarkResults)
    try container.encode(fundingRounds, forKey: .fundingRounds)
    try container.encode(regulations, forKey: .regulations)
    try container.encode(statistics, forKey: .statistics)
  }
}
