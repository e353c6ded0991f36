import AIYearbook
import Foundation
import Testing

/// Currency conversion: a dated amount converts at its year's rate; no date or
/// no rate is an error, never a guess.
@Suite("Exchange rates")
struct ExchangeRatesTests {
  static let rates = AggregationTests.rates

  @Test("Converts at the year of the date, keeping the qualifier and range")
  func convert() throws {
    let yuan = Money(1000, .cny, qualifier: .approximately, upperBound: 2000)
    let dollars = try Self.rates.convert(yuan, on: "2025-06", to: .usd)
    // 1000 CNY × 1.25 / 10
    #expect(dollars.amount == 125)
    #expect(dollars.upperBound == 250)
    #expect(dollars.currency == .usd)
    #expect(dollars.qualifier == .approximately)
    // A span converts at its start year: 2024, 1.0 / 8.0.
    #expect(try Self.rates.convert(Money(800, .cny), on: "2024-05/2025-02", to: .usd).amount == 100)
    #expect(try Self.rates.convert(Money(7, .eur), on: "2025", to: .eur).amount == 7)
  }

  @Test("An undated amount cannot be converted")
  func undated() {
    #expect(throws: YearbookError.self) {
      _ = try Self.rates.convert(Money(1000, .cny), on: nil as DatePeriod?, to: .usd)
    }
    do {
      _ = try Self.rates.convert(Money(1000, .cny), on: nil as DatePeriod?, to: .usd)
    } catch {
      guard case .notConvertible(let reason) = error else {
        Issue.record("expected notConvertible, got \(error)")
        return
      }
      #expect(reason.contains("undated"))
    }
  }

  @Test("A missing rate is an error naming the currency and the year")
  func missingRate() {
    #expect(throws: YearbookError.missingExchangeRate(currency: "JPY", year: 2025, table: "test table")) {
      _ = try Self.rates.convert(Money(100, .jpy), on: "2025", to: .usd)
    }
    #expect(throws: YearbookError.self) { _ = try Self.rates.convert(Money(100, .usd), on: "2023", to: .cny) }
    #expect(throws: YearbookError.self) { _ = try Self.rates.rate(for: .gbp, year: 2025) }
  }

  @Test("An unstated amount or a bad date cannot be converted")
  func unstatedOrBadDate() {
    let unstated = Money(nil, .usd, qualifier: .unspecified, statedText: "数十亿美元")
    #expect(throws: YearbookError.self) { _ = try Self.rates.convert(unstated, on: "2025", to: .cny) }
    #expect(throws: YearbookError.self) { _ = try Self.rates.convert(Money(1, .usd), on: "2025-13", to: .cny) }
  }

  @Test("Rates and factors")
  func factors() throws {
    #expect(try Self.rates.rate(for: .eur, year: 1999) == 1)
    #expect(try Self.rates.factor(from: .usd, to: .usd, year: 1999) == 1)
    #expect(try Self.rates.factor(from: .cny, to: .usd, year: 2024) == 0.125)
    #expect(try Self.rates.factor(from: .usd, to: .cny, year: 2025) == 8)
  }

  @Test("The default table is the ECB's annual means")
  func defaultTable() throws {
    let ecb = ExchangeRates.default
    #expect(try ecb.rate(for: .usd, year: 2025) > 1)
    // OpenAI's USD 40 billion (2025-04) is about CNY 287 billion at the 2025 means.
    let yuan = try ecb.convert(Money(40_000_000_000, .usd), on: "2025-04", to: .cny)
    let expected = 40_000_000_000 * (try ecb.rate(for: .cny, year: 2025)) / (try ecb.rate(for: .usd, year: 2025))
    #expect(yuan.amount == expected)
    #expect(abs((yuan.amount ?? 0) - 287e9) < 5e9)
    #expect(!ExchangeRates.ecbDataDate.isEmpty)
  }
}

@Suite("Exchange rates as JSON")
struct ExchangeRatesCodableTests {
  @Test("the default table encodes and decodes to the same table")
  func roundTrip() throws {
    let data = try CanonicalJSON.encode(ExchangeRates.default)
    let decoded = try JSONDecoder().decode(ExchangeRates.self, from: data)
    #expect(decoded == ExchangeRates.default)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(#""unitsPerEuro""#))
    #expect(text.contains(#""USD""#))
  }

  @Test("a year that is not a number is refused")
  func badYear() {
    let json = #"{"name": "x", "unitsPerEuro": {"USD": {"twenty": 1.1}}}"#
    #expect(throws: DecodingError.self) { _ = try JSONDecoder().decode(ExchangeRates.self, from: Data(json.utf8)) }
  }
}
