import Testing

@testable import AIYearbook

/// The search index's postings against reading every document: the same
/// documents, tiers, fields and terms for words, prefixes, Han substrings and
/// several terms taken from the embedded data.
@Suite("Search postings")
struct SearchPostingsTests {
  @Test func postingsFindWhatScanningFinds() throws {
    let yearbook = try Yearbook.embedded()
    let index = SearchIndex(yearbook)
    var queries: Set<String> = [
      "age", "unicorn", "人工智能", "ai act", "gpt-5.2", "deepseek-r1", "model*", "agent*", "大模型",
    ]
    var random = FastDatasetReaderTests.SplitMix(state: 3)
    let texts = index.documents.flatMap { $0.fields.map(\.text) }
    for _ in 0..<300 {
      guard let text = texts.randomElement(using: &random) else { break }
      let tokens = SearchText(text).tokens
      guard let token = tokens.randomElement(using: &random) else { continue }
      switch random.next() % 4 {
      case 0: queries.insert(token.text)
      case 1: queries.insert(String(token.text.prefix(3)) + "*")
      case 2:
        let scalars = Array(token.text.unicodeScalars)
        let start = Int(random.next() % UInt64(scalars.count))
        let length = 1 + Int(random.next() % 3)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<min(scalars.count, start + length)])
        queries.insert(String(view))
      default: queries.insert(tokens.prefix(3).map(\.text).joined(separator: " "))
      }
    }
    for query in queries.sorted() {
      let parsed = SearchQuery(query)
      guard !parsed.isEmpty else { continue }
      func summary(_ matches: [(document: Int, match: SearchMatch)]) -> [String] {
        matches.map { "\($0.document) \($0.match.tier) \($0.match.field) \($0.match.term?.text ?? "-")" }.sorted()
      }
      #expect(summary(index.matches(parsed)) == summary(index.matchesByScanning(parsed)), "\(query)")
      // Snippets of Han terms start where the token analysis says.
      for match in index.matches(parsed) {
        guard let term = match.match.term, term.kind == .han else { continue }
        let text = index.documents[match.document].fields[match.match.field].text
        #expect(SearchSnippet.hanOffset(of: term.text, in: text) == SearchSnippet.tokenStart(of: term, in: text))
        #expect(
          SearchSnippet.hanScalarOffset(of: term.text, in: text) == SearchSnippet.hanOffset(of: term.text, in: text))
      }
    }
  }

  /// A Han term's snippet is a window of the text, at most 100 scalars and the ellipses,
  /// that shows the term (it starts at most 30 scalars before the first match).
  @Test(arguments: ["人工智能", "大模型", "融资"])
  func hanSnippetsShowTheTerm(_ term: String) throws {
    let yearbook = try Yearbook.embedded()
    let results = yearbook.search(term)
    #expect(results.count > 3)
    for result in results where result.tier != .exactName {
      let window = result.snippet.trimmingPrefix("…")
      let body = window.hasSuffix("…") ? window.dropLast() : window[...]
      #expect(body.unicodeScalars.count <= 100, "\(result.id)")
      #expect(body.contains(term), "\(result.id): \(result.snippet)")
    }
  }
}
