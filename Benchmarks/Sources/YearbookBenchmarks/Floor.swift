import AIYearbook

/// The floor: Q1–Q4 as hand-written loops over plain columns of the generated rounds.
///
/// The columns are built from ``Generator/round(_:)`` (not through the library),
/// amounts stay in their own currency and convert in the loop with a factor per
/// currency and year taken from the default table, as the library converts.
struct Floor {
  var year: [Int16] = []
  var quarter: [UInt8] = []
  var label: [UInt8] = []
  var country: [UInt8] = []
  var recipient: [Int32] = []
  var tagMask: [UInt32] = []
  var amount: [Double] = []
  var currency: [UInt8] = []
  /// US dollars per unit of each currency, by `currency * years + (year - 2015)`.
  var factors: [Double] = []
  static let years = Generator.years.count
  static let firstYear = Generator.years.lowerBound

  init(count: Int) throws {
    for index in 0..<count {
      let round = Generator.round(index)
      year.append(Int16(round.year))
      quarter.append(UInt8((round.month - 1) / 3))
      label.append(UInt8(round.label))
      country.append(UInt8(round.country))
      recipient.append(Int32(round.recipient))
      tagMask.append(round.tags.reduce(0) { $0 | (1 << UInt32($1)) })
      amount.append(round.amount ?? .nan)
      currency.append(UInt8(round.currency))
    }
    for code in Generator.currencies {
      for year in Generator.years { factors.append(try ExchangeRates.default.factor(from: code, to: .usd, year: year)) }
    }
  }

  @inline(__always) func usd(_ index: Int) -> Double {
    amount[index] * factors[Int(currency[index]) * Self.years + Int(year[index]) - Self.firstYear]
  }

  func q1() -> [Row] {
    var count = 0
    for index in year.indices where year[index] == 2024 && tagMask[index] & 1 != 0 { count += 1 }
    return [Row(key: "2024|agents", count: count, total: 0)]
  }

  /// Counts and totals by a small integer key.
  func grouped(size: Int, key: (Int) -> Int) -> (counts: [Int], totals: [Double]) {
    var counts = [Int](repeating: 0, count: size)
    var totals = [Double](repeating: 0, count: size)
    for index in year.indices {
      let slot = key(index)
      counts[slot] += 1
      let value = usd(index)
      if !value.isNaN { totals[slot] += value }
    }
    return (counts, totals)
  }

  func rows(_ grouped: (counts: [Int], totals: [Double]), name: (Int) -> String) -> [Row] {
    grouped.counts.indices.compactMap { slot in
      grouped.counts[slot] == 0 ? nil : Row(key: name(slot), count: grouped.counts[slot], total: grouped.totals[slot])
    }
  }

  func q2() -> [Row] {
    rows(grouped(size: Generator.countries.count) { Int(country[$0]) }) { Generator.countries[$0] }.top(10)
  }

  func q3() -> [Row] {
    let labels = Generator.labels.count
    let groups = grouped(size: Self.years * 4 * labels) { index in
      (Int(year[index]) - Self.firstYear) * 4 * labels + Int(quarter[index]) * labels + Int(label[index])
    }
    return rows(groups) { slot in
      let year = Self.firstYear + slot / (4 * labels)
      return "\(year)-Q\(slot / labels % 4 + 1)|\(Generator.labels[slot % labels].label)"
    }.byKey
  }

  func q4() -> [Row] {
    rows(grouped(size: Generator.recipientCount) { Int(recipient[$0]) }) { Generator.recipientID($0) }.top(20)
  }

  var timed: [(name: String, run: () -> [Row])] { [("Q1", q1), ("Q2", q2), ("Q3", q3), ("Q4", q4)] }
}
