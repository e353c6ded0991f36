import AIYearbookCore
import Foundation
import Testing

@Suite("Citation")
struct CitationTests {
  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let citations = try decodeFixture([Citation].self, "citations.json")
    try #require(citations.count == 3)

    let full = citations[0]
    #expect(full.source == "src-003")
    #expect(full.quote == "截至2025年6月，我国生成式人工智能用户规模达5.15亿人^1^")
    #expect(full.locator == "第一章 > 一、用户规模")
    #expect(full.upstream?.quote == "1 数据来源：CNNIC第56次《中国互联网络发展状况统计报告》")
    #expect(full.upstream?.url == "https://www.cnnic.net.cn/n4/2025/0721/c88-11328.html")
    #expect(full.upstream?.date == (try period("2025-07-21")))
    #expect(full.statedValue == Quantity(515_000_000, .count, statedText: "5.15亿"))
    #expect(full.statedDate == (try period("2025-06")))

    let minimal = citations[1]
    #expect(minimal.source == "src-000")
    #expect(minimal.quote == "**12月11日** OpenAI发布GPT-5.2")
    #expect(minimal.locator == "时间轴 > 12月")
    #expect(minimal.upstream == nil && minimal.statedValue == nil && minimal.statedDate == nil)

    let footnoteOnly = citations[2]
    #expect(footnoteOnly.upstream == Citation.Upstream(quote: "2 媒体报道"))
    #expect(footnoteOnly.upstream?.url == nil && footnoteOnly.upstream?.date == nil)
  }

  @Test("the quote keeps its whitespace, markdown and superscripts byte for byte")
  func quoteVerbatim() throws {
    let quote = "  **加粗**\t与上标¹ 和\u{3000}全角空格\n下一行"
    let citation = Citation(source: "src-001", quote: quote, locator: "第一章")
    let decoded = try JSONDecoder().decode(Citation.self, from: JSON.encode(citation))
    #expect(Array(decoded.quote.unicodeScalars) == Array(quote.unicodeScalars))
  }

  @Test("the longest allowed quote is 200 Unicode scalars")
  func maximumQuoteLength() {
    #expect(Citation.maximumQuoteLength == 200)
  }

  @Test("a citation without a source, quote or locator is rejected", arguments: ["source", "quote", "locator"])
  func requiredFields(missing: String) throws {
    var object: [String: String] = ["source": "src-001", "quote": "引文", "locator": "第一章"]
    object[missing] = nil
    let data = try JSONSerialization.data(withJSONObject: object)
    let error = #expect(throws: DecodingError.self) { try JSONDecoder().decode(Citation.self, from: data) }
    guard case .keyNotFound(let key, _) = error else {
      Issue.record("expected keyNotFound, got \(String(describing: error))")
      return
    }
    #expect(key.stringValue == missing)
  }

  @Test("an invalid stated date is rejected with its path")
  func invalidStatedDate() {
    let error = #expect(throws: DecodingError.self) {
      try JSON.decode(
        Citation.self, from: #"{"source": "src-001", "quote": "引文", "locator": "第一章", "statedDate": "2025-02-30"}"#)
    }
    #expect(error?.path == ["statedDate"])
    #expect(error?.message.contains("2025-02-30") == true)
  }

  @Test("round trips")
  func roundTrip() throws {
    try expectRoundTrip(Citation(source: "src-002", quote: "引文", locator: "第二章 > 一、"))
    try expectRoundTrip(
      Citation(
        source: "src-002", quote: "引文", locator: "第二章",
        upstream: Citation.Upstream(quote: "3 来源", url: "https://example.org/a/b", date: try period("2025-Q2")),
        statedValue: Quantity(3, .count, qualifier: .approximately), statedDate: try period("2025-01/2025-04")))
  }
}
