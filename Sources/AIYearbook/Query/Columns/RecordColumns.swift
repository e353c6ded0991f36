/// One kind of record held as columns, for queries over many records: identifier
/// ranks, dates as day numbers, and, built on first use, interned field values and amounts.
///
/// Built on a yearbook's first query over the kind and cached with it. Positions are
/// storage positions (indexes into ``Yearbook/elements(_:)``).
final class RecordColumns<Element: Record>: Sendable {
  /// The records, in storage order.
  let records: [Element]
  /// Storage positions in identifier order.
  let identifierOrder: [Int32]
  /// Storage positions in storage order (`0..<records.count`), for queries that need no order.
  let storageOrder: [Int32]
  /// The first day of each record's date as a ``DayNumber``; `Int32.min` when undated.
  let firstDay: [Int32]
  /// The last day of each record's date as a ``DayNumber``; `Int32.min` when undated.
  let lastDay: [Int32]
  /// The coarser precision of each record's two ends (raw value); `UInt8.max` when undated.
  let coarsestPrecision: [UInt8]
  /// The start of each record's date, packed (``PackedDate``); 0 when undated.
  let start: [UInt32]

  private let fields = Lock<[RecordField: FieldColumn]>([:])
  private let regionColumn = Lock<FieldColumn?>(nil)
  private let bucketColumns = Lock<[PartialDate.Precision: FieldColumn]>([:])
  private let moneyColumns = Lock<MoneyColumns?>(nil)
  private let exclusionTables = Lock<[ExclusionKey: ExclusionTable]>([:])
  private let convertedAmounts = Lock<[ExclusionKey: MoneyColumns.Converted]>([:])

  /// A target currency and rate table, for the exclusions cached per total.
  struct ExclusionKey: Hashable, Sendable {
    var currency: Currency
    var rates: ExchangeRates
  }

  init(_ records: [Element]) {
    self.records = records
    let count = records.count
    var firstDay = [Int32](repeating: .min, count: count)
    var lastDay = [Int32](repeating: .min, count: count)
    var precision = [UInt8](repeating: .max, count: count)
    var start = [UInt32](repeating: 0, count: count)
    for (index, record) in records.enumerated() {
      guard let date = record.date else { continue }
      firstDay[index] = DayNumber.of(date.firstDay)
      lastDay[index] = DayNumber.of(date.lastDay)
      precision[index] = UInt8(Swift.min(date.start.precision, date.end.precision).rawValue)
      start[index] = PackedDate(date.start).rawValue
    }
    self.firstDay = firstDay
    self.lastDay = lastDay
    coarsestPrecision = precision
    self.start = start
    let order = (0..<Int32(count)).sorted { records[Int($0)].id.rawValue < records[Int($1)].id.rawValue }
    identifierOrder = order
    storageOrder = Array(0..<Int32(count))
  }

  /// The interned values of a field (``Record/values(of:)``), built on first use.
  func column(_ field: RecordField) -> FieldColumn {
    if let cached = fields.withLock({ $0[field] }) { return cached }
    let built = FieldColumn(records.lazy.map { $0.values(of: field) })
    return fields.withLock { storage in
      if let existing = storage[field] { return existing }
      storage[field] = built
      return built
    }
  }

  /// The time bucket of each record's start at `precision` (at the date's own precision when it is
  /// coarser), interned as labels (`2025-Q3`); undated records have none. Built on first use.
  func buckets(_ precision: PartialDate.Precision) -> FieldColumn {
    if let cached = bucketColumns.withLock({ $0[precision] }) { return cached }
    var labels: [UInt32: String] = [:]
    let start = start
    let built = FieldColumn(
      coarsestPrecision.indices.lazy.map { index -> [String] in
        guard self.coarsestPrecision[index] != .max else { return [] }
        let date = PackedDate(rawValue: start[index])
        let bucket = date.truncated(to: Swift.min(precision, date.precision)).rawValue
        if let label = labels[bucket] { return [label] }
        let label = PackedDate(rawValue: bucket).partialDate?.description
        if let label { labels[bucket] = label }
        return label.map { [$0] } ?? []
      })
    return bucketColumns.withLock { storage in
      if let existing = storage[precision] { return existing }
      storage[precision] = built
      return built
    }
  }

  /// The interned regions of each record (``Record/linkedRegions``), built on first use.
  var regions: FieldColumn {
    if let cached = regionColumn.withLock({ $0 }) { return cached }
    let built = FieldColumn(records.lazy.map { $0.linkedRegions.map(\.rawValue) })
    return regionColumn.withLock { storage in
      if let existing = storage { return existing }
      storage = built
      return built
    }
  }

  /// Why records are left out of a total in one currency: for each position, an index into
  /// ``list`` (-1: not left out).
  struct ExclusionTable: Sendable {
    var index: [Int32]
    var list: [AggregateResult.Exclusion]

    /// The exclusion of the record at `position`, if it is left out.
    @inline(__always)
    subscript(position: Int32) -> AggregateResult.Exclusion? {
      let slot = index[Int(position)]
      return slot >= 0 ? list[Int(slot)] : nil
    }
  }

  /// Why each record is left out of a total in `currency` (``RecordQuery/exclusion(_:in:using:)``), by
  /// position, for the records left out; built on the first total in that currency and table.
  func exclusions(
    in currency: Currency, using rates: ExchangeRates, leavingOut isLeftOut: (Int) -> Bool
  ) -> ExclusionTable {
    let key = ExclusionKey(currency: currency, rates: rates)
    if let cached = exclusionTables.withLock({ $0[key] }) { return cached }
    var table = ExclusionTable(index: [Int32](repeating: -1, count: records.count), list: [])
    for position in records.indices where isLeftOut(position) {
      if let exclusion = RecordQuery<Element>.exclusion(records[position], in: currency, using: rates) {
        table.index[position] = Int32(table.list.count)
        table.list.append(exclusion)
      }
    }
    return exclusionTables.withLock { storage in
      if let existing = storage[key] { return existing }
      storage[key] = table
      return table
    }
  }

  /// The amounts in `currency` under `rates` (``MoneyColumns/converted(to:factors:)``), built on the
  /// first total in that currency and table.
  func converted(to currency: Currency, using rates: ExchangeRates, factors: [Double?]) -> MoneyColumns.Converted {
    let key = ExclusionKey(currency: currency, rates: rates)
    if let cached = convertedAmounts.withLock({ $0[key] }) { return cached }
    let built = money.converted(to: currency, factors: factors)
    return convertedAmounts.withLock { storage in
      if let existing = storage[key] { return existing }
      storage[key] = built
      return built
    }
  }

  /// The amounts of money the records state, built on first use.
  var money: MoneyColumns {
    if let cached = moneyColumns.withLock({ $0 }) { return cached }
    let built = MoneyColumns(records)
    return moneyColumns.withLock { storage in
      if let existing = storage { return existing }
      storage = built
      return built
    }
  }
}

extension Yearbook {
  /// The records of one kind as columns (built on the first query over the kind).
  func columns<R: Record>(_ type: R.Type) -> RecordColumns<R> {
    caches.value(RecordColumns<R>.self) { RecordColumns(elements(R.self)) }
  }
}
