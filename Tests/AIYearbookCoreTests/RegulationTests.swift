import AIYearbookCore
import Foundation
import Testing

@Suite("Regulation")
struct RegulationTests {
  private static let citation = Citation(source: "src-001", quote: "引文", locator: "第一章")

  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let regulations = try decodeFixture([Regulation].self, "regulations.json")
    try #require(regulations.count == 2)

    let opinions = regulations[0]
    #expect(opinions.id == "regulation-2025-08-26-ai-plus-opinions")
    #expect(opinions.date == (try period("2025-08-26")))
    #expect(opinions.tags == [.governance])
    #expect(opinions.title.zh == "关于深入实施“人工智能+”行动的意见")
    #expect(opinions.aliases.count == 1)
    #expect(opinions.aliases.first?.text == "《意见》")
    #expect(opinions.aliases.first?.citation.quote == "《意见》提出到2027年")
    #expect(opinions.jurisdiction == .china)
    #expect(opinions.locality == nil)
    #expect(opinions.issuers == ["org-state-council"])
    #expect(!opinions.issuersIncomplete)
    #expect(opinions.status == .inForce)
    #expect(
      opinions.milestones == [
        Regulation.Milestone(kind: .issued, date: try period("2025-08-26")),
        Regulation.Milestone(kind: .effective, date: nil),
      ])
    #expect(opinions.coveragePeriod == (try period("2025/2030")))
    #expect(opinions.coveragePeriod?.firstDay.description == "2025-01-01")
    #expect(opinions.coveragePeriod?.lastDay.description == "2030-12-31")
    #expect(opinions.category == .opinion)
    #expect(opinions.officialCategory?.zh == "产业赋能应用类")
    #expect(opinions.summary?.en == "Integrates AI into every sector")

    let draft = regulations[1]
    #expect(draft.date == (try period("2025-Q3")))
    #expect(draft.inferred == ["date"])
    #expect(draft.aliases.isEmpty)
    #expect(draft.jurisdiction == "CN-BJ")
    #expect(draft.locality == "海淀区")
    #expect(draft.issuers == ["org-beijing-government", "org-beijing-economy-bureau"])
    #expect(draft.issuersIncomplete)
    #expect(draft.status == .draft)
    #expect(draft.milestones.isEmpty)
    #expect(draft.coveragePeriod == nil && draft.officialCategory == nil && draft.summary == nil)
    #expect(draft.category == .plan)
  }

  @Test("a milestone without a date decodes, and its date is written as null")
  func undatedMilestone() throws {
    let milestone = try JSON.decode(Regulation.Milestone.self, from: #"{"kind": "adopted"}"#)
    #expect(milestone == Regulation.Milestone(kind: .adopted, date: nil))
    try expectEncoding(milestone, matchesJSON: #"{"kind": "adopted", "date": null}"#)
  }

  @Test("a milestone with an invalid date is rejected with its path")
  func invalidMilestoneDate() {
    let json = """
      {"id": "regulation-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "title": {"zh": "甲", "en": "A"}, "jurisdiction": "CN", "status": "adopted", "category": "law",
       "milestones": [{"kind": "issued", "date": "2025-01"}, {"kind": "effective", "date": "2025-02-30"}]}
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode(Regulation.self, from: json) }
    #expect(error?.path == ["milestones", "[1]", "date"])
    #expect(error?.message.contains("2025-02-30") == true)
  }

  @Test("missing lists decode as empty and are written; a false issuersIncomplete stays out")
  func minimal() throws {
    let json = """
      {"id": "regulation-x", "date": null, "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "title": {"zh": "甲", "en": "A"}, "jurisdiction": "EU", "status": "unknown", "category": "law",
       "issuersIncomplete": false}
      """
    let regulation = try JSON.decode(Regulation.self, from: json)
    try expectEncoding(
      regulation,
      matchesJSON: """
        {"id": "regulation-x", "date": null, "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
         "tags": [], "title": {"zh": "甲", "en": "A"}, "aliases": [], "jurisdiction": "EU", "issuers": [],
         "status": "unknown", "milestones": [], "category": "law"}
        """)
  }

  @Test("links: the issuers and the jurisdiction, never products")
  func links() throws {
    let regulations = try Fixture.decode([Regulation].self, "regulations.json")
    let draft = try #require(regulations.last)
    #expect(draft.linkedOrganizations == ["org-beijing-government", "org-beijing-economy-bureau"])
    #expect(draft.linkedProducts.isEmpty)
    #expect(draft.linkedRegions == ["CN-BJ"])
    #expect(draft.categoryName == "plan")
    #expect(draft.title.en == "Compute infrastructure plan (draft for comment)")
  }

  @Test("the initializer's status defaults to unknown")
  func defaultStatus() {
    let regulation = Regulation(
      id: "regulation-x", date: nil, citations: [Self.citation], title: LocalizedText(zh: "甲", en: "A"),
      jurisdiction: "CN", category: .law)
    #expect(regulation.status == .unknown)
  }

  @Test("round trips")
  func roundTrip() throws {
    try expectRoundTrip(
      Regulation(
        id: "regulation-a", date: try period("2024-08-01"), citations: [Self.citation],
        title: LocalizedText(zh: "人工智能法", en: "AI Act"),
        aliases: [Regulation.Alias(text: "《法案》", citation: Self.citation)], jurisdiction: .europeanUnion,
        locality: "Brussels", issuers: ["org-eu-parliament", "org-eu-council"], issuersIncomplete: true,
        status: .inForce,
        milestones: [
          .init(kind: .adopted, date: try period("2024-05")), .init(kind: .effective, date: try period("2024-08-01")),
          .init(kind: "amended", date: nil),
        ],
        coveragePeriod: try period("2024/2030"), category: .law,
        officialCategory: LocalizedText(zh: "法律", en: "Law"), summary: LocalizedText(zh: "摘要", en: "Summary"),
        tags: ["governance", "safety"], note: LocalizedText(zh: "注", en: "Note"), inferred: ["locality"],
        listIncomplete: true))
  }
}
