/// How each record's amount enters a total in one currency, from the money columns.
struct Contribution {
  let money: MoneyColumns
  /// Each record's amount in ``currency`` and the pair used.
  let converted: MoneyColumns.Converted
  let factors: [Double?]
  /// The pairs in the order rates are listed: by currency code, then year.
  let pairOrder: [Int]
  /// The rate used for each pair.
  let rateUses: [AggregateResult.RateUse]
  let currency: Currency
  let rates: ExchangeRates

  init<Element: Record>(columns: RecordColumns<Element>, currency: Currency, rates: ExchangeRates) {
    money = columns.money
    factors = money.factors(to: currency, using: rates)
    converted = columns.converted(to: currency, using: rates, factors: factors)
    let money = money
    let factors = factors
    rateUses = money.pairs.indices.map { pair in
      let (currencyID, year) = money.pairs[pair]
      return .init(
        from: money.currencies[Int(currencyID)].rawValue, to: currency.rawValue, year: year,
        factor: factors[pair] ?? 1, table: rates.name)
    }
    pairOrder = money.pairs.indices.sorted { lhs, rhs in
      let left = money.pairs[lhs]
      let right = money.pairs[rhs]
      return (money.currencies[Int(left.currency)].rawValue, left.year)
        < (money.currencies[Int(right.currency)].rawValue, right.year)
    }
    self.currency = currency
    self.rates = rates
  }

  /// Whether the record at `position` is left out of the total (the reason is read from the record).
  @inline(__always)
  func isLeftOut(_ position: Int) -> Bool { converted.pair[position] == MoneyColumns.Converted.leftOut }
}
