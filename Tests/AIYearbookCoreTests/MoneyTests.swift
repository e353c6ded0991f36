import AIYearbookCore
import Foundation
import Testing

@Suite("Money")
struct MoneyTests {
  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let amounts = try decodeFixture([Money].self, "money.json")
    try #require(amounts.count == 4)

    let round = amounts[0]
    #expect(round.amount == 40_000_000_000)
    #expect(round.currency == .usd)
    #expect(round.currency.rawValue == "USD")
    #expect(round.qualifier == .exact)
    #expect(!round.hedged && round.upperBound == nil && round.statedText == nil && round.alternates.isEmpty)
    #expect(!round.isApproximate)

    let unspecified = amounts[1]
    #expect(unspecified.amount == nil)
    #expect(unspecified.qualifier == .unspecified)
    #expect(unspecified.statedText == "数十亿美元")
    #expect(unspecified.isApproximate)

    let restated = amounts[2]
    #expect(restated.amount == 2_400_000_000)
    #expect(restated.currency == .cad)
    #expect(restated.alternates == [Money(12_700_000_000, .cny, qualifier: .approximately, statedText: "约127亿元人民币")])

    let range = amounts[3]
    #expect(range.amount == 500_000_000)
    #expect(range.upperBound == 1_000_000_000)
    #expect(range.currency == .eur)
    #expect(range.qualifier == .upTo)
    #expect(range.hedged)
    #expect(range.isApproximate)
  }

  @Test("the documented minimal form decodes with qualifier exact, which is then written")
  func minimal() throws {
    let money = try JSON.decode(Money.self, from: #"{"amount": 40000000000, "currency": "USD"}"#)
    #expect(money == Money(40_000_000_000, .usd))
    #expect(money.qualifier == .exact && !money.hedged)
    try expectEncoding(money, matchesJSON: #"{"amount": 40000000000, "currency": "USD", "qualifier": "exact"}"#)
  }

  @Test("a null amount without qualifier unspecified is rejected")
  func nullAmountRejected() {
    let error = #expect(throws: DecodingError.self) {
      try JSON.decode(Money.self, from: #"{"amount": null, "currency": "USD", "qualifier": "exact"}"#)
    }
    #expect(error?.path.last == "amount")
    #expect(throws: DecodingError.self) { try JSON.decode(Money.self, from: #"{"currency": "USD"}"#) }
  }

  @Test("a missing currency is rejected")
  func missingCurrency() {
    #expect(throws: DecodingError.self) { try JSON.decode(Money.self, from: #"{"amount": 5}"#) }
  }

  @Test("an unknown currency decodes and re-encodes unchanged")
  func unknownCurrency() throws {
    let money = try JSON.decode(Money.self, from: #"{"amount": 5, "currency": "XAU", "qualifier": "exact"}"#)
    #expect(money.currency.rawValue == "XAU")
    #expect(!money.currency.isKnown)
    try expectEncoding(money, matchesJSON: #"{"amount": 5, "currency": "XAU", "qualifier": "exact"}"#)
  }

  @Test(
    "round trips",
    arguments: [
      Money(40_000_000_000, .usd),
      Money(nil, .usd, qualifier: .unspecified, statedText: "数十亿美元"),
      Money(500_000_000, .eur, qualifier: .upTo, upperBound: 1_000_000_000, hedged: true),
      Money(2_400_000_000, .cad, alternates: [Money(12_700_000_000, .cny, qualifier: .approximately)]),
    ])
  func roundTrip(money: Money) throws {
    try expectRoundTrip(money)
  }

  @Test(
    "isApproximate",
    arguments: [
      (Money(1, .usd), false),
      (Money(1, .usd, qualifier: .approximately), true),
      (Money(1, .usd, hedged: true), true),
      (Money(1, .usd, upperBound: 2), true),
      (Money(nil, .usd, qualifier: .unspecified), true),
    ])
  func isApproximate(money: Money, approximate: Bool) {
    #expect(money.isApproximate == approximate)
  }
}
