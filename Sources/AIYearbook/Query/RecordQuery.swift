/// A question about one kind of record, as a value: nothing runs until you ask
/// for results.
///
/// Start from a yearbook's ``Yearbook/events``, ``Yearbook/benchmarkResults``,
/// ``Yearbook/fundingRounds``, ``Yearbook/regulations`` or
/// ``Yearbook/statistics``. Each builder returns a modified copy: filters are
/// ANDed with the ones before; ``sorted(by:)``, ``offset(_:)`` and ``limit(_:)``
/// replace the previous ordering, offset and limit. Builders that take an
/// identifier throw when the data does not hold it — a query never answers an
/// unknown identifier with a silently empty result.
///
/// ```swift
/// let yearbook = try Yearbook.embedded()
/// let december = try yearbook.events
///   .filter(organization: "org-openai")
///   .during("2025-12")
///   .sorted(by: .date)
///   .all()
/// december.map(\.title.en)
/// ```
public struct RecordQuery<Element: Record>: Sendable {
  /// The yearbook the query runs against.
  public let yearbook: Yearbook
  /// The query's conditions, as data, in the order they were added.
  public private(set) var filters: [RecordFilter] = []
  /// Conditions given as closures (they scan every record).
  var predicates: [@Sendable (Element) -> Bool] = []
  /// The order of the results; `nil` is identifier order.
  public private(set) var ordering: RecordOrdering<Element>?
  /// How many matching records to skip.
  public private(set) var skipped: Int = 0
  /// How many records to return at most; `nil` for all.
  public private(set) var maximumCount: Int?

  init(yearbook: Yearbook) { self.yearbook = yearbook }

  // MARK: Refining

  /// Keeps the records that pass `filter`, in addition to the current filters.
  public func filter(_ filter: RecordFilter) -> Self {
    var copy = self
    copy.filters.append(filter)
    return copy
  }

  /// Keeps the records for which `predicate` is true, in addition to the current filters.
  ///
  /// A closure cannot be inspected or indexed; prefer the typed filters where one exists.
  public func filter(_ predicate: @escaping @Sendable (Element) -> Bool) -> Self {
    var copy = self
    copy.predicates.append(predicate)
    return copy
  }

  /// Orders the results, replacing any earlier ordering.
  ///
  /// Records that compare equal keep the order of their identifiers.
  public func sorted(by ordering: RecordOrdering<Element>) -> Self {
    var copy = self
    copy.ordering = ordering
    return copy
  }

  /// Skips the first `count` matching records, replacing any earlier offset (negative counts as 0).
  public func offset(_ count: Int) -> Self {
    var copy = self
    copy.skipped = Swift.max(0, count)
    return copy
  }

  /// Returns at most `count` records, replacing any earlier limit (negative counts as 0).
  public func limit(_ count: Int) -> Self {
    var copy = self
    copy.maximumCount = Swift.max(0, count)
    return copy
  }

  // MARK: Results

  /// The matching records, in the query's order, from ``offset(_:)`` for at most ``limit(_:)`` records.
  ///
  /// Without an ordering, records come in identifier order.
  ///
  /// - Complexity: O(*n* log *n*) for *n* records of this kind.
  public func all() -> [Element] { page().items }

  /// The page of results ``offset(_:)`` and ``limit(_:)`` select, with the
  /// number of matching records.
  ///
  /// ```swift
  /// let page = yearbook.events.sorted(by: .date.reversed()).offset(20).limit(10).page()
  /// page.items.count   // 10
  /// page.total         // every matching event
  /// ```
  public func page() -> RecordPage<Element> {
    let positions = orderedPositions()
    let start = Swift.min(skipped, positions.count)
    let end = maximumCount.map { Swift.min(positions.count, start + $0) } ?? positions.count
    return RecordPage(
      items: records(at: positions[start..<end]), total: positions.count, offset: skipped, limit: maximumCount)
  }

  /// The first matching record, in the query's order (the offset applies).
  public func first() -> Element? { limit(1).all().first }

  /// The number of matching records, before ``offset(_:)`` and ``limit(_:)``
  /// (the ``RecordPage/total`` of ``page()``).
  public func count() -> Int { matchingPositions(inIdentifierOrder: false).count }

  /// Whether no record matches.
  public func isEmpty() -> Bool { count() == 0 }

  /// Whether a record passes every filter.
  public func matches(_ record: Element) -> Bool {
    filters.allSatisfy { $0.matches(record, in: yearbook) } && predicates.allSatisfy { $0(record) }
  }

  /// Every record of the kind, in storage order.
  var source: [Element] { yearbook.elements(Element.self) }

  /// Every matching record, ordered, before the offset and limit.
  func matchingRecords() -> [Element] { records(at: orderedPositions()) }

  /// The date range of the query's date filters, when it has exactly one.
  var dateRange: DateRange? {
    let ranges = filters.compactMap { if case .date(let range) = $0 { range } else { nil } }
    return ranges.count == 1 ? ranges[0] : nil
  }
}

extension Yearbook {
  /// A query over every event.
  public var events: RecordQuery<Event> { records(Event.self) }
  /// A query over every benchmark result.
  public var benchmarkResults: RecordQuery<BenchmarkResult> { records(BenchmarkResult.self) }
  /// A query over every funding round.
  public var fundingRounds: RecordQuery<FundingRound> { records(FundingRound.self) }
  /// A query over every regulation.
  public var regulations: RecordQuery<Regulation> { records(Regulation.self) }
  /// A query over every statistic.
  public var statistics: RecordQuery<Statistic> { records(Statistic.self) }

  /// A query over every record of a type.
  ///
  /// ```swift
  /// yearbook.records(Event.self).count()   // the same as yearbook.events.count()
  /// ```
  public func records<R: Record>(_ type: R.Type) -> RecordQuery<R> { RecordQuery(yearbook: self) }
}
