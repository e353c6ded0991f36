import AIYearbook
import Foundation
import Testing

/// `SearchQuery` terms, word forms and tiers, on a small hand-built yearbook.
@Suite("Search query")
struct SearchQueryTests {
  static let citation = Citation(source: "src-001", quote: "引文：年龄结构", locator: "第一章 > 用户")

  static func event(_ id: String, _ en: String, date: String?, summary: String? = nil) throws -> Event {
    Event(
      id: Event.ID(id), date: try date.map { try DatePeriod(parsing: $0) }, citations: [citation],
      title: LocalizedText(zh: "事件", en: en), summary: summary.map { LocalizedText(zh: "摘要", en: $0) },
      category: .other)
  }

  static func yearbook() throws -> Yearbook {
    let dataset = Dataset(
      dataVersion: "0.0.1",
      organizations: [
        Organization(id: "org-acme", name: LocalizedText(zh: "极客", en: "Acme"), aliases: ["ACME Corp"], kind: "company")
      ],
      products: [Product(id: "product-r1", name: LocalizedText(zh: "R1", en: "DeepSeek-R1"), kind: "model")],
      metrics: [
        Metric(
          id: "metric-users", label: LocalizedText(zh: "用户规模", en: "Generative-AI users"), unit: .count,
          definition: LocalizedText(zh: "用户数量", en: "Number of unicorn users"))
      ],
      events: [
        try event("event-image", "Image model released", date: "2025-12"),
        try event("event-agent", "Agent platform and language tools", date: "2025-12"),
        try event("event-aged", "Aged-care robots", date: "2025-03"),
        try event("event-ages", "Robots for all ages", date: nil),
        try event("event-summary", "A launch", date: "2025-11", summary: "for every age group"),
        try event("event-acme", "Acme Corp launches DeepSeek-R1 rival", date: "2025-06"),
      ],
      statistics: [
        Statistic(
          id: "stat-users-age", date: try DatePeriod(parsing: "2025-06"), citations: [citation],
          metric: "metric-users", value: Quantity(21, .percent), measure: .share, regions: ["CN"],
          breakdown: .init(
            dimension: "age", category: .init(id: "age-20-29", label: LocalizedText(zh: "20-29岁", en: "20–29")),
            kind: .share, exhaustive: true), kind: .survey)
      ])
    return try Yearbook(dataset, origin: "test")
  }

  @Test(
    "terms: folded, split at script changes, `-` and `.` kept inside words, `*` marks a prefix",
    arguments: [
      ("ＧＰＴ-5.2 发布", ["gpt-5.2", "发布"]),
      ("DeepSeek-R1模型", ["deepseek-r1", "模型"]),
      ("AI用户 Gen*", ["ai", "用户", "gen*"]),
      ("Café, Ünicorn!", ["cafe", "unicorn"]),
      ("  -- ", []),
    ])
  func terms(text: String, expected: [String]) {
    #expect(SearchQuery(text).terms == expected)
  }

  @Test("`age` matches age, ages, aged — not image, agent or language")
  func wordForms() throws {
    let ids = try Self.yearbook().search("age").map(\.id)
    #expect(ids == ["stat-users-age", "event-aged", "event-ages", "event-summary"])
  }

  @Test("a prefix term matches the start of words; a plural finds the singular")
  func prefixAndPlural() throws {
    let yearbook = try Self.yearbook()
    #expect(yearbook.search("ag*").map(\.id).contains("event-agent"))
    #expect(yearbook.search("ag*").map(\.id).contains("event-image") == false)
    #expect(yearbook.search("robot").map(\.id) == ["event-aged", "event-ages"])
    #expect(yearbook.search("user").map(\.id).first == "stat-users-age")
  }

