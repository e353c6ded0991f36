extension RecordQuery where Element == Statistic {
  /// The sum of the statistics' values.
  ///
  /// Only levels add up: shares, percentages, ranks, changes and multiples are
  /// excluded (``AggregateResult/Exclusion/Reason/notAddable``), as are
  /// statistics without a value (``AggregateResult/Exclusion/Reason/noAmount``).
  /// The rest must share one unit.
  ///
  /// - Throws: ``AggregationError/mixedUnits(_:)`` when the additive inputs have different units.
  public func sum() throws(AggregationError) -> AggregateResult {
    try aggregate(additiveOnly: true) { $0.reduce(0, +) }
  }

  /// The mean of the statistics' values (one unit; statistics without a value excluded).
  ///
  /// - Throws: ``AggregationError/mixedUnits(_:)`` when the inputs have different units.
  public func average() throws(AggregationError) -> AggregateResult {
    try aggregate(additiveOnly: false) { $0.reduce(0, +) / Double($0.count) }
  }

  /// The smallest value (one unit; statistics without a value excluded).
  ///
  /// - Throws: ``AggregationError/mixedUnits(_:)`` when the inputs have different units.
  public func min() throws(AggregationError) -> AggregateResult {
    try aggregate(additiveOnly: false) { $0.min() ?? 0 }
  }

  /// The largest value (one unit; statistics without a value excluded).
  ///
  /// - Throws: ``AggregationError/mixedUnits(_:)`` when the inputs have different units.
  public func max() throws(AggregationError) -> AggregateResult {
    try aggregate(additiveOnly: false) { $0.max() ?? 0 }
  }

  private func aggregate(
    additiveOnly: Bool, _ combine: ([Double]) -> Double
  ) throws(AggregationError) -> AggregateResult {
    var used: [Statistic] = []
    var excluded: [AggregateResult.Exclusion] = []
    for statistic in matchingRecords() {
      if let exclusion = Self.exclusion(statistic, additiveOnly: additiveOnly) {
        excluded.append(exclusion)
      } else {
        used.append(statistic)
      }
    }
    let units = Set(used.map(\.value.unit.rawValue))
    guard units.count <= 1 else { throw .mixedUnits(units.sorted()) }
    let values = used.compactMap(\.value.value)
    return AggregateResult(
      value: values.isEmpty ? nil : combine(values), unit: units.first, count: values.count,
      approximateCount: used.count(where: \.value.isApproximate), excluded: excluded)
  }

  static func exclusion(_ statistic: Statistic, additiveOnly: Bool) -> AggregateResult.Exclusion? {
    let id = statistic.id.rawValue
    guard statistic.value.value != nil else { return .init(id: id, reason: .noAmount, detail: "no value stated") }
    guard additiveOnly else { return nil }
    if statistic.measure != .level {
      return .init(id: id, reason: .notAddable, detail: "a \(statistic.measure.rawValue) does not add up")
    }
    if [.percent, .percentagePoints, .rank, .times].contains(statistic.value.unit) {
      return .init(id: id, reason: .notAddable, detail: "values in \(statistic.value.unit.rawValue) do not add up")
    }
    return nil
  }
}

extension RecordQuery {
  /// The total amount of the records in one currency: funding rounds' amounts,
  /// converted at each round's year's rate.
  ///
  /// Records without an amount, without a date (no year to pick a rate),
  /// without a rate in the table, or without money at all are excluded with the
  /// reason; the result lists every rate it used.
  ///
  /// ```swift
  /// let total = try yearbook.fundingRounds.filter(kind: .ventureRound).totalAmount(in: .usd)
  /// total.value; total.ratesUsed; total.excluded
  /// ```
  ///
  /// - Throws: ``YearbookError/invalidCurrency(_:)`` when `currency` is not an ISO 4217 code.
  public func totalAmount(
    in currency: Currency, using rates: ExchangeRates = .default
  ) throws(YearbookError) -> AggregateResult {
    guard currency.isISO4217 else { throw .invalidCurrency(currency.rawValue) }
    let positions = orderedPositions()
    guard !positions.isEmpty else { return Self.total(of: [], in: currency, using: rates) }
    let grouped = GroupedPositions(
      positions: positions, keys: [], range: nil, columns: yearbook.columns(Element.self),
      total: (currency, rates), keepingMembers: false)
    return grouped.total(of: 0) ?? Self.total(of: [], in: currency, using: rates)
  }

  /// Why a record is left out of a total in `currency`; `nil` when it is added.
  static func exclusion(
    _ record: Element, in currency: Currency, using rates: ExchangeRates
  ) -> AggregateResult.Exclusion? {
    let id = record.id.rawValue
    guard case .money(let money) = record.primaryValue else {
      if Element.elementKind == .fundingRound {
        return .init(id: id, reason: .noAmount, detail: "no amount stated")
      }
      return .init(id: id, reason: .notAddable, detail: "the record states no amount of money")
    }
    guard money.amount != nil else {
      return .init(id: id, reason: .noAmount, detail: money.statedText.map { "stated as \($0)" })
    }
    guard money.currency != currency else { return nil }
    guard let year = record.date?.start.year else {
      return .init(id: id, reason: .undated, detail: "no year to pick an exchange rate")
    }
    do {
      _ = try rates.factor(from: money.currency, to: currency, year: year)
    } catch {
      return .init(id: id, reason: .noRate, detail: error.description)
    }
    return nil
  }

  static func total(of records: [Element], in currency: Currency, using rates: ExchangeRates) -> AggregateResult {
    var total = 0.0
    var count = 0
    var approximate = 0
    var excluded: [AggregateResult.Exclusion] = []
    var uses: Set<AggregateResult.RateUse> = []
    for record in records {
      let id = record.id.rawValue
      guard case .money(let money) = record.primaryValue else {
        if Element.elementKind == .fundingRound {
          excluded.append(.init(id: id, reason: .noAmount, detail: "no amount stated"))
        } else {
          excluded.append(.init(id: id, reason: .notAddable, detail: "the record states no amount of money"))
        }
        continue
      }
      guard let amount = money.amount else {
        excluded.append(.init(id: id, reason: .noAmount, detail: money.statedText.map { "stated as \($0)" }))
        continue
      }
      var factor = 1.0
      if money.currency != currency {
        guard let year = record.date?.start.year else {
          excluded.append(.init(id: id, reason: .undated, detail: "no year to pick an exchange rate"))
          continue
        }
        do {
          factor = try rates.factor(from: money.currency, to: currency, year: year)
        } catch {
          excluded.append(.init(id: id, reason: .noRate, detail: error.description))
          continue
        }
        uses.insert(
          .init(from: money.currency.rawValue, to: currency.rawValue, year: year, factor: factor, table: rates.name))
      }
      total += amount * factor
      count += 1
      if money.isApproximate { approximate += 1 }
    }
    return AggregateResult(
      value: count == 0 ? nil : total, unit: currency.rawValue, count: count, approximateCount: approximate,
      excluded: excluded, ratesUsed: uses.sorted { ($0.from, $0.year) < ($1.from, $1.year) })
  }

  /// The number of distinct values a key takes over the matching records
  /// (a multi-valued key counts each of its values).
  ///
  /// ```swift
  /// try yearbook.events.during("2025").distinctCount(of: .organization)
  /// ```
  public func distinctCount(of key: GroupingKey<Element>) -> Int {
    let range = dateRange
    let grouped = GroupedPositions(
      positions: matchingPositions(), keys: [key], range: range, columns: yearbook.columns(Element.self), total: nil,
      keepingMembers: false)
    return grouped.labels.count { ($0.first ?? nil) != nil }
  }
}
