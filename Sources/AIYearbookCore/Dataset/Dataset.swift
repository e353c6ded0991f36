/// The whole dataset, or a user's file of it, in the export format.
///
/// The Codable form of a `Dataset` is exactly the export object of the
/// dataset's contract: `schemaVersion`, `dataVersion` and one array per entity
/// and record kind, every key always written.
///
/// ```swift
/// let data = try JSONDecoder().decode(Dataset.self, from: bytes)
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
  public var recordCount: Int { ElementKind.records.reduce(0) { $0 + count(of: $1) } }

  /// The number of elements of one kind.
  public func count(of kind: ElementKind) -> Int {
    func count<E: DatasetElement>(_ type: E.Type) -> Int { self[keyPath: E.elements].count }
    return count(kind.elementType)
  }

  /// Every element of one kind, type-erased, in storage order.
  public func elements(of kind: ElementKind) -> [AnyElement] {
    func elements<E: DatasetElement>(_ type: E.Type) -> [AnyElement] { self[keyPath: E.elements].map(\.erased) }
    return elements(kind.elementType)
  }

  /// Every record of every kind, type-erased, in export order.
  public var allRecords: [any Record] { ElementKind.records.flatMap { elements(of: $0).compactMap(\.record) } }

  /// Every record's citations, paired with the record's identifier, in export order.
  public var allCitations: [(recordID: String, citation: Citation)] {
    allRecords.flatMap { record in record.citations.map { (record.rawID, $0) } }
  }

  /// Adds every element of `other` after this dataset's, collection by collection.
  public mutating func append(contentsOf other: Dataset) {
    func append<E: DatasetElement>(_ type: E.Type) { self[keyPath: E.elements] += other[keyPath: E.elements] }
    for kind in ElementKind.allCases { append(kind.elementType) }
  }

  /// Sorts every collection by identifier, as the export writes it.
  public mutating func sortByIdentifier() {
    func sort<E: DatasetElement>(_ type: E.Type) { self[keyPath: E.elements].sort { $0.id < $1.id } }
    for kind in ElementKind.allCases { sort(kind.elementType) }
  }
}
