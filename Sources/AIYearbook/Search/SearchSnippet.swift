/// The short excerpt of a search result: the matched text around the first match.
enum SearchSnippet {
  /// How many scalars a snippet keeps before the match.
  static let before = 30
  /// How many scalars a snippet keeps in all, at most (plus the ellipses).
  static let length = 100

  /// The text around the first match of `term` in `text`: the whole text when
  /// it is short, else a window with `…` where it is cut.
  static func around(_ term: SearchTerm?, in text: String, scalarCount: Int? = nil) -> String {
    if text.utf8.count <= length { return text }
    let count = scalarCount ?? text.unicodeScalars.count
    guard count > length else { return text }
    var start = 0
    if let term, term.kind == .han {
      // Han scalars fold to themselves, so the term's first place in the folded text is its first place here.
      start = hanScalarOffset(of: term.text, in: text) ?? 0
    } else if let term {
      start = tokenStart(of: term, in: text)
    }
    start = max(0, min(start - before, count - length))
    let end = min(count, start + length)
    let scalars = text.unicodeScalars
    let lower = scalars.index(scalars.startIndex, offsetBy: start)
    let upper = scalars.index(lower, offsetBy: end - start)
    return (start > 0 ? "…" : "") + String(Substring(scalars[lower..<upper])) + (end < count ? "…" : "")
  }

  /// How many scalars of `text` come before the first occurrence of `needle`'s bytes, if any.
  static func hanScalarOffset(of needle: String, in text: String) -> Int? {
    var text = text
    var needle = needle
    return text.withUTF8 { hay in
      needle.withUTF8 { pin -> Int? in
        guard let offset = TextFolding.firstOffset(of: pin, in: hay) else { return nil }
        // Scalars start at every byte that is not a continuation byte (10xxxxxx).
        return hay[..<offset].count { $0 & 0xC0 != 0x80 }
      }
    }
  }

  /// The scalar offset of `needle` within `haystack`, if it occurs.
  /// Where, in `text`'s scalars, the first token `term` matches starts (0 when none does).
  static func tokenStart(of term: SearchTerm, in text: String) -> Int {
    let analyzed = SearchText(text)
    guard let token = analyzed.tokens.first(where: term.matches) else { return 0 }
    var position = token.range.lowerBound
    if term.kind == .han, let offset = hanOffset(of: term.text, in: token.text) { position += offset }
    return analyzed.origin.indices.contains(position) ? analyzed.origin[position] : 0
  }

  static func hanOffset(of needle: String, in haystack: String) -> Int? {
    hanOffset(of: Array(needle.unicodeScalars), in: Array(haystack.unicodeScalars))
  }

  /// The first offset of `pin` in `hay`, or `nil`.
  static func hanOffset(of pin: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Int? {
    guard !pin.isEmpty, pin.count <= hay.count else { return nil }
    return (0...(hay.count - pin.count)).first { hay[$0..<($0 + pin.count)].elementsEqual(pin) }
  }
}
