/// What to group records by: a time bucket, a link, a category, or your own key.
///
/// A key may give a record several values (its organizations, its tags); the
/// record then counts in each group. A record without a value goes to the
/// `nil` group.
///
/// ```swift
/// yearbook.events.grouped(by: .quarter)        // 2025-Q1, 2025-Q2 …
/// yearbook.fundingRounds.grouped(by: .organization)
/// yearbook.statistics.grouped(by: .custom("metric") { [$0.metric.rawValue] })
/// ```
public struct GroupingKey<Element: Record>: Sendable {
  /// The key's name (`year`, `organization`).
  public let name: String
  let values: @Sendable (Element) -> [String?]
  let timePrecision: PartialDate.Precision?

  /// A key from a function returning a record's values (an empty list means the `nil` group).
  public static func custom(_ name: String, _ values: @escaping @Sendable (Element) -> [String]) -> Self {
    Self(
      name: name,
      values: { record in
        let list = values(record)
        return list.isEmpty ? [nil] : list
      }, timePrecision: nil)
  }

  /// Groups by the bucket of the start of a record's date at `precision`.
  ///
  /// A record whose date is coarser than the bucket keeps its own, coarser
  /// group (a bare `2025` in a month grouping is the group `2025`, never a
  /// guessed month). Undated records go to the `nil` group.
  public static func time(_ precision: PartialDate.Precision) -> Self {
    Self(
      name: "\(precision)", values: { [$0.date.map { $0.start.truncated(to: precision).description }] },
      timePrecision: precision)
  }

  /// Calendar year.
  public static var year: Self { time(.year) }
  /// Half-year (`2025-H1`).
  public static var half: Self { time(.half) }
  /// Quarter (`2025-Q3`).
  public static var quarter: Self { time(.quarter) }
  /// Month (`2025-12`).
  public static var month: Self { time(.month) }

  /// Every region the record applies to.
  public static var region: Self { custom("region") { $0.linkedRegions.map(\.rawValue) } }
  /// Every organization the record links to.
  public static var organization: Self { custom("organization") { $0.linkedOrganizations.map(\.rawValue) } }
  /// The record's category (``Record/categoryName``).
  public static var category: Self { custom("category") { [$0.categoryName] } }
  /// Every tag.
  public static var tag: Self { custom("tag") { $0.tags.map(\.rawValue) } }
  /// Every source the record cites.
  public static var source: Self { custom("source") { Array(Set($0.citations.map(\.source.rawValue))).sorted() } }
}

/// The records sharing one value of a grouping key.
public struct RecordGroup<Element: Record>: Sendable {
  /// The key's value; `nil` for records without one.
  public let key: String?
  /// The records, in the query's order.
  public let records: [Element]
  /// The number of records.
  public var count: Int { records.count }
}

extension RecordGroup: Equatable where Element: Equatable {}

extension RecordQuery {
  /// The matching records grouped by `key`, groups sorted by key ascending
  /// (time buckets chronologically, coarser before finer) with the `nil` group last.
  ///
  /// A record with several values of the key counts in each of its groups.
  ///
  /// ```swift
  /// for group in yearbook.events.grouped(by: .month) { print(group.key ?? "undated", group.count) }
  /// ```
  public func grouped(by key: GroupingKey<Element>) -> [RecordGroup<Element>] {
    var buckets: [String?: [Element]] = [:]
    for record in all() {
      var seen: Set<String?> = []
      for value in key.values(record) where seen.insert(value).inserted {
        buckets[value, default: []].append(record)
      }
    }
    return Self.sortedGroupKeys(Array(buckets.keys)).map { RecordGroup(key: $0, records: buckets[$0] ?? []) }
  }

  /// The groups with the most records, largest first (ties by key), at most `count` of them.
  public func top(_ count: Int, by key: GroupingKey<Element>) -> [RecordGroup<Element>] {
    // `grouped(by:)` is in key order; its position breaks ties between equal counts.
    let ranked = grouped(by: key).enumerated().sorted { lhs, rhs in
      lhs.element.count != rhs.element.count ? lhs.element.count > rhs.element.count : lhs.offset < rhs.offset
    }
    return ranked.prefix(Swift.max(0, count)).map(\.element)
  }

  /// A time series: one group per bucket from `start` to `end`, empty buckets
  /// included; records dated more coarsely than the bucket, or outside the
  /// range, are left out of the series. Bounds coarser than the bucket cover
  /// all their buckets (`2025` to `2025` by month is twelve months).
  ///
  /// ```swift
  /// let months = yearbook.events.timeSeries(.month, from: try PartialDate(parsing: "2025-01"),
  ///                                         to: try PartialDate(parsing: "2025-12"))
  /// months.count   // 12, empty months included
  /// ```
  public func timeSeries(
    _ precision: PartialDate.Precision, from start: PartialDate, to end: PartialDate
  ) -> [RecordGroup<Element>] {
    let groups = Dictionary(
      grouped(by: .time(precision)).compactMap { group in group.key.map { ($0, group.records) } },
      uniquingKeysWith: { first, _ in first })
    return Self.buckets(precision, from: start, to: end).map { bucket in
      RecordGroup(key: bucket, records: groups[bucket] ?? [])
    }
  }

  static func buckets(_ precision: PartialDate.Precision, from start: PartialDate, to end: PartialDate) -> [String] {
    var result: [String] = []
    guard var current = bucket(containing: start.firstDay, precision),
      let last = bucket(containing: end.lastDay, precision)
    else { return [] }
    while current.firstDay <= last.firstDay, result.count < 100_000 {
      result.append(current.description)
      guard let next = current.successor() else { break }
      current = next
    }
    return result
  }

  /// The bucket at `precision` that holds `day` (bounds coarser than the bucket expand to all their buckets).
  static func bucket(containing day: CalendarDay, _ precision: PartialDate.Precision) -> PartialDate? {
    (try? PartialDate(year: day.year, month: day.month, day: day.day))?.truncated(to: precision)
  }

  /// Group keys sorted ascending (time buckets chronologically, coarser before
  /// finer) with `nil` last, parsing each key as a date once.
  static func sortedGroupKeys(_ keys: [String?]) -> [String?] {
    let decorated = keys.map { key in (key: key, date: key.flatMap { PartialDate($0) }) }
    return decorated.sorted { lhs, rhs in
      switch (lhs.key, rhs.key) {
      case (nil, _): return false
      case (_, nil): return true
      case (let left?, let right?):
        if let leftDate = lhs.date, let rightDate = rhs.date, leftDate != rightDate { return leftDate < rightDate }
        return left < right
      }
    }.map(\.key)
  }

}
