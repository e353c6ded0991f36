/// Counts of what a yearbook holds: records by kind, by source and by year.
///
/// A record citing two sources counts once for each source; the totals count
/// it once.
///
/// ```swift
/// let summary = try Yearbook.embedded().summary()
/// summary.records["events"]   // the number of events
/// ```
public struct DatasetSummary: Hashable, Sendable, Codable {
  /// The version of the export format.
  public var schemaVersion: String
  /// The version of the data.
  public var dataVersion: String
  /// Records per kind, keyed by export key (`events`).
  public var records: [String: Int]
  /// Entities per kind, keyed by export key (`organizations`).
  public var entities: [String: Int]
  /// Records per kind for each source.
  public var sources: [SourceCounts]
  /// Records per year of their date's start (`undated` for records without a date).
  public var years: [String: Int]

  /// The record counts of one source.
  public struct SourceCounts: Hashable, Sendable, Codable {
    /// The source's identifier.
    public var id: String
    /// The source's title.
    public var title: LocalizedText
    /// Records per kind citing this source, keyed by export key.
    public var records: [String: Int]
  }
}

extension Yearbook {
  /// Counts of what the yearbook holds.
  public func summary() -> DatasetSummary {
    var records: [String: Int] = [:]
    var bySource: [String: [String: Int]] = [:]
    var years: [String: Int] = [:]
    func count<R: Record>(_ list: [R]) {
      records[R.recordKind.exportKey] = list.count
      for record in list {
        for source in Set(record.citations.map(\.source.rawValue)) {
          bySource[source, default: [:]][R.recordKind.exportKey, default: 0] += 1
        }
        years[record.date.map { String($0.start.year) } ?? "undated", default: 0] += 1
      }
    }
    count(dataset.events)
    count(dataset.benchmarkResults)
    count(dataset.fundingRounds)
    count(dataset.regulations)
    count(dataset.statistics)
    let entities = [
      "sources": dataset.sources.count, "organizations": dataset.organizations.count,
      "products": dataset.products.count, "benchmarks": dataset.benchmarks.count, "metrics": dataset.metrics.count,
    ]
    let sources = dataset.sources.sorted { $0.id < $1.id }.map { source in
      DatasetSummary.SourceCounts(
        id: source.id.rawValue, title: source.title,
        records: Dictionary(
          uniqueKeysWithValues: RecordKind.allCases.map {
            ($0.exportKey, bySource[source.id.rawValue]?[$0.exportKey] ?? 0)
          }))
    }
    return DatasetSummary(
      schemaVersion: schemaVersion, dataVersion: dataVersion, records: records, entities: entities, sources: sources,
      years: years)
  }

  /// The yearbook's data with every array sorted by identifier, as `yearbook export` writes it.
  public func exportedDataset() -> Dataset {
    var sorted = dataset
    sorted.sources.sort { $0.id < $1.id }
    sorted.organizations.sort { $0.id < $1.id }
    sorted.products.sort { $0.id < $1.id }
    sorted.benchmarks.sort { $0.id < $1.id }
    sorted.metrics.sort { $0.id < $1.id }
    sorted.events.sort { $0.id < $1.id }
    sorted.benchmarkResults.sort { $0.id < $1.id }
    sorted.fundingRounds.sort { $0.id < $1.id }
    sorted.regulations.sort { $0.id < $1.id }
    sorted.statistics.sort { $0.id < $1.id }
    return sorted
  }
}
