import Testing

@testable import AIYearbook

/// `matching(_:)` answers from the search index; it must keep exactly the records that
/// `SearchQuery.matches(_:names:)` accepts one by one (the record-level definition).
@Suite("Text filters from the search index")
struct TextFilterIndexTests {
  static let texts = [
    "agent", "age", "unicorn", "人工智能", "大模型 融资", "GPT-5.2", "gen*", "OpenAI", "deep seek", "", "  ",
    "no-such-word-anywhere", "融资 unicorn",
  ]

  func check<R: Record>(_ query: RecordQuery<R>, in yearbook: Yearbook, _ text: String) {
    let expected = query.all().filter { SearchQuery(text).matches($0, names: yearbook) }.map(\.id.rawValue)
    #expect(query.matching(text).all().map(\.id.rawValue) == expected, "\(R.self) \(text)")
    #expect(query.matching(text).count() == expected.count, "\(R.self) \(text)")
  }

  @Test(arguments: texts)
  func embeddedRecordsOfEveryKind(_ text: String) throws {
    let yearbook = try Yearbook.embedded()
    check(yearbook.events, in: yearbook, text)
    check(yearbook.benchmarkResults, in: yearbook, text)
    check(yearbook.fundingRounds, in: yearbook, text)
    check(yearbook.regulations, in: yearbook, text)
    check(yearbook.statistics, in: yearbook, text)
    check(try yearbook.events.during("2025"), in: yearbook, text)
    if text == "agent" { #expect(yearbook.events.matching(text).count() > 3) }
  }

  @Test func mergedYearbook() throws {
    let yearbook = try Yearbook.load([TestSupport.fixtureURL("valid.json")])
    for text in Self.texts {
      check(yearbook.events, in: yearbook, text)
      check(yearbook.fundingRounds, in: yearbook, text)
    }
  }
}
