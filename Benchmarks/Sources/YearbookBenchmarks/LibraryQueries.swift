import AIYearbook

/// Q1–Q4 through AIYearbook's public API, as a user would write them.
enum LibraryQueries {
  /// Q1: the number of rounds dated in 2024 and tagged `agents`.
  static func q1(_ yearbook: Yearbook) throws -> [Row] {
    let count = try yearbook.fundingRounds.filter(date: DateRange(from: "2024", to: "2024")).filter(tag: .agents)
      .count()
    return [Row(key: "2024|agents", count: count, total: 0)]
  }

  /// Q2 before the top 10: every country's rounds and total in US dollars (the default rate table).
  static func q2Groups(_ yearbook: Yearbook) throws -> [Row] {
    try yearbook.fundingRounds.grouped(by: [.region], totalIn: .usd).map(Row.init)
  }

  /// Q3: rounds and total in US dollars by quarter and round label.
  static func q3(_ yearbook: Yearbook) throws -> [Row] {
    try yearbook.fundingRounds.grouped(by: [.quarter, .roundLabel], totalIn: .usd).map(Row.init)
  }

  /// Q4 before the top 20: every recipient's (or acquisition target's) rounds and total in US dollars.
  static func q4Groups(_ yearbook: Yearbook) throws -> [Row] {
    try yearbook.fundingRounds.grouped(by: [.organization], totalIn: .usd).map(Row.init)
  }

  /// The timed queries: each answers what a user asks, top-N included.
  static var timed: [(name: String, run: (Yearbook) throws -> [Row])] {
    [
      ("Q1", q1),
      ("Q2", { try $0.fundingRounds.top(10, by: .region, totalIn: .usd).map(Row.init) }),
      ("Q3", q3),
      ("Q4", { try $0.fundingRounds.top(20, by: .organization, totalIn: .usd).map(Row.init) }),
    ]
  }

  /// The answers about the user's file alone: the merged yearbook's groups less the
  /// embedded data's own (the reference engines read only the file), then the top N.
  static func answers(merged: Yearbook, embedded: Yearbook) throws -> [String: [Row]] {
    [
      "Q1": try q1(merged).subtracting(q1(embedded)),
      "Q2": try q2Groups(merged).subtracting(q2Groups(embedded)).top(10),
      "Q3": try q3(merged).subtracting(q3(embedded)).byKey,
      "Q4": try q4Groups(merged).subtracting(q4Groups(embedded)).top(20),
    ]
  }
}
