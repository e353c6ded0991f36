/// The amounts of money records state (``Record/primaryValue``), as columns.
struct MoneyColumns: Sendable {
  /// How a record's amount enters a total.
  enum Status: UInt8, Sendable {
    /// An amount in a currency.
    case amount
    /// No amount to add: no money at all, or money without a figure.
    case excluded
  }

  let status: [Status]
  let amount: [Double]
  let isApproximate: [Bool]
  /// Each record's (currency, year) pair, an index into ``pairs``; -1 when undated.
  let pair: [Int32]
  /// Each record's currency, an index into ``currencies``.
  let currency: [Int32]
  /// The distinct currencies.
  let currencies: [Currency]
  /// The distinct (currency, year) pairs.
  let pairs: [(currency: Int32, year: Int)]

  init<Element: Record>(_ records: [Element]) {
    var status = [Status](repeating: .excluded, count: records.count)
    var amount = [Double](repeating: 0, count: records.count)
    var approximate = [Bool](repeating: false, count: records.count)
    var pair = [Int32](repeating: -1, count: records.count)
    var currency = [Int32](repeating: -1, count: records.count)
    var currencies: [Currency] = []
    var currencyIDs: [Currency: Int32] = [:]
    var pairs: [(currency: Int32, year: Int)] = []
    var pairIDs: [Int: Int32] = [:]
    for (index, record) in records.enumerated() {
      guard case .money(let money) = record.primaryValue, let value = money.amount else { continue }
      status[index] = .amount
      amount[index] = value
      approximate[index] = money.isApproximate
      let currencyID: Int32
      if let known = currencyIDs[money.currency] {
        currencyID = known
      } else {
        currencyID = Int32(currencies.count)
        currencyIDs[money.currency] = currencyID
        currencies.append(money.currency)
      }
      currency[index] = currencyID
      guard let year = record.date?.start.year else { continue }
      let key = Int(currencyID) << 16 | year
      if let known = pairIDs[key] {
        pair[index] = known
      } else {
        pair[index] = Int32(pairs.count)
        pairIDs[key] = Int32(pairs.count)
        pairs.append((currencyID, year))
      }
    }
    self.status = status
    self.amount = amount
    isApproximate = approximate
    self.pair = pair
    self.currency = currency
    self.currencies = currencies
    self.pairs = pairs
  }

  /// The factor of each pair into `target`, or `nil` when the table lacks a rate.
  func factors(to target: Currency, using rates: ExchangeRates) -> [Double?] {
    pairs.map { pair in try? rates.factor(from: currencies[Int(pair.currency)], to: target, year: pair.year) }
  }

  /// Each record's amount in one currency, for totals: the amounts multiplied out once per
  /// currency and rate table (``RecordColumns/converted(to:using:)``).
  struct Converted: Sendable {
    /// The amount in the target currency (0 when left out).
    let value: [Double]
    /// The (currency, year) pair whose rate was used; -1 for none (already in the target
    /// currency), ``leftOut`` when the record does not enter the total.
    let pair: [Int32]

    /// The ``pair`` of a record left out of the total.
    static let leftOut: Int32 = -2
  }

  /// The amounts in `target`, with `factors` the factor of each pair (``factors(to:using:)``).
  func converted(to target: Currency, factors: [Double?]) -> Converted {
    let targetID = currencies.firstIndex(of: target).map(Int32.init) ?? -1
    var value = [Double](repeating: 0, count: status.count)
    var used = [Int32](repeating: Converted.leftOut, count: status.count)
    for index in status.indices where status[index] == .amount {
      if currency[index] == targetID {
        value[index] = amount[index]
        used[index] = -1
      } else if pair[index] >= 0, let factor = factors[Int(pair[index])] {
        value[index] = amount[index] * factor
        used[index] = pair[index]
      }
    }
    return Converted(value: value, pair: used)
  }
}
