/// A table of exchange rates: units of each currency per euro, per calendar year.
///
/// Conversions are reference data, not facts from the documents. The
/// ``default`` table holds the European Central Bank's euro reference rates,
/// averaged per currency and year (see Documentation/ExchangeRates.md). A dated
/// amount converts at its year's rate (a span at its start year); an amount
/// without a date, or a currency or year missing from the table, is an error —
/// never a guess. Rates the documents state (约合 …) stay alternates of the
/// amount and are never used.
///
/// ```swift
/// let rates = ExchangeRates.default
/// let cny = try rates.convert(Money(40_000_000_000, .usd), on: "2025-04", to: .cny)
/// cny.amount   // about 287 billion
/// ```
public struct ExchangeRates: Hashable, Sendable {
  /// Units of each currency per euro, by calendar year.
  public let unitsPerEuro: [Currency: [Int: Double]]
  /// Where the rates come from, for display.
  public let name: String

  /// A table of your own: units of each currency per euro, by year (the euro itself need not be listed).
  public init(name: String, unitsPerEuro: [Currency: [Int: Double]]) {
    self.name = name
    self.unitsPerEuro = unitsPerEuro
  }

  /// The ECB euro reference rates, annual means (built from the ECB history
  /// file up to ``ecbDataDate``; the last year is a partial-year mean).
  public static let `default` = ExchangeRates(
    name: "ECB euro reference rates, annual mean", unitsPerEuro: ecbAnnualMeans)

  /// Units of `currency` per euro in `year`.
  ///
  /// - Throws: ``YearbookError/missingExchangeRate(currency:year:table:)`` when the table has no such rate.
  public func rate(for currency: Currency, year: Int) throws(YearbookError) -> Double {
    if currency == .eur { return 1 }
    guard let rate = unitsPerEuro[currency]?[year], rate > 0 else {
      throw .missingExchangeRate(currency: currency.rawValue, year: year, table: name)
    }
    return rate
  }

  /// The factor that turns an amount in `from` into one in `to`, at `year`'s rates.
  ///
  /// - Throws: ``YearbookError/missingExchangeRate(currency:year:table:)`` when a rate is missing.
  public func factor(from: Currency, to: Currency, year: Int) throws(YearbookError) -> Double {
    if from == to { return 1 }
    return try rate(for: to, year: year) / rate(for: from, year: year)
  }

  /// Converts an amount dated `date` into `currency`, keeping its qualifier.
  ///
  /// - Throws: ``YearbookError/notConvertible(reason:)`` when the amount has no
  ///   figure or no date, ``YearbookError/missingExchangeRate(currency:year:table:)``
  ///   when a rate is missing.
  public func convert(_ money: Money, on date: DatePeriod?, to currency: Currency) throws(YearbookError) -> Money {
    guard let amount = money.amount else {
      throw .notConvertible(reason: "the amount is not stated (\(money.statedText ?? "no value"))")
    }
    guard let date else { throw .notConvertible(reason: "an undated amount has no year to pick a rate") }
    let factor = try factor(from: money.currency, to: currency, year: date.start.year)
    return Money(
      amount * factor, currency, qualifier: money.qualifier, upperBound: money.upperBound.map { $0 * factor },
      hedged: money.hedged)
  }

  /// Converts an amount dated by the text form of a date.
  ///
  /// - Throws: ``YearbookError/invalidDate(_:reason:)`` when the date is invalid, or
  ///   the errors of ``convert(_:on:to:)-(_,DatePeriod?,_)``.
  public func convert(_ money: Money, on date: String, to currency: Currency) throws(YearbookError) -> Money {
    let period: DatePeriod
    do { period = try DatePeriod(parsing: date) } catch { throw .invalidDate(date, reason: error.reason) }
    return try convert(money, on: period, to: currency)
  }
}
