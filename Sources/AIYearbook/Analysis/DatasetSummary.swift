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
    var entities: [String: Int] = [:]
    var bySource: [String: [String: Int]] = [:]
    var years: [String: Int] = [:]
    for kind in ElementKind.entities { entities[kind.exportKey] = dataset.count(of: kind) }
    for record in dataset.allRecords {
      let key = record.elementKind.exportKey
      records[key, default: 0] += 1
      for source in record.values(of: .source) { bySource[source, default: [:]][key, default: 0] += 1 }
      years[record.date.map { String($0.start.year) } ?? "undated", default: 0] += 1
    }
    for kind in ElementKind.records where records[kind.exportKey] == nil { records[kind.exportKey] = 0 }
    let sources = elements(Source.self).sorted { $0.id < $1.id }.map { source in
      DatasetSummary.SourceCounts(
        id: source.id.rawValue, title: source.title,
        records: Dictionary(
          uniqueKeysWithValues: ElementKind.records.map {
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
    sorted.sortByIdentifier()
    return sorted
  }
}
