import AIYearbookCore
import Foundation
import Testing

@Suite("BenchmarkResult")
struct BenchmarkResultTests {
  private static let citation = Citation(source: "src-001", quote: "引文", locator: "第一章")

  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let results = try decodeFixture([BenchmarkResult].self, "benchmark-results.json")
    try #require(results.count == 2)

    let gdpval = results[0]
    #expect(gdpval.id == "result-2025-12-gpt-5-2-gdpval")
    #expect(gdpval.date == (try period("2025-12")))
    #expect(gdpval.citations.map(\.source) == ["src-000"])
    #expect(gdpval.tags == [.agents])
    #expect(gdpval.benchmark == "benchmark-gdpval")
    #expect(gdpval.metric == "winOrTieRate")
    #expect(gdpval.subject == .product("product-gpt-5-2"))
    #expect(gdpval.score == Quantity(70.9, .percent))
    #expect(gdpval.outcome == .beats)
    #expect(
      gdpval.comparedWith == [
        BenchmarkResult.Comparison(subject: .text(LocalizedText(zh: "人类专家", en: "human experts"))),
        BenchmarkResult.Comparison(
          subject: .organization("org-google"), score: Quantity(53.3, .percent, qualifier: .approximately)),
      ])
    #expect(gdpval.regions.isEmpty)
    #expect(gdpval.note == nil && gdpval.inferred.isEmpty && !gdpval.listIncomplete)

    let arena = results[1]
    #expect(arena.date == nil)
    #expect(arena.subject == .regions(["US", "CN"]))
    #expect(arena.score == nil)
    #expect(arena.outcome == .ranks)
    #expect(arena.comparedWith.isEmpty)
    #expect(arena.regions == [.world])
    #expect(arena.note?.en == "The text gives no score")
    #expect(arena.inferred == ["outcome"])
    #expect(arena.listIncomplete)
  }

  @Test(
    "each kind of subject decodes from an object with one key",
    arguments: [
      (#"{"product": "product-gpt-5-2"}"#, BenchmarkResult.Subject.product("product-gpt-5-2")),
      (#"{"organization": "org-openai"}"#, .organization("org-openai")),
      (#"{"regions": ["US", "CN"]}"#, .regions(["US", "CN"])),
      (#"{"text": {"zh": "人类专家", "en": "human experts"}}"#, .text(LocalizedText(zh: "人类专家", en: "human experts"))),
    ])
  func subject(json: String, expected: BenchmarkResult.Subject) throws {
    let subject = try JSON.decode(BenchmarkResult.Subject.self, from: json)
    #expect(subject == expected)
    try expectEncoding(subject, matchesJSON: json)
    try expectRoundTrip(subject)
  }

  @Test(
    "a subject with two keys, or none, is rejected",
    arguments: [
      #"{"product": "product-a", "organization": "org-b"}"#,
      #"{"regions": ["US"], "text": {"zh": "甲", "en": "A"}}"#,
      #"{}"#,
      #"{"team": "team-a"}"#,
    ])
  func invalidSubject(json: String) {
    let error = #expect(throws: DecodingError.self) { try JSON.decode(BenchmarkResult.Subject.self, from: json) }
    guard case .dataCorrupted = error else {
      Issue.record("expected dataCorrupted, got \(String(describing: error))")
      return
    }
  }

  @Test("a bad subject inside a result names its path")
  func invalidSubjectPath() {
    let json = """
      {"id": "result-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "benchmark": "benchmark-x", "metric": "score", "outcome": "scored",
       "subject": {"product": "product-a", "organization": "org-b"}}
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode(BenchmarkResult.self, from: json) }
    #expect(error?.path == ["subject"])
  }

  @Test("a result without a date key is rejected")
  func missingDate() {
    let json = """
      {"id": "result-x", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "benchmark": "benchmark-x", "metric": "score", "outcome": "scored", "subject": {"product": "product-a"}}
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode(BenchmarkResult.self, from: json) }
    guard case .keyNotFound(let key, _) = error else {
      Issue.record("expected keyNotFound, got \(String(describing: error))")
      return
    }
    #expect(key.stringValue == "date")
  }

  @Test("missing lists decode as empty and are written; a missing score stays out")
  func minimal() throws {
    let json = """
      {"id": "result-x", "date": null, "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "benchmark": "benchmark-x", "metric": "rank", "outcome": "ranks", "subject": {"organization": "org-a"}}
      """
    let result = try JSON.decode(BenchmarkResult.self, from: json)
    try expectEncoding(
      result,
      matchesJSON: """
        {"id": "result-x", "date": null, "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
         "tags": [], "benchmark": "benchmark-x", "metric": "rank", "outcome": "ranks",
         "subject": {"organization": "org-a"}, "comparedWith": [], "regions": []}
        """)
  }

  @Test("links gather the subject's and the compared subjects' organizations, products and regions")
  func links() {
    let result = BenchmarkResult(
      id: "result-x", date: nil, citations: [Self.citation], benchmark: "benchmark-x", metric: "score",
      subject: .product("product-a"), score: nil, outcome: .beats,
      comparedWith: [
        .init(subject: .organization("org-b")), .init(subject: .product("product-c")),
        .init(subject: .regions(["CN", "US"])), .init(subject: .text(LocalizedText(zh: "人类", en: "humans"))),
      ],
      regions: ["WORLD"])
    #expect(result.linkedOrganizations == ["org-b"])
    #expect(result.linkedProducts == ["product-a", "product-c"])
    #expect(result.linkedRegions == ["WORLD", "CN", "US"])
    #expect(result.categoryName == "benchmark-x")
    #expect(
      result.title(names: StubNames())
        == LocalizedText(zh: "产品product-a：基准benchmark-x", en: "Product product-a on Bench benchmark-x"))
    let texts = result.readableTexts(names: StubNames())
    #expect(texts.contains(ReadableText(.label, "Org org-b")))
    #expect(texts.contains(ReadableText(.label, "中国与美国")))
  }

  @Test(
    "the name of each subject, looked up by kind",
    arguments: [
      (BenchmarkResult.Subject.product("product-a"), "Product product-a", "产品product-a"),
      (.organization("org-b"), "Org org-b", "机构org-b"),
      (.regions(["US", "CN"]), "United States and China", "美国与中国"),
      (.text(LocalizedText(zh: "人类专家", en: "human experts")), "human experts", "人类专家"),
    ])
  func subjectName(subject: BenchmarkResult.Subject, english: String, chinese: String) {
    #expect(StubNames().name(of: subject) == LocalizedText(zh: chinese, en: english))
  }

  @Test("round trips")
  func roundTrip() throws {
    try expectRoundTrip(
      BenchmarkResult(
        id: "result-a", date: try period("2025-H2"), citations: [Self.citation], benchmark: "benchmark-hle",
        metric: "accuracy", subject: .product("product-a"), score: Quantity(25.4, .percent, qualifier: .moreThan),
        outcome: .scored, comparedWith: [.init(subject: .product("product-b"), score: Quantity(20, .percent))],
        regions: ["US"], tags: ["reasoning"], note: LocalizedText(zh: "注", en: "Note"), inferred: ["score"],
        listIncomplete: true))
    try expectRoundTrip(
      BenchmarkResult(
        id: "result-b", date: nil, citations: [Self.citation], benchmark: "benchmark-arena", metric: "rank",
        subject: .regions(["CN"]), score: nil, outcome: "ties"))
  }
}
