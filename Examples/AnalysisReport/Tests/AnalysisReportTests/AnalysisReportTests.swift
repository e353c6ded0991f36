import AIYearbook
import Foundation
import Testing

@testable import AnalysisReportKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs the report into a temporary folder once and checks its key figures against values read
/// from the source documents by hand (quoted beside each check), not from the code under test.
@Suite struct AnalysisReportTests {
  /// The generated files, shared by the tests.
  struct Output {
    let folder: URL
    let markdown: String
    let answers: ReportAnswers
    let rates: RatesFile
  }

  static let output: Result<Output, any Error> = Result {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("analysis-report-\(UUID().uuidString)", isDirectory: true)
    let rendered = try AnalysisReport(yearbook: Yearbook.embedded()).render()
    let report = try rendered.write(to: folder)
    let decoder = JSONDecoder()
    return Output(
      folder: folder, markdown: try String(contentsOf: report, encoding: .utf8),
      answers: try decoder.decode(
        ReportAnswers.self, from: Data(contentsOf: folder.appendingPathComponent("answers.json"))),
      rates: try decoder.decode(RatesFile.self, from: Data(contentsOf: folder.appendingPathComponent("rates.json"))))
  }

  var output: Output { get throws { try Self.output.get() } }

  func group(_ key: String?) throws -> RecordGroup<FundingRound> {
    try #require(try output.answers.fundingByQuarter.first { $0.key == key }, "no funding group \(key ?? "nil")")
  }

  func factor(_ currency: String, _ year: Int) throws -> Double {
    try #require(try output.rates.rates.first { $0.from == currency && $0.year == year }?.factor)
  }

