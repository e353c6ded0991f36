/// Free-text search terms, parsed once: the matcher behind
/// ``Yearbook/search(_:limit:)``, usable as a filter of records.
///
/// The text is folded (case, full-width forms, diacritics) and split into
/// terms. Latin terms are runs of letters and digits, `-` or `.` between two
/// of them staying inside (`GPT-5.2`, `DeepSeek-R1`); a change of script ends
/// a term; a run of Chinese characters is one term matched as a substring.
/// Every term must match, in any order. A Latin term matches a whole word,
/// its plural and its -ed and -ing forms (`age` finds "ages" and "aged", not
/// "image" or "agent"; `unicorn` finds "unicorns"); a word written with a
/// hyphen also matches its parts (`generative` finds "Generative-AI");
/// `term*` matches words starting with `term`.
///
/// ```swift
/// let query = SearchQuery("generative AI users")
/// query.terms      // ["generative", "ai", "users"]
/// query.matches(statistic, names: yearbook)   // true for the CNNIC user counts
/// SearchQuery("").matches(statistic, names: yearbook)   // true: no terms, no condition
/// ```
public struct SearchQuery: Hashable, Sendable {
  /// The text as given.
  public let text: String
  /// The parsed terms.
  let parsedTerms: [SearchTerm]
  /// The whole folded query, for exact matches of names.
  let exactKey: String

  /// Parses a query.
  ///
  /// ```swift
  /// SearchQuery("ＧＰＴ-5.2 发布").terms   // ["gpt-5.2", "发布"]
  /// SearchQuery("gen*").terms             // ["gen*"]
  /// ```
  ///
  /// - Parameter text: What the user typed.
  /// - Complexity: O(*n*) in the length of `text`.
  public init(_ text: String) {
    self.text = text
    let analyzed = SearchText(text)
    parsedTerms = analyzed.tokens.map { token in
      let star = token.range.upperBound < analyzed.folded.count && analyzed.folded[token.range.upperBound] == "*"
      return SearchTerm(token, prefix: star)
    }
    exactKey = SearchField.key(analyzed.foldedString)
  }

  /// The folded terms, a prefix term with its `*`.
  ///
  /// ```swift
  /// SearchQuery("AI用户 Gen*").terms   // ["ai", "用户", "gen*"]
  /// ```
  public var terms: [String] { parsedTerms.map { $0.kind == .prefix ? $0.text + "*" : $0.text } }

  /// Whether the query has no terms (only spaces or punctuation).
  public var isEmpty: Bool { parsedTerms.isEmpty }

  /// Whether every term matches some text a reader sees in the record.
  ///
  /// An empty query matches every record.
  ///
  /// ```swift
  /// SearchQuery("GPT-5.2").matches(event, names: yearbook)   // → true
  /// SearchQuery("age").matches(event, names: yearbook)       // → false
  /// ```
  ///
  /// - Parameters:
  ///   - record: A record of any kind.
  ///   - names: Where to look up the names in the record's title (a `Yearbook`).
  /// - Returns: Whether the record matches.
  /// - Complexity: O(*n*) in the length of the record's texts.
  public func matches(_ record: some Record, names: some RecordNaming) -> Bool {
    isEmpty || match(record.readableTexts(names: names).map(SearchField.init)) != nil
  }

  /// The best match over a record's or entity's fields: the tier, the field
  /// that gives it, and the term matched there (`nil` for an exact name).
  func match(_ fields: [SearchField]) -> SearchMatch? {
    guard !parsedTerms.isEmpty else { return nil }
    if let field = fields.firstIndex(where: { $0.exactKey == exactKey }) {
      return SearchMatch(tier: .exactName, field: field, term: nil)
    }
    var weakest: SearchMatch?
    for term in parsedTerms {
      var best: SearchMatch?
      for (index, field) in fields.enumerated() where best.map({ field.tier < $0.tier }) ?? true {
        if term.matches(field) { best = SearchMatch(tier: field.tier, field: index, term: term) }
      }
      guard let best else { return nil }
      if weakest.map({ best.tier > $0.tier }) ?? true { weakest = best }
    }
    return weakest
  }
}

/// Where a query matched a record or an entity.
struct SearchMatch: Sendable {
  /// The weakest tier needed to match every term.
  let tier: SearchResult.Tier
  /// The index of the field that gives the tier.
  let field: Int
  /// The term matched in that field; `nil` when the whole query equals it.
  let term: SearchTerm?
}
