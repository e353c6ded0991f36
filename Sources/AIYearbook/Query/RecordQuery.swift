/// A question about one kind of record, as a value: nothing runs until you ask
/// for results.
///
/// Start from a yearbook's ``Yearbook/events``, ``Yearbook/benchmarkResults``,
/// ``Yearbook/fundingRounds``, ``Yearbook/regulations`` or
/// ``Yearbook/statistics``. Each builder returns a modified copy: filters are
/// ANDed with the ones before; ``sorted(by:)`` and ``limit(_:)`` replace the
/// previous ordering and limit.
///
/// ```swift
/// let yearbook = try Yearbook.embedded()
/// let december = try yearbook.events
///   .filter(organization: "OpenAI")
///   .within("2025-12")
///   .sorted(by: .date)
///   .all()
/// december.map(\.title.en)
/// ```
public struct RecordQuery<Element: Record>: Sendable {
  /// The yearbook the query runs against.
  public let yearbook: Yearbook
  let source: @Sendable (Yearbook) -> [Element]
  var predicates: [@Sendable (Element) -> Bool] = []
  var ordering: RecordOrdering<Element>?
  var maximumCount: Int?

  init(yearbook: Yearbook, source: @escaping @Sendable (Yearbook) -> [Element]) {
    self.yearbook = yearbook
    self.source = source
  }

  // MARK: Refining

  /// Keeps the records for which `predicate` is true, in addition to the current filters.
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

  /// Returns at most `count` records, replacing any earlier limit.
  public func limit(_ count: Int) -> Self {
    var copy = self
    copy.maximumCount = Swift.max(0, count)
    return copy
  }

  // MARK: Results

  /// The matching records, filtered, sorted and limited.
  ///
  /// Without an ordering, records come in identifier order.
  ///
  /// - Complexity: O(*n* log *n*) for *n* records of this kind.
  public func all() -> [Element] {
    var records = source(yearbook).filter(matches)
    if let ordering {
      records.sort { lhs, rhs in
        switch ordering.compare(lhs, rhs) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: lhs.id < rhs.id
        }
      }
    } else {
      records.sort { $0.id < $1.id }
    }
    if let maximumCount, records.count > maximumCount { records = Array(records.prefix(maximumCount)) }
    return records
  }

  /// The first matching record, in the query's order.
  public func first() -> Element? { limit(1).all().first }

  /// The number of matching records (the limit applies).
  public func count() -> Int {
    guard maximumCount != nil || ordering != nil else { return source(yearbook).count(where: matches) }
    return all().count
  }

  /// Whether any record matches.
  public func isEmpty() -> Bool { !source(yearbook).contains(where: matches) }

  /// The matching records as a lazy sequence: filters run as you iterate, in
  /// storage order; ordering and limit do not apply.
  public var lazy: LazyFilterSequence<[Element]> { source(yearbook).lazy.filter(matches) }

  /// Whether a record passes every filter.
  public func matches(_ record: Element) -> Bool { predicates.allSatisfy { $0(record) } }
}

extension Yearbook {
  /// A query over every event.
  public var events: RecordQuery<Event> { RecordQuery(yearbook: self) { $0.dataset.events } }
  /// A query over every benchmark result.
  public var benchmarkResults: RecordQuery<BenchmarkResult> {
    RecordQuery(yearbook: self) { $0.dataset.benchmarkResults }
  }
  /// A query over every funding round.
  public var fundingRounds: RecordQuery<FundingRound> { RecordQuery(yearbook: self) { $0.dataset.fundingRounds } }
  /// A query over every regulation.
  public var regulations: RecordQuery<Regulation> { RecordQuery(yearbook: self) { $0.dataset.regulations } }
  /// A query over every statistic.
  public var statistics: RecordQuery<Statistic> { RecordQuery(yearbook: self) { $0.dataset.statistics } }
}