  @Test func writesTheReportItsChartsAndData() throws {
    let output = try output
    let names = Set(
      try FileManager.default.contentsOfDirectory(atPath: output.folder.appendingPathComponent("charts").path))
    #expect(
      names.isSuperset(of: [
        "funding-by-quarter.svg", "regulations-by-jurisdiction.svg", "cnnic-age.svg", "cnnic-gender.svg",
        "cnnic-education.svg", "cnnic-first-choice-product.svg", "cnnic-purpose.svg",
      ]))
    // Every chart the report shows exists, and every chart is shown.
    let linked = Set(output.markdown.matches(of: /\(charts\/([a-z0-9-]+\.svg)\)/).map { String($0.1) })
    #expect(linked == names)
    #expect(output.markdown.hasPrefix("# AI in 2024–2025: an analysis report\n"))
  }

  @Test func chartsAreWellFormedSVG() throws {
    let output = try output
    for name in ["funding-by-quarter.svg", "cnnic-age.svg", "regulations-by-jurisdiction.svg"] {
      let data = try Data(contentsOf: output.folder.appendingPathComponent("charts").appendingPathComponent(name))
      let parser = XMLParser(data: data)
      #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
    }
    let funding = try String(
      contentsOf: output.folder.appendingPathComponent("charts/funding-by-quarter.svg"), encoding: .utf8)
    // One bar row per quarter from 2024-Q1 to 2025-Q4, the empty ones labelled, none guessed.
    for quarter in ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"] {
      #expect(funding.contains(">\(quarter)</text>"), "\(quarter)")
    }
    #expect(funding.components(separatedBy: "none disclosed").count - 1 == 2)
    #expect(funding.contains("Dated only by year 2024"))
  }

  @Test func fundingByQuarterInUSD() throws {
    // src-000: "Cerebras Systems完成11亿美元G轮融资" — the only round of 2025-Q3.
    let q3 = try group("2025-Q3")
    #expect(q3.count == 1)
    #expect(q3.total?.value == 1_100_000_000)

    // src-000: "Genspark AI完成2.75亿美元B轮融资" (11-20) and Disney "向OpenAI投出10亿美元股权投资" (12-11);
    // Meta–Manus "或高达数十亿美元" and OpenAI's technology-for-equity deal state no figure.
    let q4 = try group("2025-Q4")
    #expect(abs((q4.total?.value ?? 0) - 1_275_000_000) < 0.01)
    #expect(q4.total?.count == 2)
    #expect(Set(q4.total?.excluded.map(\.reason.rawValue) ?? []) == ["noAmount"])
    #expect(q4.total?.excluded.count == 2)

    // src-000: OpenAI "完成400亿美元新一轮融资" (04-01); src-003: "基金初期资本可能高达 3000 亿美元" (05-25)
    // and Korea's "1.1万亿韩元的人工智能领域追加更正预算案" (2025-05), at the 2025 KRW rate.
    let q2 = try group("2025-Q2")
    let expected = 40e9 + 300e9 + 1.1e12 * (try factor("KRW", 2025))
    #expect(abs((q2.total?.value ?? 0) - expected) < 1)

    // Amounts dated only by a year stay in their year: src-004 "微软计划投入800亿美元资本开支" (2024) and
    // src-003 "3200 万英镑" for 98 projects (2024), never spread over quarters.
    let year2024 = try group("2024")
    #expect(abs((year2024.total?.value ?? 0) - (80e9 + 32e6 * (try factor("GBP", 2024)))) < 1)
    #expect(try output.markdown.contains("### Dated only by a year or a half"))
  }

  @Test func ratesAreTheLibrarysECBAnnualMeans() throws {
    let rates = try output.rates
    #expect(rates.currency == "USD")
    #expect(rates.table == ExchangeRates.default.name)
    // Each factor is USD per euro over the currency per euro, in the amount's year.
    for rate in rates.rates {
      let usd = try #require(ExchangeRates.default.unitsPerEuro["USD"]?[rate.year])
      let other =
        rate.from == "EUR" ? 1 : try #require(ExchangeRates.default.unitsPerEuro[Currency(rate.from)]?[rate.year])
      #expect(abs(rate.factor - usd / other) < 1e-15)
    }
    #expect(Set(rates.rates.map { "\($0.from) \($0.year)" }).isSuperset(of: ["KRW 2025", "GBP 2024", "EUR 2025"]))
  }

  @Test func statedRanksAsStated() throws {
    let boards = try output.answers.leaderboards
    // src-001: "Qwen3-VL与Qwen2.5-VL在SpatialBench基准测试中包揽前两名" (in that order).
    let spatial = try #require(boards.first { $0.benchmark == "benchmark-spatialbench" && $0.metric == "rank" })
    #expect(spatial.entries.map(\.subject) == ["product:product-qwen3-vl", "product:product-qwen2-5-vl"])
    #expect(spatial.entries.map(\.statedRank) == [1, 2])
    // src-003: "印度在全球 36 个国家人工智能活跃度综合评估中排名第四位" — 4th, though alone on its board.
    let india = try #require(boards.first { $0.benchmark == "benchmark-global-ai-power-rankings" })
    #expect(india.entries.first?.position == 4)
    #expect(india.entries.first?.statedRank == 4)
    // src-000: Gemini Deep Research "在"人类最后的考试"(HLE)中以46.4%的得分".
    let hle = try #require(boards.first { $0.benchmark == "benchmark-hle" })
    #expect(hle.entries.first?.score == 46.4)
  }

  @Test func cnnicBreakdowns() throws {
    let output = try output
    // src-003: "19岁及以下用户占比最高,达到33.8%;20-29岁用户占比为21.0%;30-39岁用户占比为19.8%。
    // 40岁及以上用户占比合计25.4%。"
    #expect(output.answers.ageBreakdown.categories.map(\.value) == [33.8, 21.0, 19.8, 25.4])
    #expect(output.answers.ageBreakdown.period == "2025-06")
    let rows = [
      "| 19 and under | 19岁及以下 | 33.8% |", "| 20–29 | 20-29岁 | 21% |", "| 30–39 | 30-39岁 | 19.8% |",
      "| 40 and over | 40岁及以上 | 25.4% |",
      // "用户男女比例为 47.6:52.4"
      "| female | 女性 | 52.4% |", "| male | 男性 | 47.6% |",
      // "受教育水平在初中的用户占比为29.8%,受教育水平在本科及以上的用户占比为28.9%"
      "| junior secondary school | 初中 | 29.8% |",
      // "47.1%的用户表示自己会首先选择使用豆包;34.0%…DeepSeek;…其他产品的用户合计 18.8%"
      "| Doubao | 豆包 | 47.1% |", "| DeepSeek | DeepSeek | 34% |", "| other products | 其他产品 | 18.8% |",
      // "回答问题的用户最为广泛，达 80.9%；…文本的用户比例为 36.0%；…图片、视频的用户比例为 33.0%"
      "| answering questions | 回答问题 | 80.9% |", "| generating or processing text | 生成或处理文本 | 36% |",
      "| generating images and videos | 生成图片、视频 | 33% |",
    ]
    for row in rows { #expect(output.markdown.contains(row), "\(row)") }
    #expect(output.markdown.contains("Sum: 99.9% (expected 100%)"))  // 47.1 + 34.0 + 18.8
  }

  @Test func conflictsShowBothSidesWithTheirPassages() throws {
    let markdown = try output.markdown
    // src-000 says both 42 and 54 new unicorns in H1 2025; the 54 passage begins with bold markup,
    // which the report prints as text.
    #expect(markdown.contains("| statistics | 42 |"))
    #expect(markdown.contains("| statistics | 54 |"))
    #expect(markdown.contains("“\\*\\*10月29日\\*\\*,数据显示2025年上半年全球新增54家独角兽企业”"))
  }

  @Test func everyFigureCarriesAFootnote() throws {
    let markdown = try output.markdown
    let (body, notes) = try #require(
      markdown.range(of: "\n## Notes\n").map { (markdown[..<$0.lowerBound], markdown[$0.upperBound...]) })
    let references = Set(body.matches(of: /\[\^(\d+)\]/).map { Int($0.1)! })
    let definitions = notes.matches(of: #/(?m)^\[\^(\d+)\]: /#).map { Int($0.1)! }
    #expect(!references.isEmpty)
    #expect(Set(definitions) == references)
    #expect(definitions == Array(1...definitions.count))
    // Each table row of figures ends with its footnotes.
    var inFigures = false
    for line in body.split(separator: "\n") {
      if line.hasPrefix("## 6.") { inFigures = false } else if line.hasPrefix("## 1.") { inFigures = true }
      guard inFigures, line.hasPrefix("| "), !line.hasPrefix("| ---"), !line.hasPrefix("| Quarter"),
        !line.hasPrefix("| Position"), !line.hasPrefix("| Date"), !line.hasPrefix("| Category"),
        !line.hasPrefix("| Group"), !line.hasPrefix("| Record"), !line.hasPrefix("| Period"),
        !line.hasPrefix("| From"), !line.hasPrefix("| Jurisdiction")
      else { continue }
      // Rate and count tables state reference data or counts of the listed records, not figures.
      if line.firstMatch(of: /^\| [A-Z]{3} \| \d{4} \|/) != nil
        || line.firstMatch(of: /\(([A-Z]{2}|[A-Z]{2}-[A-Z0-9]+|EU|WORLD)\) \|/) != nil
      {
        continue
      }
      #expect(line.contains("[^"), "no footnote: \(line)")
    }
    // A footnote quotes the passage, names the document and the heading path.
    let age = try #require(notes.split(separator: "\n").first { $0.contains("19岁及以下用户占比最高,达到33.8%") })
    #expect(age.contains("《生成式人工智能应用发展报告（2025）》"))
    #expect(age.contains("第二章"))
  }
}
