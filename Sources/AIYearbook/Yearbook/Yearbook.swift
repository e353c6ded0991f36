#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// The dataset, indexed for lookups and queries.
///
/// A `Yearbook` is an immutable value. ``embedded()`` gives the dataset compiled
/// into the library (decoded once, on first use, thread-safely); a user's own
/// files in the export format can be read alone or merged with it.
///
/// ```swift
/// import AIYearbook
///
/// let yearbook = try Yearbook.embedded()
/// yearbook.organization("org-openai")?.name.zh   // "OpenAI"
/// try yearbook.events.in("2025-12").count()      // events dated within December 2025
/// ```
public struct Yearbook: Sendable {
  /// The data, as plain values.
  public let dataset: Dataset
  /// Where each identifier was defined (`events.json`, `mine.json`), for error messages.
  let origins: [String: String]
  let organizationIndex: [Organization.ID: Organization]
  let productIndex: [Product.ID: Product]
  let benchmarkIndex: [Benchmark.ID: Benchmark]
  let metricIndex: [Metric.ID: Metric]
  let sourceIndex: [Source.ID: Source]
  let childOrganizations: [Organization.ID: [Organization.ID]]
  /// Each record's searchable text, folded once (``TextFolding``), keyed by identifier.
  let foldedText: [String: String]
  /// The search index, built on the first ``search(_:limit:)``.
  let searchCache: SearchIndexCache

  /// Indexes a dataset.
  ///
  /// - Parameters:
  ///   - dataset: The data.
  ///   - origin: Where the data comes from (a file name), for error messages.
  /// - Throws: ``YearbookError/duplicateIdentifier(id:first:second:)`` when two
  ///   entities or records share an identifier.
  public init(_ dataset: Dataset, origin: String = "dataset") throws(YearbookError) {
    var origins: [String: String] = [:]
    try Self.register(dataset, origin: origin, into: &origins)
    self.init(indexing: dataset, origins: origins)
  }

