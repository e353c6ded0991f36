import AIYearbook
import Foundation
import Testing

/// The first citation of a record states its value (DESIGN §3, Citations):
/// a statistic's value, a benchmark result's score or a funding round's amount
/// appears in the first passage, in the text's units, or its `statedText` does.
///
/// The first passage is `citations[0]`, joined with the citations that continue
/// it across a page break (DESIGN §3: one citation per fragment, in reading
/// order): a fragment that ends without closing its sentence and is followed in
/// the document, within 400 scalars, by the next quote.
@Suite(
  "First citation",
  .enabled(if: TestSupport.seedsAvailable, "needs the source documents in ../shared/seeds"))
struct FirstCitationTests {
  /// Records whose value is not written as a number in their first passage, and why.
  static let exceptions: [String: String] = [
    "stat-ai-index-china-top-ai-models-rank": "a rank in words: 位居全球第二 is rank 2",
    "result-qwen3-vl-spatialbench-rank":
      "a rank in words: 包揽前两名 with Qwen3-VL named first (see the record's note)",
  ]

  /// The quotes of the first passage: `quotes[0]` and the fragments continuing it.
  static func firstPassage(_ citations: [Citation], documents: [Source.ID: String]) -> [String] {
    guard let first = citations.first else { return [] }
    var passage = [first.quote]
    var previous = first
    for next in citations.dropFirst() {
      guard next.source == previous.source, let document = documents[next.source],
        let last = previous.quote.unicodeScalars.last, !"。；！？!?".unicodeScalars.contains(last),
        let end = document.range(of: previous.quote)?.upperBound,
        let start = document.range(of: next.quote, range: end..<document.endIndex)?.lowerBound,
        document.unicodeScalars[end..<start].count <= 400
      else { break }
      passage.append(next.quote)
      previous = next
    }
    return passage
  }

  /// Whether the first passage states the value (`nil` when there is no value).
  static func firstQuoteStates(_ quantity: Quantity?, money: Money? = nil, in quotes: [String]) -> Bool? {
    guard !quotes.isEmpty else { return false }
    let first = quotes.joined()
    let value = quantity?.value ?? money?.amount
    let stated = quantity?.statedText ?? money?.statedText
    guard let value else { return nil }
    if let stated, !stated.isEmpty, first.contains(stated) { return true }
    return ValueInQuoteTests.renderings(of: value).contains { ValueInQuoteTests.contains(number: $0, in: first) }
  }

  @Test("The rule reads the first quote only")
  func rule() {
    let quantity = Quantity(57, .percent, statedText: "57%")
    #expect(Self.firstQuoteStates(quantity, in: ["超过半数(57%)是AI公司", "其他"]) == true)
    #expect(Self.firstQuoteStates(quantity, in: ["5月14日，谷歌宣布"]) == false)
    #expect(Self.firstQuoteStates(Quantity(nil, .count, qualifier: .unspecified, statedText: "数十"), in: ["x"]) == nil)
  }

  @Test("A fragment cut by a page break continues the first passage; a finished sentence does not")
  func fragments() {
    let document = "甲公司占比达\n\n¹ 脚注\n\n60%。乙公司宣布。丙公司达到 30%。"
    let documents: [Source.ID: String] = ["src-000": document]
    func citation(_ quote: String) -> Citation { Citation(source: "src-000", quote: quote, locator: "x") }
    #expect(
      Self.firstPassage([citation("甲公司占比达"), citation("60%。"), citation("乙公司宣布。")], documents: documents)
        == ["甲公司占比达", "60%。"])
    #expect(
      Self.firstPassage([citation("乙公司宣布。"), citation("丙公司达到 30%。")], documents: documents) == ["乙公司宣布。"])
  }

  @Test("Every record with a value cites the passage stating it first")
  func valueFirst() throws {
    let dataset = try Yearbook.embedded().dataset
    var documents: [Source.ID: String] = [:]
    for source in dataset.sources {
      documents[source.id] = try String(
        contentsOf: TestSupport.seedsDirectory.appendingPathComponent(source.file), encoding: .utf8)
    }
    var checks: [(String, Bool?)] = []
    for statistic in dataset.statistics {
      checks.append(
        (
          statistic.rawID,
          Self.firstQuoteStates(statistic.value, in: Self.firstPassage(statistic.citations, documents: documents))
        ))
    }
    for result in dataset.benchmarkResults {
      checks.append(
        (
          result.rawID,
          Self.firstQuoteStates(result.score, in: Self.firstPassage(result.citations, documents: documents))
        ))
    }
    for round in dataset.fundingRounds {
      checks.append(
        (
          round.rawID,
          Self.firstQuoteStates(nil, money: round.amount, in: Self.firstPassage(round.citations, documents: documents))
        ))
    }
    var failures: [String] = []
    for (id, states) in checks {
      if let reason = Self.exceptions[id] {
        if states == true { failures.append("\(id): listed (\(reason)) but its first quote states the value") }
      } else if states == false {
        failures.append("\(id): the first citation does not state the value")
      }
    }
    #expect(checks.count > 300)
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}
