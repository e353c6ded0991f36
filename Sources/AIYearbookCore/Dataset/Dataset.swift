/// The whole dataset, or a user's file of it, in the export format.
///
/// The Codable form of a `Dataset` is exactly the export object of the
/// dataset's contract: `schemaVersion`, `dataVersion` and one array per entity
/// and record kind, every key always written.
///
/// ```swift
/// let data = try JSONDecoder().decode(Dataset.self, from: exportedBytes)
/// data.events.count
/// ```
///
/// A `Dataset` is plain data; the `AIYearbook` module's `Yearbook` indexes one
/// for queries.
public struct Dataset: Hashable, Sendable {
  /// The version of the export format (`1.1.0`).
  public var schemaVersion: String
  /// The version of the data (semver, separate from the package version).
  public var dataVersion: String
  /// The source documents.
  public var sources: [Source]
  /// The organizations.
  public var organizations: [Organization]
  /// The products.
  public var products: [Product]
  /// The benchmarks.
  public var benchmarks: [Benchmark]
  /// The statistic registry.
  public var metrics: [Metric]
  /// The events.
  public var events: [Event]
  /// The benchmark results.
  public var benchmarkResults: [BenchmarkResult]
  /// The funding rounds.
  public var fundingRounds: [FundingRound]
  /// The regulations.
  public var regulations: [Regulation]
  /// The statistics.
  public var statistics: [Statistic]

  /// The export format version this library writes.
  public static let currentSchemaVersion = "1.1.0"

  /// Creates a dataset.
  public init(
    schemaVersion: String = Dataset.currentSchemaVersion, dataVersion: String, sources: [Source] = [],
    organizations: [Organization] = [], products: [Product] = [], benchmarks: [Benchmark] = [],
    metrics: [Metric] = [], events: [Event] = [], benchmarkResults: [BenchmarkResult] = [],
    fundingRounds: [FundingRound] = [], regulations: [Regulation] = [], statistics: [Statistic] = []
  ) {
    self.schemaVersion = schemaVersion
    self.dataVersion = dataVersion
    self.sources = sources
    self.organizations = organizations
    self.products = products
    self.benchmarks = benchmarks
    self.metrics = metrics
    self.events = events
    self.benchmarkResults = benchmarkResults
    self.fundingRounds = fundingRounds
    self.regulations = regulations
    self.statistics = statistics
  }

  /// The number of records of every kind (entities not counted).
  public var recordCount: Int {
    events.count + benchmarkResults.count + fundingRounds.count + regulations.count + statistics.count
  }

  /// The number of records of one kind.
  public func count(of kind: RecordKind) -> Int {
    switch kind {
    case .event: events.count
    case .benchmarkResult: benchmarkResults.count
    case .fundingRound: fundingRounds.count
    case .regulation: regulations.count
    case .statistic: statistics.count
    }
  }

  /// Every record's citations, paired with the record's identifier, in export order.
  public var allCitations: [(recordID: String, citation: Citation)] {
    func pairs<R: Record>(_ records: [R]) -> [(recordID: String, citation: Citation)] {
      records.flatMap { record in record.citations.map { (record.id.rawValue, $0) } }
    }
    return pairs(events) + pairs(benchmarkResults) + pairs(fundingRounds) + pairs(regulations) + pairs(statistics)
  }
}
