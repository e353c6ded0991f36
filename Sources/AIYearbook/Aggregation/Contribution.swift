/// How each record's amount enters a total in one currency, from the money columns.
struct Contribution {
  enum Entry {
    /// Added: the amount in the target currency, whether approximate, the rate pair used (-1: none).
    case included(Double, Bool, Int32)
    /// Left out; the reason is read from the record.
    case excluded
  }

  let money: MoneyColumns
  /// Each record's amount in ``currency`` and the pair used.
  let converted: MoneyColumns.Converted
  let target: Int32
  let factors: [Double?]
  /// The pairs in the order rates are listed: by currency code, then year.
  let pairOrder: [Int]
  /// The rate used for each pair.
  let rateUses: [AggregateResult.RateUse]
  let currency: Currency
  let rates: ExchangeRates

  init<Element: Record>(columns: RecordColumns<Element>, currency: Currency, rates: ExchangeRates) {
    money = columns.money
    target = money.currencies.firstIndex(of: currency).map(Int32.init) ?? -1
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

  @inline(__always)
  func entry(_ position: Int) -> Entry {
    guard money.status[position] == .amount else { return .excluded }
    let amount = money.amount[position]
    if money.currency[position] == target { return .included(amount, money.isApproximate[position], -1) }
    let pair = money.pair[position]
    guard pair >= 0, let factor = factors[Int(pair)] else { return .excluded }
    return .included(amount * factor, money.isApproximate[position], pair)
  }

}
