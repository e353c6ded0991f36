import AIYearbookCore
import Foundation
import Testing

@Suite("Statistic")
struct StatisticTests {
  private static let citation = Citation(source: "src-001", quote: "引文", locator: "第一章")

  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let statistics = try decodeFixture([Statistic].self, "statistics.json")
    try #require(statistics.count == 2)

    let share = statistics[0]
    #expect(share.id == "stat-2025-06-genai-users-age-20-29")
    #expect(share.date == (try period("2025-06")))
    #expect(share.tags == [.adoption])
    #expect(share.metric == "metric-genai-users-by-age")
    #expect(share.value == Quantity(24.6, .percent))
    #expect(share.measure == .share)
    #expect(share.direction == nil && share.baseline == nil && share.seriesId == nil)
    #expect(share.regions == [.china])
    #expect(share.locality == nil)
    #expect(share.population == LocalizedText(zh: "生成式人工智能用户", en: "generative AI users"))
    #expect(
      share.breakdown
        == Statistic.Breakdown(
          dimension: "age",
          category: .init(id: "age-20-29", label: LocalizedText(zh: "20-29岁", en: "aged 20–29")), kind: .share,
          exhaustive: true))
    #expect(share.kind == .survey)
    #expect(share.producer == "org-cnnic")
    #expect(share.reportedOn == (try period("2025-10")))
    #expect(share.periodLabel == nil)
    #expect(share.organizations.isEmpty && share.products.isEmpty)

    let change = statistics[1]
    #expect(change.date == (try period("2025-01/2025-06")))
    #expect(change.citations.map(\.source) == ["src-003", "src-000"])
    #expect(change.note?.zh == "两处数字一致")
    #expect(change.inferred == ["reportedOn", "periodLabel"])
    #expect(change.value.value == 266_000_000)
    #expect(change.value.statedText == "2.66亿")
    #expect(change.measure == .change)
    #expect(change.direction == .increase)
    #expect(change.baseline?.period == (try period("2024-12")))
    #expect(change.baseline?.subject == "全国网民")
    #expect(change.baseline?.text?.en == "compared with December 2024")
    #expect(change.seriesId == "series-genai-users-2025")
    #expect(change.locality == "全国")
    #expect(change.breakdown == nil && change.population == nil && change.producer == nil)
    #expect(change.kind == .official)
    #expect(change.reportedOn == (try period("2025-07-21")))
    #expect(change.periodLabel == "FY2025 H1")
    #expect(change.organizations == ["org-cnnic"])
    #expect(change.products == ["product-doubao"])
  }

  @Test("a former dimension name decodes as its kebab-case term and re-encodes as the term")
  func formerDimensionName() throws {
    let breakdown = try JSON.decode(
      Statistic.Breakdown.self,
      from:
        #"{"dimension": "smartFactoryLevel", "category": {"id": "smart-factory-basic", "label": {"zh": "基础级", "en": "basic"}}, "kind": "count", "exhaustive": false}"#
    )
    #expect(breakdown.dimension == "smart-factory-level")
    #expect(try JSON.encodedText(breakdown).contains(#""dimension" : "smart-factory-level""#))
    #expect(Statistic.Breakdown.Dimension.canonical("firstChoiceProduct") == .firstChoiceProduct)
    #expect(Statistic.Breakdown.Dimension.canonical("first-choice-product").rawValue == "first-choice-product")
    // An unknown dimension is kept as it is.
    let unknown = try JSON.decode(
      Statistic.Breakdown.self,
      from:
        #"{"dimension": "hairColour", "category": {"id": "red", "label": {"zh": "红", "en": "red"}}, "kind": "share", "exhaustive": false}"#
    )
    #expect(unknown.dimension == "hairColour")
    #expect(!Statistic.Breakdown.Dimension(unknown.dimension).isKnown)
  }

  @Test("disagreesWith decodes, is written only when non-empty, and defaults to empty")
  func disagreesWith() throws {
    let linked = Statistic(
      id: "stat-x", date: nil, citations: [Self.citation], metric: "metric-x", value: Quantity(1, .count),
      kind: .market, disagreesWith: ["event-y", "stat-z"])
    let text = try JSON.encodedText(linked)
    #expect(text.contains("\"disagreesWith\" : [\n    \"event-y\",\n    \"stat-z\"\n  ]"))
    #expect(try JSON.decode(Statistic.self, from: text) == linked)
    var unlinked = linked
    unlinked.disagreesWith = []
    #expect(!(try JSON.encodedText(unlinked)).contains("disagreesWith"))
    let event = try JSON.decode(
      Event.self,
      from:
        #"{"id": "event-x", "date": null, "citations": [{"source": "src-001", "quote": "q", "locator": "l"}], "title": {"zh": "甲", "en": "A"}, "category": "other", "disagreesWith": ["stat-x"]}"#
    )
    #expect(event.disagreesWith == ["stat-x"])
  }

  @Test("links: the organizations it is about and its producer")
  func links() throws {
    let statistics = try Fixture.decode([Statistic].self, "statistics.json")
    #expect(statistics[0].linkedOrganizations == ["org-cnnic"])
    #expect(statistics[0].linkedRegions == ["CN"])
    #expect(statistics[1].linkedOrganizations == ["org-cnnic"])
    #expect(statistics[1].linkedProducts == ["product-doubao"])
    #expect(statistics[0].categoryName == "survey")
    #expect(statistics[1].categoryName == "official")

    let both = Statistic(
      id: "stat-x", date: nil, citations: [Self.citation], metric: "metric-x", value: Quantity(1, .count),
      kind: .market, producer: "org-producer", organizations: ["org-subject"])
    #expect(both.linkedOrganizations == ["org-subject", "org-producer"])
  }

  @Test("the title names the metric by its label, then the scope: regions, population, breakdown, period")
  func title() throws {
    let statistics = try Fixture.decode([Statistic].self, "statistics.json")
    #expect(
      statistics[0].title(names: StubNames())
        == LocalizedText(
          zh: "用户（按年龄）（中国，生成式人工智能用户，年龄：20-29岁，2025-06）",
          en: "Users by age (China, generative AI users, age: aged 20–29, 2025-06)"))
    let texts = statistics[0].readableTexts(names: StubNames())
    #expect(texts.first == ReadableText(.title, "用户（按年龄）（中国，生成式人工智能用户，年龄：20-29岁，2025-06）"))
    #expect(texts.contains(ReadableText(.label, "年龄")))
    #expect(texts.contains(ReadableText(.quote, "20-29岁用户占比24.6%")))
    #expect(texts.contains(ReadableText(.locator, "第一章 > 用户结构")))
  }

  @Test("a statistic with no scope is titled by its metric label alone; products and organizations come first")
  func titleScope() {
    let bare = Statistic(
      id: "stat-x", date: nil, citations: [Self.citation], metric: "metric-x", value: Quantity(1, .count),
      kind: .market)
    #expect(bare.title(names: StubNames()) == LocalizedText(zh: "指标metric-x", en: "Metric metric-x"))
    let scoped = Statistic(
      id: "stat-y", date: try? DatePeriod(parsing: "2025-H1"), citations: [Self.citation], metric: "metric-x",
      value: Quantity(1, .count), regions: ["WORLD", "CN-GD"], kind: .market, organizations: ["org-a"],
      products: ["product-b"])
    #expect(
      scoped.title(names: StubNames())
        == LocalizedText(
          zh: "指标metric-x（产品product-b，机构org-a，全球，广东，2025-H1）",
          en: "Metric metric-x (Product product-b, Org org-a, World, Guangdong, 2025-H1)"))
  }

  @Test("breakdown dimensions have names in both languages; unknown ones are spelled out")
  func dimensionNames() {
    let label = LocalizedText(zh: "甲", en: "a")
    func breakdown(_ dimension: String) -> Statistic.Breakdown {
      Statistic.Breakdown(
        dimension: dimension, category: .init(id: "x", label: label), kind: .share, exhaustive: false)
    }
    #expect(breakdown("age").dimensionName == LocalizedText(zh: "年龄", en: "age"))
    #expect(breakdown("recipient-type").dimensionName == LocalizedText(zh: "获投方类型", en: "recipient type"))
    #expect(breakdown("tokenBudgetTier").dimensionName.en == "token budget tier")
    #expect(breakdown("data-centre-tier").dimensionName.zh == "data centre tier")
  }

  @Test("missing lists decode as empty and are written")
  func minimal() throws {
    let json = """
      {"id": "stat-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "metric": "metric-x", "value": {"value": 3, "unit": "count"}, "measure": "level", "kind": "estimate"}
      """
    let statistic = try JSON.decode(Statistic.self, from: json)
    try expectEncoding(
      statistic,
      matchesJSON: """
        {"id": "stat-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
         "tags": [], "metric": "metric-x", "value": {"value": 3, "unit": "count", "qualifier": "exact"},
         "measure": "level", "regions": [], "kind": "estimate", "organizations": [], "products": []}
        """)
  }

  @Test("an invalid value or reportedOn is rejected with its path")
  func invalidNestedValues() {
    let badValue = """
      {"id": "stat-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "metric": "metric-x", "value": {"value": null, "unit": "count", "qualifier": "exact"},
       "measure": "level", "kind": "estimate"}
      """
    let valueError = #expect(throws: DecodingError.self) { try JSON.decode(Statistic.self, from: badValue) }
    #expect(valueError?.path == ["value", "value"])

    let badReportedOn = """
      {"id": "stat-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "metric": "metric-x", "value": {"value": 1, "unit": "count"}, "measure": "level", "kind": "forecast",
       "reportedOn": "2025-Q5"}
      """
    let dateError = #expect(throws: DecodingError.self) { try JSON.decode(Statistic.self, from: badReportedOn) }
    #expect(dateError?.path == ["reportedOn"])
    #expect(dateError?.message.contains("2025-Q5") == true)
  }

  @Test("an undated statistic is written with date null")
  func undated() throws {
    let statistic = Statistic(
      id: "stat-x", date: nil, citations: [Self.citation], metric: "metric-x", value: Quantity(1, .count),
      kind: .estimate)
    let object = try JSON.object(JSON.encode(statistic))
    #expect(object["date"] is NSNull)
    #expect(object["measure"] as? String == "level")
  }

  @Test("round trips")
  func roundTrip() throws {
    try expectRoundTrip(
      Statistic(
        id: "stat-a", date: try period("2030"), citations: [Self.citation, Self.citation],
        metric: "metric-compute", value: Quantity(300, .eflops, qualifier: .atLeast), measure: .level,
        kind: .target, reportedOn: try period("2025-08-26")))
    try expectRoundTrip(
      Statistic(
        id: "stat-b", date: try period("2025-12"), citations: [Self.citation], metric: "metric-x",
        value: Quantity(2.5, .percentagePoints), measure: .change, direction: .decrease,
        baseline: .init(period: try period("2024-12"), subject: "全球平均", text: LocalizedText(zh: "较", en: "vs")),
        seriesId: "series-x", regions: ["CN", "WORLD"], locality: "上海",
        population: LocalizedText(zh: "网民", en: "Internet users"),
        breakdown: .init(
          dimension: "education", category: .init(id: "college", label: LocalizedText(zh: "大学", en: "College")),
          kind: .rateWithinCategory, exhaustive: false),
        kind: .survey, producer: "org-cnnic", reportedOn: nil, periodLabel: "FY2026 Q1", organizations: ["org-a"],
        products: ["product-b"], tags: ["adoption"], note: LocalizedText(zh: "注", en: "Note"),
        inferred: ["baseline"], listIncomplete: true))
  }
}
