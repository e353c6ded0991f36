extension RecordQuery {
  /// The matching records grouped by one key, groups sorted by key ascending
  /// (time buckets chronologically, coarser before finer) with the `nil` group last.
  ///
  /// A record with several values of the key counts in each of its groups.
  /// Offset and limit do not apply: every matching record is grouped.
  ///
  /// ```swift
  /// for group in yearbook.events.grouped(by: .month) { print(group.key ?? "undated", group.count) }
  /// ```
  public func grouped(by key: GroupingKey<Element>, includingRecords: Bool = false) -> [RecordGroup<Element>] {
    group(by: [key], total: nil, includingRecords: includingRecords)
  }

  /// The matching records grouped by one or several keys, with each group's
  /// total in a currency when asked (DESIGN §6).
  ///
  /// ```swift
  /// let quarters = try yearbook.fundingRounds.grouped(by: [.quarter], totalIn: .usd)
  /// quarters.map { ($0.group.description, $0.count, $0.total?.value) }
  /// ```
  ///
  /// - Parameters:
  ///   - keys: The keys, outermost first.
  ///   - currency: The currency to total each group's amounts in; `nil` for counts only.
  ///   - rates: The exchange rates.
  ///   - includingRecords: Whether each group carries its records.
  /// - Throws: ``YearbookError/invalidCurrency(_:)`` when `currency` is not an ISO 4217 code.
  public func grouped(
    by keys: [GroupingKey<Element>], totalIn currency: Currency? = nil, using rates: ExchangeRates = .default,
    includingRecords: Bool = false
  ) throws(YearbookError) -> [RecordGroup<Element>] {
    if let currency, !currency.isISO4217 { throw .invalidCurrency(currency.rawValue) }
    return group(by: keys, total: currency.map { ($0, rates) }, includingRecords: includingRecords)
  }

  /// The groups with the most records, largest first (ties by key), at most `count` of them.
  public func top(_ count: Int, by key: GroupingKey<Element>) -> [RecordGroup<Element>] {
    let ranked = grouped(by: key).enumerated().sorted { lhs, rhs in
      lhs.element.count != rhs.element.count ? lhs.element.count > rhs.element.count : lhs.offset < rhs.offset
    }
    return ranked.prefix(Swift.max(0, count)).map(\.element)
  }

  /// The groups with the largest totals in a currency, largest first, at most `count` of them.
  ///
  /// Groups with nothing summed (a `nil` total) come after every group with a
  /// total; ties keep key order. Each group carries its full total, exclusions
  /// and rates, as in ``grouped(by:totalIn:using:includingRecords:)``.
  ///
  /// ```swift
  /// let leaders = try yearbook.fundingRounds.top(3, by: .organization, totalIn: .usd)
  /// leaders.map { ($0.key ?? "(none)", $0.total?.value ?? 0) }
  /// ```
  ///
  /// - Parameters:
  ///   - count: How many groups to return at most (negative counts as 0).
  ///   - key: The grouping key.
  ///   - currency: The currency totals are compared in.
  ///   - rates: The exchange rates.
  /// - Throws: ``YearbookError/invalidCurrency(_:)`` when `currency` is not an ISO 4217 code.
  /// - Complexity: O(*n* + *g* log *g*) for *n* matching records in *g* groups.
  public func top(
    _ count: Int, by key: GroupingKey<Element>, totalIn currency: Currency, using rates: ExchangeRates = .default
  ) throws(YearbookError) -> [RecordGroup<Element>] {
    guard currency.isISO4217 else { throw .invalidCurrency(currency.rawValue) }
    let grouped = positions(groupedBy: [key], total: (currency, rates), includingRecords: false)
    // Ties keep key order: each group's place in it.
    var place = [Int](repeating: 0, count: grouped.count)
    for (index, group) in grouped.order.enumerated() { place[group] = index }
    let totals = (0..<grouped.count).map(grouped.rankingValue(of:))
    let ranked = (0..<grouped.count).sorted { lhs, rhs in
      switch (totals[lhs], totals[rhs]) {
      case (let left?, let right?) where left != right: return left > right
      case (.some, nil): return true
      case (nil, .some): return false
      default: return place[lhs] < place[rhs]
      }
    }
    return recordGroups(
      of: grouped, names: [key.name], in: ranked.prefix(Swift.max(0, count)), total: true, includingRecords: false)
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
      grouped(by: .time(precision), includingRecords: true).compactMap { group in
        group.key.map { ($0, group.records ?? []) }
      },
      uniquingKeysWith: { first, _ in first })
    return Self.buckets(precision, from: start, to: end).map { bucket in
      let records = groups[bucket] ?? []
      return RecordGroup(
        group: GroupKey(names: ["\(precision)"], values: [bucket]), count: records.count, records: records)
    }
  }

  private func group(
    by keys: [GroupingKey<Element>], total: (Currency, ExchangeRates)?, includingRecords: Bool
  ) -> [RecordGroup<Element>] {
    let grouped = positions(groupedBy: keys, total: total, includingRecords: includingRecords)
    return recordGroups(
      of: grouped, names: keys.map(\.name), in: grouped.order, total: total != nil,
      includingRecords: includingRecords)
  }

  /// The matching records' positions grouped by `keys`, with the tallies behind each group's total.
  private func positions(
    groupedBy keys: [GroupingKey<Element>], total: (Currency, ExchangeRates)?, includingRecords: Bool
  ) -> GroupedPositions<Element> {
    GroupedPositions(
      positions: orderedPositions(), keys: keys, range: dateRange, columns: yearbook.columns(Element.self),
      total: total.map { (currency: $0.0, rates: $0.1) }, keepingMembers: includingRecords)
  }

  /// The public groups for the group indexes `groups`, in that order.
  private func recordGroups(
    of grouped: GroupedPositions<Element>, names: [String], in groups: some Sequence<Int>, total: Bool,
    includingRecords: Bool
  ) -> [RecordGroup<Element>] {
    groups.map { group in
      RecordGroup(
        group: GroupKey(names: names, values: grouped.labels[group]), count: grouped.counts[group],
        total: total ? grouped.total(of: group) : nil,
        records: includingRecords ? records(at: grouped.members[group]) : nil)
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

  /// The bucket at `precision` that holds `day`.
  static func bucket(containing day: CalendarDay, _ precision: PartialDate.Precision) -> PartialDate? {
    (try? PartialDate(year: day.year, month: day.month, day: day.day))?.truncated(to: precision)
  }

  /// Group keys sorted ascending, component by component (time buckets
  /// chronologically, coarser before finer), with `nil` last.
  static func sortedGroupKeys(_ keys: [[String?]]) -> [[String?]] { GroupKeyOrder.sorted(keys).map { keys[$0] } }
}
