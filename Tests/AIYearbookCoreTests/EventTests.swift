import AIYearbookCore
import Foundation
import Testing

@Suite("Event")
struct EventTests {
  /// The citation every hand-built event uses.
  private static let citation = Citation(source: "src-001", quote: "引文", locator: "第一章")

  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let event = try decodeFixture(Event.self, "event.json")
    #expect(event.id == "event-2025-12-11-openai-releases-gpt-5-2")
    #expect(event.date == (try period("2025-12-11")))
    #expect(event.citations.count == 2)
    #expect(event.citations[0].source == "src-000")
    #expect(event.citations[0].quote == "12月11日，OpenAI发布GPT-5.2")
    #expect(event.citations[0].locator == "🎯 四大关键词:读懂2025 > 关键词一:专业化")
    #expect(event.citations[1].statedDate == (try period("2025-12")))
    #expect(event.note == LocalizedText(zh: "第二处引文只给出月份", en: "The second passage gives the month only"))
    #expect(event.inferred == ["locality"])
    #expect(event.listIncomplete)
    #expect(event.tags == [.reasoning, .agents])
    #expect(event.title.zh == "OpenAI发布GPT-5.2")
    #expect(event.title.en == "OpenAI releases GPT-5.2")
    #expect(event.summary?.en == "A new model aimed at professional work")
    #expect(event.category == .modelRelease)
    #expect(event.organizations == ["org-openai"])
    #expect(event.products == ["product-gpt-5-2", "product-gpt-5-2-pro"])
    #expect(event.regions == [.unitedStates])
    #expect(event.locality == "San Francisco")
  }

  @Test("an undated event is written with date null and every list")
  func undatedFixture() throws {
    let event = try decodeFixture(Event.self, "event-undated.json")
    #expect(event.date == nil)
    #expect(event.note == nil && event.summary == nil && event.locality == nil)
    #expect(event.inferred.isEmpty && !event.listIncomplete)
    #expect(event.tags.isEmpty && event.organizations.isEmpty && event.products.isEmpty && event.regions.isEmpty)
  }

  @Test("missing lists decode as empty and are written as empty arrays")
  func missingListsAreWritten() throws {
    let minimal = """
      {
        "id": "event-cnnic-publishes-report",
        "date": null,
        "citations": [{"source": "src-003", "quote": "CNNIC发布报告", "locator": "前言"}],
        "title": {"zh": "CNNIC发布报告", "en": "CNNIC publishes a report"},
        "category": "report"
      }
      """
    let event = try JSON.decode(Event.self, from: minimal)
    try expectEncoding(event, matchesFixture: "event-undated.json")
  }

  @Test("a hand-built undated event encodes date as null, not as a missing key")
  func undatedEncodesNull() throws {
    let event = Event(
      id: "event-x-y", date: nil, citations: [Self.citation], title: LocalizedText(zh: "标题", en: "Title"),
      category: .other)
    let object = try JSON.object(JSON.encode(event))
    #expect(object.keys.contains("date"))
    #expect(object["date"] is NSNull)
    for key in ["tags", "organizations", "products", "regions", "citations"] {
      #expect(object[key] is [Any], "\(key) is written as an array")
    }
    for key in ["note", "summary", "locality", "inferred", "listIncomplete"] {
      #expect(object[key] == nil, "\(key) is left out")
    }
  }

  @Test("a record without a date key is rejected")
  func missingDateRejected() {
    let json = """
      {
        "id": "event-x-y",
        "citations": [{"source": "src-001", "quote": "引文", "locator": "第一章"}],
        "title": {"zh": "标题", "en": "Title"},
        "category": "other"
      }
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode(Event.self, from: json) }
    guard case .keyNotFound(let key, _) = error else {
      Issue.record("expected keyNotFound, got \(String(describing: error))")
      return
    }
    #expect(key.stringValue == "date")
  }

  @Test("a record without citations is rejected")
  func missingCitationsRejected() {
    let json = """
      {"id": "event-x-y", "date": "2025", "title": {"zh": "标题", "en": "Title"}, "category": "other"}
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode(Event.self, from: json) }
    guard case .keyNotFound(let key, _) = error else {
      Issue.record("expected keyNotFound, got \(String(describing: error))")
      return
    }
    #expect(key.stringValue == "citations")
  }

  @Test("a bad date in an array of events names the element, the field and the text")
  func codingPathOfBadDate() {
    let json = """
      [
        {"id": "event-a-b", "date": "2025-12", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
         "title": {"zh": "甲", "en": "A"}, "category": "other"},
        {"id": "event-c-d", "date": "2025-13", "citations": [{"source": "src-001", "quote": "乙", "locator": "二"}],
         "title": {"zh": "乙", "en": "B"}, "category": "other"}
      ]
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode([Event].self, from: json) }
    guard case .dataCorrupted(let context) = error else {
      Issue.record("expected dataCorrupted, got \(String(describing: error))")
      return
    }
    let path = context.codingPath
    #expect(path.count >= 2)
    #expect(path.dropLast().last?.intValue == 1)
    #expect(path.last?.stringValue == "date")
    #expect(error?.path == ["[1]", "date"])
    #expect(context.debugDescription.contains("2025-13"))
    #expect(String(describing: error).contains("2025-13"))
  }

  @Test("a bad date in a citation names the nested path")
  func codingPathOfNestedBadDate() {
    let json = """
      {"id": "event-a-b", "date": "2025", "title": {"zh": "甲", "en": "A"}, "category": "other",
       "citations": [{"source": "src-001", "quote": "甲", "locator": "一"},
                     {"source": "src-001", "quote": "乙", "locator": "二", "statedDate": "2025-H3"}]}
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode(Event.self, from: json) }
    #expect(error?.path == ["citations", "[1]", "statedDate"])
    #expect(error?.message.contains("2025-H3") == true)
  }

  @Test("the links and headline of an event")
  func links() throws {
    let event = try Fixture.decode(Event.self, "event.json")
    #expect(event.linkedOrganizations == ["org-openai"])
    #expect(event.linkedProducts == ["product-gpt-5-2", "product-gpt-5-2-pro"])
    #expect(event.linkedRegions == ["US"])
    #expect(event.categoryName == "modelRelease")
    #expect(event.title == LocalizedText(zh: "OpenAI发布GPT-5.2", en: "OpenAI releases GPT-5.2"))
  }

  @Test("round trips")
  func roundTrip() throws {
    try expectRoundTrip(
      Event(
        id: "event-2025-q3-x", date: try period("2025-Q3"), citations: [Self.citation],
        title: LocalizedText(zh: "标题", en: "Title"), summary: LocalizedText(zh: "摘要", en: "Summary"),
        category: .partnership, organizations: ["org-a", "org-b"], products: ["product-c"], regions: ["CN", "ZZ"],
        locality: "杭州", tags: ["agents", "new-tag"], note: LocalizedText(zh: "注", en: "Note"), inferred: ["date"],
        listIncomplete: true))
    try expectRoundTrip(
      Event(
        id: "event-x", date: nil, citations: [Self.citation], title: LocalizedText(zh: "", en: ""),
        category: "quantumLeap"))
    try expectRoundTrip(
      Event(
        id: "event-span", date: try period("2025-01/2025-04"), citations: [Self.citation, Self.citation],
        title: LocalizedText(zh: "跨度", en: "Span"), category: .market))
  }

  @Test("LocalizedText reads either language and searches both")
  func localizedText() {
    let text = LocalizedText(zh: "发布模型", en: "Releases a model")
    #expect(text[.chinese] == "发布模型")
    #expect(text[.english] == "Releases a model")
    #expect(text.contains("模型"))
    #expect(text.contains("model"))
    #expect(!text.contains("chip"))
    #expect(Language.chinese.rawValue == "zh" && Language.english.rawValue == "en")
  }
}
