import AIYearbook
import Foundation

/// A Markdown report with SVG charts on the AIYearbook data: funding, leaderboards,
/// regulations, the CNNIC survey and the sources' disagreements, every figure footnoted with
/// the passage it comes from.
///
/// ```swift
/// let report = try AnalysisReport(yearbook: .embedded()).render()
/// try report.write(to: URL(fileURLWithPath: "out"))   // out/report.md, out/charts/*.svg, …
/// ```
public struct AnalysisReport: Sendable {
  /// The data the report reads.
  public let yearbook: Yearbook
  /// The currency funding is totalled in.
  public let currency: Currency = .usd

  /// A report on `yearbook`.
  public init(yearbook: Yearbook) { self.yearbook = yearbook }

  /// Builds the report in memory.
  ///
  /// - Throws: ``YearbookError`` when a query fails (an invalid currency, an unknown id).
  public func render() throws -> RenderedReport {
    var writer = ReportWriter(yearbook: yearbook, currency: currency)
    try writer.build()
    return writer.finish()
  }
}

/// A rendered report: the Markdown, its charts, and its answers as data.
public struct RenderedReport: Sendable {
  /// `report.md`.
  public var markdown: String
  /// The charts, by file name (`funding-by-quarter.svg`), written to `charts/`.
  public var charts: [(name: String, svg: String)]
  /// `answers.json`: the headline answers as data.
  public var answers: ReportAnswers
  /// `rates.json`: the exchange rates the funding totals used.
  public var rates: RatesFile

  /// Writes `report.md`, `charts/*.svg`, `answers.json` and `rates.json` into `folder` (made if missing).
  ///
  /// - Returns: The report file's URL.
  @discardableResult
  public func write(to folder: URL) throws -> URL {
    let manager = FileManager.default
    let charts = folder.appendingPathComponent("charts", isDirectory: true)
    try manager.createDirectory(at: charts, withIntermediateDirectories: true)
    for chart in self.charts {
      try Data(chart.svg.utf8).write(to: charts.appendingPathComponent(chart.name), options: .atomic)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try encoder.encode(answers).write(to: folder.appendingPathComponent("answers.json"), options: .atomic)
    try encoder.encode(rates).write(to: folder.appendingPathComponent("rates.json"), options: .atomic)
    let report = folder.appendingPathComponent("report.md")
    try Data(markdown.utf8).write(to: report, options: .atomic)
    return report
  }
}

/// Accumulates the report's sections, charts and footnotes.
struct ReportWriter {
  let yearbook: Yearbook
  let currency: Currency
  var footnotes: Footnotes
  var sections: [String] = []
  var charts: [(name: String, svg: String)] = []
  var fundingGroups: [RecordGroup<FundingRound>] = []
  var ratesUsed: [AggregateResult.RateUse] = []
  var leaderboards: [ReportAnswers.Leaderboard] = []
  var ageBreakdown = ReportAnswers.Breakdown(metric: "", period: nil, categories: [], sum: nil)

  init(yearbook: Yearbook, currency: Currency) {
    self.yearbook = yearbook
    self.currency = currency
    footnotes = Footnotes(yearbook: yearbook)
  }

  static let sectionTitles = [
    "Disclosed funding by quarter",
    "Benchmark leaderboards",
    "Regulations by jurisdiction and year",
    "Who uses generative AI in China (CNNIC)",
    "Where the sources disagree",
    "Sources",
  ]

  mutating func build() throws {
    try fundingSection()
    leaderboardSection()
    try regulationSection()
    breakdownSection()
    conflictSection()
    sourcesSection()
  }

  mutating func addChart(_ name: String, _ chart: BarChart, alt: String) -> String {
    charts.append((name, chart.svg()))
    return "![\(Markdown.cell(alt))](charts/\(name))"
  }

  func finish() -> RenderedReport {
    let summary = yearbook.summary()
    let recordCount = summary.records.values.reduce(0, +)
    var header = """
      # AI in 2024–2025: an analysis report

      Built from the AIYearbook dataset (data \(yearbook.dataVersion), schema \(yearbook.schemaVersion)): \
      \(recordCount) records extracted from five Chinese reports on AI. Every figure carries a footnote \
      with the passage it comes from — the quote as the document writes it, the document's title and the \
      heading path (locator) — so each number can be checked against its source. Funding is converted to \
      \(currency.rawValue) at the ECB's annual mean rate of each amount's year; nothing is guessed: amounts \
      dated only by a year or a half keep their own rows, and what cannot be added is listed with the reason.

      """
    header +=
      "\n"
      + Self.sectionTitles.enumerated().map { index, title in
        "\(index + 1). [\(title)](#\(Markdown.anchor("\(index + 1). \(title)")))"
      }.joined(separator: "\n") + "\n"
    let markdown =
      ([header] + sections + ["## Notes\n\n" + footnotes.rendered()]).joined(separator: "\n") + "\n"
    let rates = RatesFile(
      table: ExchangeRates.default.name, ecbDataDate: ExchangeRates.ecbDataDate, currency: currency.rawValue,
      rates: ratesUsed)
    let answers = ReportAnswers(
      dataVersion: yearbook.dataVersion,
      fundingByQuarter: fundingGroups.map { group in
        var stripped = group
        stripped.records = nil
        return stripped
      }, leaderboards: leaderboards, ageBreakdown: ageBreakdown)
    return RenderedReport(markdown: markdown, charts: charts, answers: answers, rates: rates)
  }

  /// `## 3. Title`, numbered as in the contents.
  func heading(_ index: Int) -> String { "## \(index + 1). \(Self.sectionTitles[index])" }
}
