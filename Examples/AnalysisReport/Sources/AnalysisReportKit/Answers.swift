import AIYearbook

/// The report's three headline answers as data (`answers.json`), for the Python example to
/// compare its pandas, DuckDB and Spark answers with.
public struct ReportAnswers: Codable, Hashable, Sendable {
  /// The dataset's version.
  public var dataVersion: String
  /// Disclosed funding grouped by quarter with totals in USD, exactly as the library groups it
  /// (amounts dated only by a year or a half keep their own group; DESIGN §6 JSON shape).
  public var fundingByQuarter: [RecordGroup<FundingRound>]
  /// Every benchmark's leaderboard, one per benchmark and metric with scored results.
  public var leaderboards: [Leaderboard]
  /// The CNNIC age breakdown of generative-AI users.
  public var ageBreakdown: Breakdown

  /// One benchmark metric's board.
  public struct Leaderboard: Codable, Hashable, Sendable {
    public var benchmark: String
    public var metric: String
    public var entries: [Entry]
  }

  /// One row of a board.
  public struct Entry: Codable, Hashable, Sendable {
    public var position: Int
    public var statedRank: Int?
    public var result: String
    /// The subject as `product:ID`, `organization:ID`, `regions:US,CN` or `text:<zh>`.
    public var subject: String
    public var score: Double
  }

  /// A breakdown's categories and their values.
  public struct Breakdown: Codable, Hashable, Sendable {
    public var metric: String
    public var period: String?
    public var categories: [Category]
    public var sum: Double?
  }

  /// One category.
  public struct Category: Codable, Hashable, Sendable {
    public var id: String
    public var label: String
    public var statistic: String
    public var value: Double?
  }
}

/// The exchange rates a report used (`rates.json`): the library's own `ratesUsed`.
public struct RatesFile: Codable, Hashable, Sendable {
  /// The table's name.
  public var table: String
  /// The latest ECB day the table was built from.
  public var ecbDataDate: String
  /// The target currency.
  public var currency: String
  /// Each rate used: from, to, year, factor (units of `to` per unit of `from`).
  public var rates: [AggregateResult.RateUse]
}

extension BenchmarkResult.Subject {
  /// A key for comparing subjects across tools: `product:ID`, `organization:ID`, `regions:US,CN`, `text:<zh>`.
  var key: String {
    switch self {
    case .product(let id): "product:" + id.rawValue
    case .organization(let id): "organization:" + id.rawValue
    case .regions(let regions): "regions:" + regions.map(\.rawValue).joined(separator: ",")
    case .text(let text): "text:" + text.zh
    }
  }
}
