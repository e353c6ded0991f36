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
}
