import AIYearbook
import Foundation
import Testing

/// Every record quote occurs exactly once in its document, so a quote names one
/// place (issue "Data 0.2"); a quote the document repeats verbatim is listed
/// below with why it was not extended.
@Suite(
  "Quote occurrences",
  .enabled(if: TestSupport.seedsAvailable, "needs the source documents in ../shared/seeds"))
struct QuoteOccurrenceTests {
  /// Quotes that occur more than once, and why each stays as it is.
  static let exceptions: [String: String] = [
    "Gartner将AI Agent列为2025年十大战略技术趋势之首":
      "src-000 lists the same timeline bullet twice (overview and 1月); each citation's locator names its section",
    "OpenAI发布Sora 2.0及同名社交应用":
      "src-000 repeats the bullet in two timeline lists; the locator names the section",
    "《国务院关于深入实施人工智能+行动的意见》正式发布":
      "src-000 repeats the bullet in three lists; the locator names the section",
    "2025年上半年全球新增54家独角兽企业中,超过半数(57%)是AI公司":
      "the funding-data bullet is the whole line and the keyword section states the same sentence; the locator tells them apart",
    "2025年上半年全球新增54家独角兽企业":
      "a bullet repeated verbatim in two sections of src-000; the locator tells them apart",
    "上线不足 20 天，DeepSeek 的全":
      "a fragment before a page break (DESIGN §3); the same fragment ends the chapter-1 and the chapter-2 passage",
    "球日活跃用户就突破 3000 万":
      "a fragment after a page break (DESIGN §3), repeated with its passage in chapters 1 and 2",
    "涉案金额超过500亿元":
      "src-002 repeats the sentence verbatim in 4.1.1 and 5.3.1; the locator names the section",
    "据公安部发布的数据显示,2025年中国因AI深度伪造诈骗引发的案件达到12万起":
      "src-002 repeats the sentence verbatim in 4.1.1 and 5.3.1; the locator names the section",
    "涉案金额超过500亿元,同比增长80%":
      "src-002 repeats the sentence verbatim in 4.1.1 and 5.3.1; the locator names the section",
    "因AI生成虚假信息造谣引发的社会矛盾纠纷达到8万起":
      "src-002 repeats the sentence verbatim in 4.1.1 and 5.3.1; the locator names the section",
    "社会矛盾纠纷达到8万起,同比增长65%":
      "src-002 repeats the sentence verbatim in 4.1.1 and 5.3.1; the locator names the section",
  ]

  /// How often `needle` occurs in `haystack`, overlapping occurrences included.
  static func occurrences(of needle: String, in haystack: String) -> Int {
    let text = Array(haystack.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, text.count >= pattern.count else { return 0 }
    var count = 0
    for start in 0...(text.count - pattern.count) where text[start..<(start + pattern.count)].elementsEqual(pattern) {
      count += 1
    }
    return count
  }

  @Test("The counter counts overlapping occurrences")
  func counter() {
    #expect(Self.occurrences(of: "AA", in: "AAA") == 2)
    #expect(Self.occurrences(of: "达到8万起", in: "纠纷达到8万起,同比") == 1)
    #expect(Self.occurrences(of: "x", in: "") == 0)
  }

  @Test("Every record quote occurs exactly once in its document, or is a listed exception")
  func quotesAreUnique() throws {
    let dataset = try Yearbook.embedded().dataset
    var documents: [Source.ID: String] = [:]
    for source in dataset.sources {
      documents[source.id] = try String(
        contentsOf: TestSupport.seedsDirectory.appendingPathComponent(source.file), encoding: .utf8)
    }
    var failures: [String] = []
    var used: Set<String> = []
    for record in dataset.allRecords {
      for (index, citation) in record.citations.enumerated() {
        let count = Self.occurrences(of: citation.quote, in: documents[citation.source] ?? "")
        if count == 1 { continue }
        if count > 1, Self.exceptions[citation.quote] != nil {
          used.insert(citation.quote)
          continue
        }
        failures.append("\(record.rawID) citations[\(index)]: occurs \(count) times: \(citation.quote)")
      }
    }
    for quote in Self.exceptions.keys.sorted() where !used.contains(quote) {
      failures.append("listed but no longer repeated or cited; remove it: \(quote)")
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}
