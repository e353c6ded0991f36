/// One text of a record or entity, folded and split into words once, when
/// the search index is built.
struct SearchField: Sendable {
  /// The tier a match in this field gives (2 title or name … 5 quote or locator).
  let tier: SearchResult.Tier
  /// The text as written, for the snippet.
  let text: String
  /// The folded text, for Han substrings.
  let folded: String
  /// The folded words and the parts of hyphenated words.
  let words: Set<String>
  /// The folded text with runs of spaces collapsed, for names, titles and
  /// aliases that a whole query may equal; `nil` for other fields.
  let exactKey: String?
  /// How many Unicode scalars `text` has.
  let scalarCount: Int

  init(_ readable: ReadableText) {
    let analyzed = SearchText(readable.text)
    text = readable.text
    scalarCount = readable.text.unicodeScalars.count
    folded = analyzed.foldedString
    words = Set(analyzed.tokens.flatMap(\.words))
    tier = SearchResult.Tier(readable.role)
    exactKey = readable.role == .title || readable.role == .alias ? Self.key(folded) : nil
  }

  /// Folded text trimmed, with each run of whitespace made one space.
  static func key(_ folded: String) -> String {
    folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

extension SearchResult.Tier {
  /// The tier of a match found in a text of the role.
  init(_ role: ReadableText.Role) {
    switch role {
    case .title, .alias: self = .name
    case .label: self = .label
    case .summary, .note: self = .text
    case .quote, .locator: self = .citation
    }
  }
}
