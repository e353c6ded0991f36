/// The ten kinds of element a dataset holds: five entities and five records.
///
/// This enumeration is the one list of the dataset's collections. Every place
/// that handles each collection — coding the export object, reading files,
/// merging, counting, exporting JSON Lines — iterates `allCases` and opens
/// ``elementType``, so a collection is never listed by hand a second time.
///
/// The raw value is the collection's key in the export format:
///
/// ```swift
/// ElementKind.fundingRound.exportKey    // "fundingRounds"
/// ElementKind.fundingRound.idPrefix     // "funding-"
/// ElementKind(identifier: "org-openai") // .organization
/// ElementKind.records.count             // 5
/// ```
public enum ElementKind: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
  /// The source documents (`sources`).
  case source = "sources"
  /// Organizations (`organizations`).
  case organization = "organizations"
  /// Products: models, apps, chips, robots, systems (`products`).
  case product = "products"
  /// Benchmarks (`benchmarks`).
  case benchmark = "benchmarks"
  /// The statistic registry (`metrics`).
  case metric = "metrics"
  /// ``Event`` records (`events`).
  case event = "events"
  /// ``BenchmarkResult`` records (`benchmarkResults`).
  case benchmarkResult = "benchmarkResults"
  /// ``FundingRound`` records (`fundingRounds`).
  case fundingRound = "fundingRounds"
  /// ``Regulation`` records (`regulations`).
  case regulation = "regulations"
  /// ``Statistic`` records (`statistics`).
  case statistic = "statistics"

  /// The Swift type of this kind's elements.
  ///
  /// Generic code opens it to reach the collection with its real type:
  ///
  /// ```swift
  /// func count<E: DatasetElement>(_ type: E.Type, in dataset: Dataset) -> Int {
  ///   dataset[keyPath: E.elements].count
  /// }
  /// ElementKind.allCases.map { count($0.elementType, in: dataset) }
  /// ```
  public var elementType: any DatasetElement.Type {
    switch self {
    case .source: Source.self
    case .organization: Organization.self
    case .product: Product.self
    case .benchmark: Benchmark.self
    case .metric: Metric.self
    case .event: Event.self
    case .benchmarkResult: BenchmarkResult.self
    case .fundingRound: FundingRound.self
    case .regulation: Regulation.self
    case .statistic: Statistic.self
    }
  }

  /// The key of this kind's array in the export format (`events`).
  public var exportKey: String { rawValue }

  /// The prefix of this kind's identifiers (`event-`, `org-`).
  public var idPrefix: String { elementType.idPrefix }

  /// Whether elements of this kind are records (dated, cited facts) rather than entities.
  public var isRecord: Bool { elementType.isRecord }

  /// The five record kinds, in export order.
  public static var records: [ElementKind] { allCases.filter(\.isRecord) }

  /// The five entity kinds, in export order.
  public static var entities: [ElementKind] { allCases.filter { !$0.isRecord } }

  /// The kind whose export key is `exportKey` (`events`), if any.
  public init?(exportKey: String) { self.init(rawValue: exportKey) }

  /// The kind an identifier's prefix names (`org-openai` is an organization), if any.
  public init?(identifier: String) {
    guard let kind = Self.allCases.first(where: { identifier.hasPrefix($0.idPrefix) }) else { return nil }
    self = kind
  }

  /// The export key.
  public var description: String { rawValue }
}