  @Test("tiers: exact name, words of a title, labels, summaries and notes, quotes and locators")
  func tiers() throws {
    let yearbook = try Self.yearbook()
    let acme = yearbook.search("acme corp")
    #expect(acme.map(\.id) == ["org-acme", "event-acme"])
    #expect(acme.map(\.tier) == [.exactName, .name])
    #expect(acme.first?.kind == .organization)
    #expect(yearbook.search("deepseek-r1").map(\.tier) == [.exactName, .name])
    #expect(yearbook.search("deepseek").map(\.id) == ["event-acme", "product-r1"])
    let group = try #require(yearbook.search("group").first)
    #expect(group.id == "event-summary" && group.tier == .text && group.snippet == "for every age group")
    let quote = yearbook.search("年龄结构")
    #expect(quote.allSatisfy { $0.tier == .citation })
    #expect(quote.count == 7)
    let unicorn = try #require(yearbook.search("unicorn").first)
    #expect(unicorn.kind == .metric && unicorn.tier == .text)
  }

  @Test("every term must match, in any order, within one record")
  func allTerms() throws {
    let yearbook = try Self.yearbook()
    #expect(yearbook.search("users 20–29 China").map(\.id) == ["stat-users-age"])
    #expect(yearbook.search("China 年龄").map(\.id) == ["stat-users-age"])
    #expect(yearbook.search("image agent").isEmpty)
  }

  @Test("a statistic is titled and found by its headline; its snippet is short text from the matched field")
  func statisticHeadline() throws {
    let result = try #require(try Self.yearbook().search("年龄").first)
    #expect(result.kind == .statistic)
    #expect(result.title.en == "Generative-AI users (China, age: 20–29, 2025-06)")
    #expect(result.title.zh == "用户规模（中国，年龄：20-29岁，2025-06）")
    #expect(result.snippet == "用户规模（中国，年龄：20-29岁，2025-06）")
    #expect(result.tier == .name)
    #expect(result.date == "2025-06")
  }

  @Test("SearchQuery.matches filters records with the same rules")
  func matchesAsFilter() throws {
    let yearbook = try Self.yearbook()
    let query = SearchQuery("age")
    #expect(
      yearbook.dataset.events.filter { query.matches($0, names: yearbook) }.map(\.id.rawValue) == [
        "event-aged", "event-ages", "event-summary",
      ])
    #expect(yearbook.dataset.events.allSatisfy { SearchQuery(" ").matches($0, names: yearbook) })
  }

  @Test("a result encodes as {kind, id, title, snippet, tier, date}, the date left out when undated")
  func json() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let dated = SearchResult(
      kind: .statistic, id: "stat-x", title: LocalizedText(zh: "甲", en: "A"), snippet: "a", tier: .label,
      date: "2025-06")
    #expect(
      String(decoding: try encoder.encode(dated), as: UTF8.self)
        == #"{"date":"2025-06","id":"stat-x","kind":"statistics","snippet":"a","tier":3,"title":{"en":"A","zh":"甲"}}"#)
    let undated = SearchResult(
      kind: .organization, id: "org-x", title: LocalizedText(zh: "乙", en: "B"), snippet: "b", tier: .exactName)
    #expect(
      String(decoding: try encoder.encode(undated), as: UTF8.self)
        == #"{"id":"org-x","kind":"organizations","snippet":"b","tier":1,"title":{"en":"B","zh":"乙"}}"#)
    #expect(try JSONDecoder().decode(SearchResult.self, from: encoder.encode(dated)) == dated)
  }

  @Test("a long field gives a snippet around the match, cut with ellipses")
  func longSnippet() throws {
    let long =
      String(repeating: "filler words here ", count: 10) + "the unicorn appears"
      + String(
        repeating: " and more text", count: 10)
    let dataset = Dataset(
      dataVersion: "0.0.1", events: [try Self.event("event-long", "A launch", date: nil, summary: long)])
    let result = try #require(try Yearbook(dataset, origin: "test").search("unicorn").first)
    #expect(result.snippet.hasPrefix("…") && result.snippet.hasSuffix("…"))
    #expect(result.snippet.contains("the unicorn appears"))
    #expect(result.snippet.unicodeScalars.count <= 102)
  }
}
