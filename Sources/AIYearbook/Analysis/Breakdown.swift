/// A statistic's distribution: every category of its breakdown, with its kind.
///
/// ```swift
/// let ages = try yearbook.breakdown(of: "stat-cnnic-genai-users-age-20-29")
/// ages.categories.map { ($0.breakdown?.category.label.en, $0.value.value) }
/// ages.total   // about 100 for an exhaustive share breakdown
/// ```
public struct StatisticBreakdown: Hashable, Sendable {
  /// The breakdown's dimension (`age`).
  public let dimension: String
  /// How the categories relate to the whole.
  public let kind: Statistic.Breakdown.Kind
  /// Whether the categories cover the whole population.
  public let isExhaustive: Bool
  /// One statistic per category, in identifier order.
  public let categories: [Statistic]

  /// The sum of the categories' values, for share and count breakdowns; `nil` otherwise.
  public var total: Double? {
    guard kind == .share || kind == .count else { return nil }
    return categories.compactMap(\.value.value).reduce(0, +)
  }
}

extension Yearbook {
  /// The breakdown a statistic belongs to: the statistics with the same metric,
  /// dimension, period, regions and producer.
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` for an unknown statistic,
  ///   ``YearbookError/notInBreakdown(_:)`` when it is not part of a breakdown.
  public func breakdown(of id: Statistic.ID) throws(YearbookError) -> StatisticBreakdown {
    let statistic: Statistic = try element(id)
    guard let breakdown = statistic.breakdown else { throw .notInBreakdown(id.rawValue) }
    let members = dataset.statistics.filter {
      $0.metric == statistic.metric && $0.breakdown?.dimension == breakdown.dimension && $0.date == statistic.date
        && Set($0.regions) == Set(statistic.regions) && $0.producer == statistic.producer
    }.sorted { $0.id < $1.id }
    return StatisticBreakdown(
      dimension: breakdown.dimension, kind: breakdown.kind, isExhaustive: breakdown.exhaustive, categories: members)
  }

  /// The statistics of one series ("from X to Y", before and after), by date.
  public func series(_ seriesID: String) -> [Statistic] {
    statistics.filter { $0.seriesId == seriesID }.sorted(by: .date).all()
  }
}
