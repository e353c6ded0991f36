import AIYearbook
import Foundation
import Testing

/// ``TextFolding`` agrees with Foundation's case- and width-insensitive folding
/// on ASCII and full-width ASCII letters and digits, the range free-text search
/// relies on.
@Suite("Text folding")
struct TextFoldingTests {
  /// Whether a scalar is an ASCII or full-width ASCII letter or digit.
  static func isFoldedRange(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true  // 0-9 A-Z a-z
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true  // ０-９ Ａ-Ｚ ａ-ｚ
    default: false
    }
  }

  /// The text restricted to that range.
  static func restricted(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.filter(isFoldedRange))
    return String(scalars)
  }

  static func foundationFold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
  }

  /// Every title and quote of the embedded dataset.
  static func datasetTexts() throws -> [String] {
    let dataset = try Yearbook.embedded().dataset
    var texts: [String] = []
    texts += dataset.events.flatMap { [$0.title.zh, $0.title.en] }
    texts += dataset.fundingRounds.flatMap { [$0.title.zh, $0.title.en] }
    texts += dataset.regulations.flatMap { [$0.title.zh, $0.title.en] + $0.aliases.map(\.text) }
    texts += dataset.sources.flatMap { [$0.title.zh, $0.title.en] }
    texts += dataset.allCitations.map(\.citation.quote)
    texts += dataset.regulations.flatMap { $0.aliases.map(\.citation.quote) }
    return texts
  }

  @Test(
    "Agrees with Foundation on every title and quote of the dataset, restricted to ASCII and full-width letters and digits"
  )
  func agreesWithFoundationOnTheDataset() throws {
    let texts = try Self.datasetTexts().map(Self.restricted).filter { !$0.isEmpty }
    let fullWidth = texts.filter { $0.unicodeScalars.contains { $0.value >= 0xFF00 } }.count
    print("TextFoldingTests: compared \(texts.count) texts, \(fullWidth) with full-width forms")
    #expect(texts.count > 1000)
    var disagreements: [String] = []
    for text in texts where TextFolding.fold(text) != Self.foundationFold(text) {
      disagreements.append("\(text.debugDescription): \(TextFolding.fold(text)) vs \(Self.foundationFold(text))")
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(20).joined(separator: "\n"))")
  }

  @Test("Agrees with Foundation on every ASCII and full-width letter and digit")
  func agreesWithFoundationOnTheWholeRange() {
    let ranges: [ClosedRange<UInt32>] = [
      0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A,
    ]
    for range in ranges {
      for value in range {
        let text = String(Character(Unicode.Scalar(value)!))
        #expect(TextFolding.fold(text) == Self.foundationFold(text), "U+\(String(value, radix: 16, uppercase: true))")
      }
    }
  }

  @Test("Full-width forms and case fold to lowercase ASCII")
  func examples() {
    #expect(TextFolding.fold("ＤｅｅｐＳｅｅｋ－Ｒ１") == "deepseek-r1")
    #expect(TextFolding.fold("ＧＰＴ") == TextFolding.fold("gpt"))
    #expect(TextFolding.fold("谷歌\u{3000}Gemini") == "谷歌 gemini")
    #expect(TextFolding.contains("OpenAI发布GPT-5.2", "ｇｐｔ－５"))
  }
}
