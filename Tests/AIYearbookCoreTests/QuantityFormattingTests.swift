import AIYearbookCore
import Testing

/// `Quantity.formatted(_:)` and `Money.formatted(_:)`: every expected string is written out by hand.
@Suite("Formatting quantities and money")
struct QuantityFormattingTests {
  @Test(
    "counts take scale words in English and 万/亿 in Chinese",
    arguments: [
      (Quantity(515_000_000, .count), "515 million", "5.15亿"),
      (Quantity(1_200_000_000, .count), "1.2 billion", "12亿"),
      (Quantity(45_000, .count), "45,000", "4.5万"),
      (Quantity(3000, .count), "3,000", "3000"),
      (Quantity(17, .count), "17", "17"),
      (Quantity(266_000_000, .count, qualifier: .moreThan), "more than 266 million", "超过2.66亿"),
      (Quantity(3, .count, upperBound: 5), "3–5", "3–5"),
      (Quantity(2_500_000_000_000, .count), "2.5 trillion", "2.5万亿"),
    ])
  func counts(quantity: Quantity, english: String, chinese: String) {
    #expect(quantity.formatted(.english) == english)
    #expect(quantity.formatted(.chinese) == chinese)
  }

  @Test(
    "percentages, percentage points, multipliers and ranks",
    arguments: [
      (Quantity(36.5, .percent), "36.5%", "36.5%"),
      (Quantity(1, .percent, qualifier: .lessThan), "<1%", "<1%"),
      (Quantity(50, .percent, qualifier: .atLeast), "at least 50%", "不少于50%"),
      (Quantity(57, .percent, qualifier: .approximately), "about 57%", "约57%"),
      (Quantity(20, .percent, upperBound: 30), "20–30%", "20–30%"),
      (Quantity(3.2, .percentagePoints), "3.2 pp", "3.2个百分点"),
      (Quantity(2.5, .times), "2.5×", "2.5倍"),
      (Quantity(10, .times, qualifier: .upTo), "up to 10×", "最高10倍"),
      (Quantity(4, .rank), "rank 4", "第4名"),
      (Quantity(0.333333, .percent), "0.33%", "0.33%"),
    ])
  func ratios(quantity: Quantity, english: String, chinese: String) {
    #expect(quantity.formatted(.english) == english)
    #expect(quantity.formatted(.chinese) == chinese)
  }

  @Test(
    "other units by their readable names",
    arguments: [
      (Quantity(2, .days), "2 days", "2天"),
      (Quantity(1, .days), "1 day", "1天"),
      (Quantity(200, .eflops, qualifier: .approximately, upperBound: 250), "about 200–250 EFLOPS", "约200–250EFLOPS"),
      (Quantity(671_000_000_000, .parameters), "671 billion parameters", "6710亿参数"),
      (Quantity(1_000_000, .tokens, qualifier: .atMost), "at most 1 million tokens", "不超过100万token"),
      (Quantity(1500, .kwh), "1,500 kWh", "1500千瓦时"),
      (Quantity(200, .ms, qualifier: .lessThan), "less than 200 ms", "不足200毫秒"),
      (Quantity(5, Quantity.Unit("widgets")), "5 widgets", "5 widgets"),
    ])
  func otherUnits(quantity: Quantity, english: String, chinese: String) {
    #expect(quantity.formatted(.english) == english)
    #expect(quantity.formatted(.chinese) == chinese)
  }

  @Test("a hedge is marked, an unspecified value prints its stated words, a currency unit prints as money")
  func hedgesAndWords() {
    let hedged = Quantity(200, .eflops, qualifier: .approximately, upperBound: 250, hedged: true)
    #expect(hedged.formatted(.english) == "about 200–250 EFLOPS (hedged)")
    #expect(hedged.formatted(.chinese) == "或约200–250EFLOPS")
    let unstated = Quantity(nil, .usd, qualifier: .unspecified, statedText: "数十亿美元")
    #expect(unstated.formatted(.english) == "数十亿美元")
    #expect(unstated.formatted(.chinese) == "数十亿美元")
    #expect(Quantity(nil, .count, qualifier: .unspecified).formatted(.english) == "unspecified")
    let canadian = Quantity(2_400_000_000, .cad)
    #expect(canadian.formatted(.english) == "CAD 2.4 billion")
    #expect(canadian.formatted(.chinese) == "24亿加元")
  }

  @Test("no number is written with a trailing .0 or in full scientific notation")
  func noRawDoubles() {
    for value in [1.0, 10.0, 515_000_000.0, 45_000.0, 3.0e15, 7.0e20] {
      for language in Language.allCases {
        let text = Quantity(value, .count).formatted(language)
        #expect(!text.contains(".0"), "\(text)")
        #expect(!text.contains("e+"), "\(text)")
      }
    }
    #expect(Quantity(1, .percent, qualifier: .lessThan).formatted(.english) != "less than 1.0%")
  }

  @Test(
    "money: the ISO code before the number in English, the currency name after it in Chinese",
    arguments: [
      (Money(40_000_000_000, .usd), "USD 40 billion", "400亿美元"),
      (Money(12_700_000_000, .cny, qualifier: .approximately), "about CNY 12.7 billion", "约127亿元人民币"),
      (Money(45_000, .eur), "EUR 45,000", "4.5万欧元"),
      (Money(1_000_000_000, .usd, qualifier: .moreThan, hedged: true), "more than USD 1 billion (hedged)", "或超过10亿美元"),
      (Money(1_000_000_000, .usd, upperBound: 2_000_000_000), "USD 1–2 billion", "10–20亿美元"),
      (Money(500_000_000, Currency("XYZ")), "XYZ 500 million", "5亿XYZ"),
    ])
  func money(money: Money, english: String, chinese: String) {
    #expect(money.formatted(.english) == english)
    #expect(money.formatted(.chinese) == chinese)
  }

  @Test("money without an amount prints its stated words, or says it is unstated")
  func unstatedMoney() {
    #expect(Money(nil, .usd, qualifier: .unspecified, statedText: "数十亿美元").formatted(.english) == "数十亿美元")
    #expect(Money(nil, .cny, qualifier: .unspecified).formatted(.english) == "an unstated amount of CNY")
    #expect(Money(nil, .cny, qualifier: .unspecified).formatted(.chinese) == "未说明金额（元人民币）")
  }
}
