extension RecordQuery where Element == Statistic {
  /// The sum of the statistics' values.
  ///
  /// Only levels add up: shares, percentages, ranks, changes and multiples are
  /// excluded with the reason, as are statistics without a value. The rest
  /// must share one unit.
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
    for statistic in all() {
      if let reason = Self.exclusionReason(statistic, additiveOnly: additiveOnly) {
        excluded.append(.init(id: statistic.id.rawValue, reason: reason))
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

  static func exclusionReason(_ statistic: Statistic, additiveOnly: Bool) -> String? {
    guard statistic.value.value != nil else { return "no value stated" }
    guard additiveOnly else { return nil }
    if statistic.measure != .level {
      return "a \(statistic.measure.rawValue) does not add up"
    }
    if [.percent, .percentagePoints, .rank, .times].contains(statistic.value.unit) {
      return "values in \(statistic.value.unit.rawValue) do not add up"
    }
    return nil
  }
}

extension RecordQuery where Element == FundingRound {
  /// The total amount of the rounds in one currency.
  ///
  /// Amounts in other currencies are converted at their year's rate from
  /// `rates`; the result lists every rate it used. Rounds without an amount,
  /// without a date (no year to pick a rate) or without a rate in the table are
  /// excluded with the reason.
  ///
  /// ```swift
  /// let total = yearbook.fundingRounds.filter(kind: .ventureRound).totalAmount(in: .usd)
  /// total.value; total.ratesUsed; total.excluded
  /// ```
  public func totalAmount(in currency: Currency, using rates: ExchangeRates = .default) -> AggregateResult {
    var total = 0.0
    var count = 0
    var approximate = 0
    var excluded: [AggregateResult.Exclusion] = []
    var uses: Set<AggregateResult.RateUse> = []
    for round in all() {
      guard let money = round.amount, let amount = money.amount else {
        excluded.append(.init(id: round.id.rawValue, reason: "no amount stated"))
        continue
      }
      var factor = 1.0
      if money.currency != currency {
        guard let year = round.date?.start.year else {
          excluded.append(.init(id: round.id.rawValue, reason: "undated: no year to pick an exchange rate"))
          continue
        }
        do {
          factor = try rates.factor(from: money.currency, to: currency, year: year)
        } catch {
          excluded.append(.init(id: round.id.rawValue, reason: error.description))
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
}

extension RecordQuery {
  /// The number of distinct values a key takes over the matching records
  /// (a multi-valued key counts each of its values).
  ///
  /// ```swift
  /// yearbook.events.within(try DatePeriod(parsing: "2025")).distinctCount(of: .organization)
  /// ```
  public func distinctCount(of key: GroupingKey<Element>) -> Int {
    Set(all().flatMap { key.values($0) }.compactMap(\.self)).count
  }
}
