import AIYearbookCore
import Foundation
import Testing

@Suite("FundingRound")
struct FundingRoundTests {
  private static let citation = Citation(source: "src-001", quote: "引文", locator: "第一章")

  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let round = try decodeFixture(FundingRound.self, "funding-round.json")
    #expect(round.id == "funding-2025-03-31-openai-raises-40-billion")
    #expect(round.date == (try period("2025-03-31")))
    #expect(round.citations.count == 1)
    #expect(round.citations.first?.locator == "第五章 > 投融资")
    #expect(round.listIncomplete)
    #expect(round.inferred.isEmpty && round.note == nil)
    #expect(round.tags == [.investment, .valuation])
    #expect(round.title.en == "OpenAI raises $40 billion")
    #expect(round.kind == .ventureRound)
    #expect(round.status == .completed)
    #expect(round.roundLabel == "新一轮")
    #expect(round.amount == Money(40_000_000_000, .usd))
    #expect(round.valuation?.amount == Money(300_000_000_000, .usd))
    #expect(round.valuation?.basis == .post)
    #expect(
      round.parties == [
        FundingRound.Party(organization: "org-openai", role: .recipient),
        FundingRound.Party(organization: "org-softbank", role: .leadInvestor),
        FundingRound.Party(organization: "org-microsoft", role: .investor),
      ])
    #expect(round.products.isEmpty)
    #expect(round.regions == [.unitedStates])
  }

  @Test("organizations by role, and links")
  func roles() throws {
    let round = try Fixture.decode(FundingRound.self, "funding-round.json")
    #expect(round.organizations(withRole: .recipient) == ["org-openai"])
    #expect(round.organizations(withRole: .leadInvestor) == ["org-softbank"])
    #expect(round.organizations(withRole: .investor) == ["org-microsoft"])
    #expect(round.organizations(withRole: .acquirer).isEmpty)
    #expect(round.linkedOrganizations == ["org-openai", "org-softbank", "org-microsoft"])
    #expect(round.linkedProducts.isEmpty)
    #expect(round.linkedRegions == ["US"])
    #expect(round.categoryName == "ventureRound")
    #expect(round.title(names: StubNames()) == round.title)
  }

  @Test("a round without an amount or valuation leaves them out but writes every list")
  func minimal() throws {
    let json = """
      {"id": "funding-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "title": {"zh": "甲", "en": "A"}, "kind": "fund", "status": "proposed"}
      """
    let round = try JSON.decode(FundingRound.self, from: json)
    #expect(round.amount == nil && round.valuation == nil && round.roundLabel == nil)
    try expectEncoding(
      round,
      matchesJSON: """
        {"id": "funding-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
         "tags": [], "title": {"zh": "甲", "en": "A"}, "kind": "fund", "status": "proposed",
         "parties": [], "products": [], "regions": []}
        """)
  }

  @Test("an amount that is null without qualifier unspecified is rejected with its path")
  func invalidAmount() {
    let json = """
      {"id": "funding-x", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "title": {"zh": "甲", "en": "A"}, "kind": "fund", "status": "proposed",
       "amount": {"amount": null, "currency": "USD", "qualifier": "exact"}}
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode(FundingRound.self, from: json) }
    #expect(error?.path == ["amount", "amount"])
  }

  @Test("an unspecified amount keeps the document's words")
  func unspecifiedAmount() throws {
    let json = """
      {"id": "funding-x", "date": "2025-H1", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "title": {"zh": "甲", "en": "A"}, "kind": "strategicInvestment", "status": "rumored",
       "amount": {"amount": null, "currency": "USD", "qualifier": "unspecified", "statedText": "数十亿美元"}}
      """
    let round = try JSON.decode(FundingRound.self, from: json)
    #expect(round.amount?.amount == nil)
    #expect(round.amount?.statedText == "数十亿美元")
    #expect(round.amount?.isApproximate == true)
    try expectRoundTrip(round)
  }

  @Test("a round without a date key is rejected")
  func missingDate() {
    let json = """
      {"id": "funding-x", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
       "title": {"zh": "甲", "en": "A"}, "kind": "fund", "status": "proposed"}
      """
    #expect(throws: DecodingError.self) { try JSON.decode(FundingRound.self, from: json) }
  }

  @Test("round trips")
  func roundTrip() throws {
    try expectRoundTrip(
      FundingRound(
        id: "funding-a", date: try period("2025-Q2"), citations: [Self.citation],
        title: LocalizedText(zh: "收购", en: "Acquisition"), kind: .acquisition, status: .announced,
        roundLabel: nil, amount: Money(2_400_000_000, .cad, alternates: [Money(12_700_000_000, .cny)]),
        valuation: FundingRound.Valuation(amount: Money(1, .usd, qualifier: .moreThan), basis: .pre),
        parties: [.init(organization: "org-a", role: .acquirer), .init(organization: "org-b", role: .target)],
        products: ["product-c"], regions: ["CA", "CN"], tags: ["investment"],
        note: LocalizedText(zh: "注", en: "Note"), inferred: ["status"], listIncomplete: true))
    try expectRoundTrip(
      FundingRound(
        id: "funding-b", date: nil, citations: [Self.citation], title: LocalizedText(zh: "基金", en: "Fund"),
        kind: "crowdfunding", status: "paused"))
  }
}