  private init(indexing dataset: Dataset, origins: [String: String]) {
    self.dataset = dataset
    self.origins = origins
    searchCache = SearchIndexCache()
    organizationIndex = Dictionary(dataset.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    productIndex = Dictionary(dataset.products.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    benchmarkIndex = Dictionary(dataset.benchmarks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    metricIndex = Dictionary(dataset.metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    sourceIndex = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var children: [Organization.ID: [Organization.ID]] = [:]
    for organization in dataset.organizations {
      if let parent = organization.parent { children[parent, default: []].append(organization.id) }
    }
    childOrganizations = children
    var folded: [String: String] = [:]
    func index<R: Record>(_ records: [R]) {
      for record in records {
        folded[record.id.rawValue] = TextFolding.fold(record.searchableText.joined(separator: "\u{1F}"))
      }
    }
    index(dataset.events)
    index(dataset.benchmarkResults)
    index(dataset.fundingRounds)
    index(dataset.regulations)
    index(dataset.statistics)
    foldedText = folded
  }

  /// The dataset compiled into the library.
  ///
  /// Decoded on first use, once, thread-safely; later calls return the same value.
  ///
  /// - Throws: ``YearbookError`` when an embedded file does not decode (a build
  ///   with broken resources), naming the file, the record and the field.
  public static func embedded() throws(YearbookError) -> Yearbook {
    try embeddedYearbook.get()
  }

  private static let embeddedYearbook: Result<Yearbook, YearbookError> = Result { () throws(YearbookError) in
    let dataset = try EmbeddedData.dataset.get()
    var origins: [String: String] = [:]
    try register(dataset, origin: "embedded data", into: &origins)
    return Yearbook(indexing: dataset, origins: origins)
  }

  /// Reads a file in the export format.
  ///
  /// - Parameters:
  ///   - url: The file.
  ///   - includingEmbedded: Whether to merge the file with the embedded data
  ///     (the default) or to use the file alone.
  /// - Throws: ``YearbookError`` when the file cannot be read or decoded, or an
  ///   identifier is defined twice.
  public init(contentsOf url: URL, includingEmbedded: Bool = true) throws(YearbookError) {
    let name = url.lastPathComponent
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadableFile(file: url.path, reason: "\(error)")
    }
    let dataset = try DatasetReader.decodeDataset(from: data, file: name)
    if includingEmbedded {
      self = try Yearbook.embedded().merging(dataset, origin: name)
    } else {
      self = try Yearbook(dataset, origin: name)
    }
  }

  /// A yearbook holding this one's data and `other`'s.
  ///
  /// - Parameters:
  ///   - other: The data to add.
  ///   - origin: Where `other` comes from, for error messages.
  /// - Throws: ``YearbookError/duplicateIdentifier(id:first:second:)`` naming both
  ///   places when `other` defines an identifier this yearbook already has.
  public func merging(_ other: Dataset, origin: String) throws(YearbookError) -> Yearbook {
    var origins = self.origins
    try Self.register(other, origin: origin, into: &origins)
    var merged = dataset
    merged.sources += other.sources
    merged.organizations += other.organizations
    merged.products += other.products
    merged.benchmarks += other.benchmarks
    merged.metrics += other.metrics
    merged.events += other.events
    merged.benchmarkResults += other.benchmarkResults
    merged.fundingRounds += other.fundingRounds
    merged.regulations += other.regulations
    merged.statistics += other.statistics
    return Yearbook(indexing: merged, origins: origins)
  }

  private static func register(
    _ dataset: Dataset, origin: String, into origins: inout [String: String]
  ) throws(YearbookError) {
    func add(_ ids: [String], key: String) throws(YearbookError) {
      for (index, id) in ids.enumerated() {
        let place = "\(origin) $.\(key)[\(index)]"
        if let first = origins[id] { throw .duplicateIdentifier(id: id, first: first, second: place) }
        origins[id] = place
      }
    }
    try add(dataset.sources.map(\.id.rawValue), key: "sources")
    try add(dataset.organizations.map(\.id.rawValue), key: "organizations")
    try add(dataset.products.map(\.id.rawValue), key: "products")
    try add(dataset.benchmarks.map(\.id.rawValue), key: "benchmarks")
    try add(dataset.metrics.map(\.id.rawValue), key: "metrics")
    try add(dataset.events.map(\.id.rawValue), key: "events")
    try add(dataset.benchmarkResults.map(\.id.rawValue), key: "benchmarkResults")
    try add(dataset.fundingRounds.map(\.id.rawValue), key: "fundingRounds")
    try add(dataset.regulations.map(\.id.rawValue), key: "regulations")
    try add(dataset.statistics.map(\.id.rawValue), key: "statistics")
  }

  /// The version of the export format the data is in.
  public var schemaVersion: String { dataset.schemaVersion }
  /// The version of the data.
  public var dataVersion: String { dataset.dataVersion }

  /// The organization with the identifier, if any.
  public func organization(_ id: Organization.ID) -> Organization? { organizationIndex[id] }
  /// The product with the identifier, if any.
  public func product(_ id: Product.ID) -> Product? { productIndex[id] }
  /// The benchmark with the identifier, if any.
  public func benchmark(_ id: Benchmark.ID) -> Benchmark? { benchmarkIndex[id] }
  /// The metric with the identifier, if any.
  public func metric(_ id: Metric.ID) -> Metric? { metricIndex[id] }
  /// The source with the identifier, if any.
  public func source(_ id: Source.ID) -> Source? { sourceIndex[id] }

  /// The organizations whose parent is `id`, and theirs, recursively.
  public func descendants(of id: Organization.ID) -> [Organization.ID] {
    var result: [Organization.ID] = []
    var queue = childOrganizations[id] ?? []
    var seen: Set<Organization.ID> = [id]
    while let next = queue.popLast() {
      guard seen.insert(next).inserted else { continue }
      result.append(next)
      queue += childOrganizations[next] ?? []
    }
    return result.sorted()
  }
}
