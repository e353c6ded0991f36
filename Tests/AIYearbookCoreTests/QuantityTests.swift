import AIYearbookCore
import Foundation
import Testing

@Suite("Quantity")
struct QuantityTests {
  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let quantities = try decodeFixture([Quantity].self, "quantities.json")
    try #require(quantities.count == 6)

    let users = quantities[0]
    #expect(users.value == 515_000_000)
    #expect(users.unit == .count)
    #expect(users.qualifier == .exact)
    #expect(users.statedText == "5.15亿")
    #expect(users.upperBound == nil)
    #expect(!users.hedged)
    #expect(users.alternates.isEmpty && users.factors.isEmpty)
    #expect(!users.isApproximate)

    let range = quantities[1]
    #expect(range.value == 200)
    #expect(range.upperBound == 250)
    #expect(range.unit == Quantity.Unit("EFLOPS"))
    #expect(range.qualifier == .approximately)
    #expect(range.hedged)
    #expect(range.isApproximate)

    let unspecified = quantities[2]
    #expect(unspecified.value == nil)
    #expect(unspecified.qualifier == .unspecified)
    #expect(unspecified.unit == Quantity.Unit("USD"))
    #expect(unspecified.statedText == "数十亿美元")
    #expect(unspecified.isApproximate)

    let restated = quantities[3]
    #expect(restated.value == 2_400_000_000)
    #expect(restated.unit == Quantity.Unit("CAD"))
    #expect(restated.alternates.count == 1)
    #expect(restated.alternates.first?.value == 12_700_000_000)
    #expect(restated.alternates.first?.unit == Quantity.Unit("CNY"))
    #expect(restated.alternates.first?.qualifier == .approximately)
    #expect(restated.alternates.first?.statedText == "约127亿元人民币")

    let product = quantities[4]
    #expect(product.value == 512)
    #expect(product.factors == [64, 8])
    #expect(product.qualifier == .atLeast)

    let share = quantities[5]
    #expect(share.value == 36.5)
    #expect(share.unit == .percent)
    #expect(share.qualifier == .moreThan)
    #expect(share.statedText == nil)
  }

  @Test("missing optional fields take their defaults, and the qualifier is always written")
  func defaults() throws {
    let quantity = try JSON.decode(Quantity.self, from: #"{"value": 4, "unit": "count"}"#)
    #expect(quantity.qualifier == .exact)
    #expect(!quantity.hedged)
    #expect(quantity.upperBound == nil && quantity.statedText == nil)
    #expect(quantity.alternates.isEmpty && quantity.factors.isEmpty)
    try expectEncoding(quantity, matchesJSON: #"{"value": 4, "unit": "count", "qualifier": "exact"}"#)
  }

  @Test("an explicit false hedge and empty lists are left out when encoding")
  func emptyFieldsLeftOut() throws {
    let quantity = try JSON.decode(
      Quantity.self,
      from: #"{"value": 4, "unit": "count", "qualifier": "exact", "hedged": false, "alternates": [], "factors": []}"#)
    try expectEncoding(quantity, matchesJSON: #"{"value": 4, "unit": "count", "qualifier": "exact"}"#)
  }

  @Test("a null value with a qualifier other than unspecified is rejected", arguments: ["exact", "approximately"])
  func nullValueRejected(qualifier: String) {
    let error = #expect(throws: DecodingError.self) {
      try JSON.decode(Quantity.self, from: #"{"value": null, "unit": "count", "qualifier": "\#(qualifier)"}"#)
    }
    #expect(error?.path.last == "value")
  }

  @Test("a missing value without a qualifier is rejected (the qualifier defaults to exact)")
  func missingValueRejected() {
    #expect(throws: DecodingError.self) { try JSON.decode(Quantity.self, from: #"{"unit": "count"}"#) }
  }

  @Test("an unspecified quantity may omit its value; the value is then written as null")
  func unspecifiedWithoutValue() throws {
    let quantity = try JSON.decode(
      Quantity.self, from: #"{"unit": "CNY", "qualifier": "unspecified", "statedText": "亿元"}"#)
    #expect(quantity.value == nil)
    try expectEncoding(
      quantity, matchesJSON: #"{"value": null, "unit": "CNY", "qualifier": "unspecified", "statedText": "亿元"}"#)
  }

  @Test("a quantity without a unit is rejected")
  func missingUnit() {
    let error = #expect(throws: DecodingError.self) { try JSON.decode(Quantity.self, from: #"{"value": 4}"#) }
    guard case .keyNotFound(let key, _) = error else {
      Issue.record("expected keyNotFound, got \(String(describing: error))")
      return
    }
    #expect(key.stringValue == "unit")
  }

  @Test(
    "isApproximate",
    arguments: [
      (Quantity(5, .count), false),
      (Quantity(5, .count, qualifier: .approximately), true),
      (Quantity(5, .count, qualifier: .moreThan), true),
      (Quantity(5, .count, hedged: true), true),
      (Quantity(5, .count, upperBound: 6), true),
      (Quantity(nil, .count, qualifier: .unspecified), true),
      (Quantity(512, .count, factors: [64, 8]), false),
    ])
  func isApproximate(quantity: Quantity, approximate: Bool) {
    #expect(quantity.isApproximate == approximate)
  }

  @Test(
    "round trips",
    arguments: [
      Quantity(5, .count),
      Quantity(36.5, .percent, qualifier: .approximately, statedText: "约36.5%"),
      Quantity(200, .count, upperBound: 250, hedged: true),
      Quantity(nil, .usd, qualifier: .unspecified, statedText: "数十亿美元"),
      Quantity(2_400_000_000, .cad, alternates: [Quantity(12_700_000_000, .cny, qualifier: .approximately)]),
      Quantity(512, .count, factors: [64, 8]),
      Quantity(1.5, .percentagePoints),
      Quantity(3, Quantity.Unit("qubitYears"), qualifier: Qualifier("someday")),
    ])
  func roundTrip(quantity: Quantity) throws {
    try expectRoundTrip(quantity)
  }

  @Test("the memberwise initializer's defaults")
  func initializerDefaults() {
    let quantity = Quantity(5, .count)
    #expect(quantity.qualifier == .exact)
    #expect(!quantity.hedged)
    #expect(quantity.upperBound == nil && quantity.statedText == nil)
    #expect(quantity.alternates.isEmpty && quantity.factors.isEmpty)
  }
}
