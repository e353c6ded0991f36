/// Two statements in the dataset that cannot both be right.
///
/// ```swift
/// for conflict in yearbook.conflicts() { print(conflict.kind, conflict.recordIDs, conflict.detail) }
/// ```
public struct Conflict: Hashable, Sendable, Codable {
  /// What disagrees.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Statistics with the same scope (metric, kind, regions, population, breakdown, period) and different values;
    /// a forecast and the figure it forecast differ in kind and are not a conflict.
    case statisticValue
    /// A record's citations state a value or date that differs from the record's own.
    case citationDisagreement
    /// Events describing the same happening with dates that do not overlap.
    case eventDate
    /// A bracketed restatement that does not equal the value it restates
    /// (约4天(约80小时): 4 days are 96 hours), for units that convert exactly.
    case restatementDisagreement
  }

  /// What disagrees.
  public var kind: Kind
  /// The records involved.
  public var recordIDs: [String]
  /// What differs, in words.
  public var detail: String
}

extension Yearbook {
  /// Every conflict in the data: statistics of the same scope with different
  /// values; citations whose stated value or date disagrees with their record;
  /// restatements that do not equal the value they restate; events with the
  /// same title whose dates do not overlap (`2025-08` and `2025-08-26` agree).
  public func conflicts() -> [Conflict] {
    var result: [Conflict] = []
    // Statistics with the same scope and different values.
    var scopes: [String: [Statistic]] = [:]
    for statistic in dataset.statistics {
      guard let date = statistic.date, statistic.value.value != nil else { continue }
      let scope = [
        statistic.metric.rawValue, statistic.kind.rawValue, statistic.measure.rawValue, statistic.value.unit.rawValue,
        statistic.regions.map(\.rawValue).sorted().joined(separator: ","),
        statistic.population?.en ?? "", statistic.breakdown.map { "\($0.dimension)=\($0.category.id)" } ?? "",
        statistic.organizations.map(\.rawValue).sorted().joined(separator: ","),
        statistic.products.map(\.rawValue).sorted().joined(separator: ","),
        statistic.baseline?.period?.description ?? "", statistic.direction?.rawValue ?? "", date.description,
      ].joined(separator: "|")
      scopes[scope, default: []].append(statistic)
    }
    for (_, group) in scopes.sorted(by: { $0.key < $1.key }) where group.count > 1 {
      let values = Set(group.compactMap(\.value.value))
      guard values.count > 1 else { continue }
      let sorted = group.sorted { $0.id < $1.id }
      result.append(
        Conflict(
          kind: .statisticValue, recordIDs: sorted.map(\.id.rawValue),
          detail: sorted.map { "\($0.id): \(Self.format($0.value))" }.joined(separator: "; ")))
    }
    // Citations that state another value or date.
    func citationConflicts<R: Record>(_ records: [R], value: (R) -> Quantity?) {
      for record in records {
        for citation in record.citations {
          if let stated = citation.statedDate, let date = record.date, !stated.overlaps(date) {
            result.append(
              Conflict(
                kind: .citationDisagreement, recordIDs: [record.id.rawValue],
                detail: "\(citation.source) states \(stated), the record has \(date)"))
          }
          if let stated = citation.statedValue?.value, let own = value(record)?.value, stated != own {
            result.append(
              Conflict(
                kind: .citationDisagreement, recordIDs: [record.id.rawValue],
                detail: "\(citation.source) states \(CSVExport.number(stated)), the record has \(CSVExport.number(own))"
              ))
          }
        }
      }
    }
    citationConflicts(dataset.events) { _ in nil }
    citationConflicts(dataset.benchmarkResults) { $0.score }
    citationConflicts(dataset.fundingRounds) {
      $0.amount.map { Quantity($0.amount, Quantity.Unit($0.currency.rawValue)) }
    }
    citationConflicts(dataset.regulations) { _ in nil }
    citationConflicts(dataset.statistics) { $0.value }
    // Restatements (alternates) that disagree with their value, in units that convert exactly.
    func restatements(_ id: String, _ quantity: Quantity?) {
      guard let quantity, let value = quantity.value, let unit = Self.seconds[quantity.unit] else { return }
      for alternate in quantity.alternates {
        guard let other = alternate.value, let otherUnit = Self.seconds[alternate.unit] else { continue }
        let here = value * unit
        let there = other * otherUnit
        if abs(here - there) > 0.05 * Swift.max(abs(here), abs(there)) {
          result.append(
            Conflict(
              kind: .restatementDisagreement, recordIDs: [id],
              detail: "\(Self.format(quantity)) is restated as \(Self.format(alternate))"))
        }
      }
    }
    for statistic in dataset.statistics { restatements(statistic.id.rawValue, statistic.value) }
    for benchmarkResult in dataset.benchmarkResults { restatements(benchmarkResult.id.rawValue, benchmarkResult.score) }
    // Events with the same title and dates that do not overlap.
    let byTitle = Dictionary(grouping: dataset.events.filter { $0.date != nil }) { TextFolding.fold($0.title.en) }
    for (_, group) in byTitle.sorted(by: { $0.key < $1.key }) where group.count > 1 {
      let sorted = group.sorted { $0.id < $1.id }
      for (index, first) in sorted.enumerated() {
        for second in sorted[(index + 1)...] {
          guard let a = first.date, let b = second.date, !a.overlaps(b) else { continue }
          result.append(
            Conflict(
              kind: .eventDate, recordIDs: [first.id.rawValue, second.id.rawValue],
              detail: "\(first.id) is dated \(a), \(second.id) is dated \(b)"))
        }
      }
    }
    return result
  }

  /// Seconds per unit, for the units that convert exactly.
  static let seconds: [Quantity.Unit: Double] = [.ms: 0.001, .seconds: 1, .minutes: 60, .hours: 3600, .days: 86400]

  static func format(_ quantity: Quantity) -> String {
    (quantity.value.map { CSVExport.number($0) } ?? "?") + " " + quantity.unit.rawValue
  }

}
