import AIYearbook
import Testing

/// Grouping, time series, top-n and sums on `sample.json` (see ``QueryTests``
/// for its events); expected answers are worked out by hand.
@Suite("Aggregation")
struct AggregationTests {
  let yearbook: Yearbook
  init() throws { yearbook = try TestSupport.sample() }

  /// The groups as (key, record ids) pairs, for comparison.
  static func summary<R: Record>(_ groups: [RecordGroup<R>]) -> [Pair] {
    groups.map { Pair(key: $0.key, ids: ($0.records ?? []).ids) }
  }

  struct Pair: Equatable, CustomStringConvertible {
    var key: String?
    var ids: [String]
    var description: String { "\(key ?? "nil"): \(ids)" }
  }

  // MARK: Grouping

  @Test("By month, a bare year keeps its own group and undated records come last")
  func groupedByMonth() throws {
    #expect(
      Self.summary(yearbook.events.grouped(by: .month, includingRecords: true)) == [
        Pair(key: "2024-11", ids: [QueryTests.lab]),
        Pair(key: "2025", ids: [QueryTests.whitePaper]),
        Pair(key: "2025-03", ids: [QueryTests.pledge]),
        Pair(key: "2025-11", ids: [QueryTests.campaign]),
        Pair(key: "2025-12", ids: [QueryTests.agent, QueryTests.gpt]),
        Pair(key: nil, ids: [QueryTests.fine]),
      ])
  }

  @Test("By quarter and by year, a span is grouped by its start")
  func groupedByQuarterAndYear() throws {
    #expect(
      Self.summary(yearbook.events.grouped(by: .quarter, includingRecords: true)) == [
        Pair(key: "2024-Q4", ids: [QueryTests.lab]),
        Pair(key: "2025", ids: [QueryTests.whitePaper]),
        Pair(key: "2025-Q1", ids: [QueryTests.pledge]),
        Pair(key: "2025-Q4", ids: [QueryTests.campaign, QueryTests.agent, QueryTests.gpt]),
        Pair(key: nil, ids: [QueryTests.fine]),
      ])
    #expect(
      yearbook.events.grouped(by: .year, includingRecords: true).map { "\($0.key ?? "nil")=\($0.count)" } == [
        "2024=1", "2025=5", "nil=1",
      ])
  }

  @Test("A multi-valued key counts a record in each of its groups")
  func multiValuedKeys() throws {
    let byOrganization = yearbook.events.grouped(by: .organization, includingRecords: true)
    #expect(
      Self.summary(byOrganization) == [
        Pair(key: "org-bytedance", ids: [QueryTests.pledge]),
        Pair(key: "org-google", ids: [QueryTests.lab, QueryTests.fine]),
        Pair(key: "org-google-deepmind", ids: [QueryTests.agent]),
        Pair(key: "org-openai", ids: [QueryTests.pledge, QueryTests.gpt]),
        Pair(key: nil, ids: [QueryTests.campaign, QueryTests.whitePaper]),
      ])
    // The pledge names two organizations, so the groups hold 8 entries for 7 events.
    #expect(byOrganization.map(\.count).reduce(0, +) == 8)
    #expect(
      yearbook.events.grouped(by: .tag, includingRecords: true).map { "\($0.key ?? "nil")=\($0.count)" } == [
        "agents=2", "compute=1", "governance=2", "market=1", "reasoning=1", "safety=2",
      ])
    #expect(yearbook.events.distinctCount(of: .organization) == 4)
  }

  @Test("By category and by a custom key")
  func categoryAndCustom() throws {
    #expect(
      yearbook.events.grouped(by: .category, includingRecords: true).map { "\($0.key ?? "nil")=\($0.count)" } == [
        "enforcement=2", "governance=1", "infrastructure=1", "modelRelease=1", "productLaunch=1", "report=1",
      ])
    let byKind = yearbook.fundingRounds.grouped(by: .category, includingRecords: true).map {
      "\($0.key ?? "nil")=\($0.count)"
    }
    #expect(
      byKind == [
        "acquisition=1", "fund=1", "nonCashStake=1", "publicProgramme=1", "strategicInvestment=1", "ventureRound=2",
      ])
    let byMetric = yearbook.statistics.grouped(by: .custom("metric") { [$0.metric.rawValue] }, includingRecords: true)
    #expect(byMetric.map(\.key) == ["metric-rank", "metric-spending", "metric-user-share", "metric-users"])
    let none = yearbook.events.grouped(by: .custom("nothing") { _ in [] }, includingRecords: true)
    #expect(Self.summary(none) == [Pair(key: nil, ids: yearbook.events.all().ids)])
  }

  @Test("Grouping applies the query's filters")
  func groupingFilters() throws {
    #expect(
      try yearbook.events.within("2025-12").grouped(by: .month, includingRecords: true).map {
        "\($0.key ?? "nil")=\($0.count)"
      } == [
        "2025-12=2"
      ])
  }

  // MARK: Time series and top

  @Test("A time series has every bucket, empty ones included, and leaves coarser dates out")
  func timeSeries() throws {
    let months = yearbook.events.timeSeries(
      .month, from: try TestSupport.date("2025-10"), to: try TestSupport.date("2026-01"))
    #expect(
      Self.summary(months) == [
        Pair(key: "2025-10", ids: []),
        Pair(key: "2025-11", ids: [QueryTests.campaign]),
        Pair(key: "2025-12", ids: [QueryTests.agent, QueryTests.gpt]),
        Pair(key: "2026-01", ids: []),
      ])
    let quarters = yearbook.events.timeSeries(
      .quarter, from: try TestSupport.date("2025-01"), to: try TestSupport.date("2025-12-31"))
    // The bare-year white paper is in no quarter.
    #expect(quarters.map { "\($0.key ?? "nil")=\($0.count)" } == ["2025-Q1=1", "2025-Q2=0", "2025-Q3=0", "2025-Q4=3"])
    let months2025 = yearbook.events.timeSeries(
      .month, from: try TestSupport.date("2025-01"), to: try TestSupport.date("2025-12"))
    #expect(months2025.count == 12)
    #expect(months2025.map(\.count) == [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2])
  }

  @Test("top(n) gives the largest groups, ties by key, the undated group last among equals")
  func top() throws {
    #expect(yearbook.events.top(2, by: .organization).map(\.key) == ["org-google", "org-openai"])
    #expect(yearbook.events.top(3, by: .organization).map(\.key) == ["org-google", "org-openai", nil])
    #expect(yearbook.events.top(1, by: .tag).map { "\($0.key ?? "nil")=\($0.count)" } == ["agents=2"])
    #expect(yearbook.events.top(0, by: .tag).isEmpty)
    #expect(yearbook.events.top(100, by: .month).count == 6)
  }

  // MARK: Statistics

  @Test("sum adds levels of one unit and excludes shares, changes, ranks, percentages and missing values with reasons")
  func statisticsSum() throws {
    let query = yearbook.statistics.filter { $0.metric != "metric-spending" }
    let total = try query.sum()
    #expect(total.value == 150)
    #expect(total.unit == "count")
    #expect(total.count == 2)
    #expect(total.approximateCount == 1)
    #expect(
      total.excluded.map(\.id) == [
        "stat-c-user-share", "stat-d-users-change", "stat-e-rank", "stat-f-percent-level", "stat-g-users-unspecified",
      ])
    let reasons = Dictionary(uniqueKeysWithValues: total.excluded.map { ($0.id, "\($0.reason) \($0.detail ?? "")") })
    #expect(reasons["stat-c-user-share"]?.contains("share") == true)
    #expect(reasons["stat-d-users-change"]?.contains("change") == true)
    #expect(reasons["stat-e-rank"]?.contains("rank") == true)
    #expect(reasons["stat-f-percent-level"]?.contains("percent") == true)
    #expect(reasons["stat-g-users-unspecified"]?.contains("no value") == true)
    #expect(total.ratesUsed.isEmpty)
  }

  @Test("sum refuses mixed units")
  func statisticsMixedUnits() throws {
    #expect(throws: AggregationError.mixedUnits(["USD", "count"])) { _ = try yearbook.statistics.sum() }
  }

  @Test("average, min and max take any measure of one unit")
  func statisticsAverageMinMax() throws {
    let users = try yearbook.statistics.filter(metric: "metric-users").filter(measure: .level)
    let average = try users.average()
    #expect(average.value == 75)
    #expect(average.count == 2)
    #expect(average.excluded.map(\.id) == ["stat-g-users-unspecified"])
    let shares = try yearbook.statistics.filter(metric: "metric-user-share")
    #expect(try shares.max().value == 40)
    #expect(try shares.min().value == 30)
    #expect(try shares.min().unit == "percent")
    #expect(throws: YearbookError.self) { try yearbook.statistics.filter(metric: "metric-none") }
    let nothing = try yearbook.statistics.filter { _ in false }.sum()
    #expect(nothing.value == nil)
    #expect(nothing.count == 0)
  }

  // MARK: Money

  /// Units per euro, chosen so the sums are easy to check by hand.
  static let rates = ExchangeRates(
    name: "test table", unitsPerEuro: ["USD": [2024: 1.0, 2025: 1.25], "CNY": [2024: 8.0, 2025: 10.0]])

  @Test("totalAmount converts at each round's year, lists the rates and excludes what it cannot convert")
  func fundingTotalInUSD() throws {
    let total = try yearbook.fundingRounds.totalAmount(in: .usd, using: Self.rates)
    // 1,000,000 USD + 800,000 CNY × (1.0 / 8.0) in 2024 + 500,000 EUR × 1.25 in 2025
    #expect(total.value == 1_725_000)
    #expect(total.unit == "USD")
    #expect(total.count == 3)
    #expect(total.approximateCount == 1)
    #expect(
      total.ratesUsed == [
        .init(from: "CNY", to: "USD", year: 2024, factor: 0.125, table: "test table"),
        .init(from: "EUR", to: "USD", year: 2025, factor: 1.25, table: "test table"),
      ])
    #expect(
      total.excluded.map(\.id) == [
        "funding-d-cny-undated", "funding-e-unspecified", "funding-f-no-amount", "funding-g-jpy-2025",
      ])
    let reasons = Dictionary(uniqueKeysWithValues: total.excluded.map { ($0.id, "\($0.reason) \($0.detail ?? "")") })
    #expect(reasons["funding-d-cny-undated"]?.contains("undated") == true)
    #expect(reasons["funding-e-unspecified"]?.hasPrefix("noAmount") == true)
    #expect(reasons["funding-f-no-amount"]?.contains("no amount") == true)
    #expect(reasons["funding-g-jpy-2025"]?.contains("JPY") == true)
    #expect(reasons["funding-g-jpy-2025"]?.contains("2025") == true)
  }

  @Test("An amount already in the target currency needs no rate, dated or not")
  func fundingTotalInCNY() throws {
    let total = try yearbook.fundingRounds.totalAmount(in: .cny, using: Self.rates)
    // 1,000,000 USD × (10 / 1.25) + 800,000 CNY + 500,000 EUR × 10 + 100,000 CNY (undated, not converted)
    #expect(total.value == 13_900_000)
    #expect(total.count == 4)
    #expect(
      total.ratesUsed == [
        .init(from: "EUR", to: "CNY", year: 2025, factor: 10, table: "test table"),
        .init(from: "USD", to: "CNY", year: 2025, factor: 8, table: "test table"),
      ])
    #expect(total.excluded.map(\.id) == ["funding-e-unspecified", "funding-f-no-amount", "funding-g-jpy-2025"])
  }

  @Test("totalAmount applies the query's filters")
  func fundingTotalFiltered() throws {
    let venture = try yearbook.fundingRounds.filter(kind: .ventureRound).totalAmount(in: .usd, using: Self.rates)
    #expect(venture.value == 1_100_000)
    #expect(venture.excluded.isEmpty)
    let none = try yearbook.fundingRounds.filter(kind: .sovereignFund).totalAmount(in: .usd, using: Self.rates)
    #expect(none.value == nil)
    #expect(none.count == 0)
  }
}
