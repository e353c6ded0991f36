/// One term of a ``SearchQuery``: a word (with its inflected forms), a prefix,
/// or a run of Han characters matched as a substring.
struct SearchTerm: Hashable, Sendable {
  /// How the term matches.
  enum Kind: Hashable, Sendable {
    /// A whole word, or its plural, -ed or -ing form.
    case word
    /// The start of a word (`gen*`).
    case prefix
    /// A substring of a Han run.
    case han
  }

  /// The folded term.
  let text: String
  /// How it matches.
  let kind: Kind
  /// The words a word term accepts.
  let forms: Set<String>
  /// A hyphenated word term's parts, each with its forms: the term also
  /// matches a field holding every part as a word (`generative-ai` finds "generative AI").
  let parts: [Set<String>]

  init(_ token: SearchToken, prefix: Bool) {
    text = token.text
    kind = token.script == .han ? .han : (prefix ? .prefix : .word)
    forms = kind == .word ? Self.forms(of: token.text) : []
    let pieces = token.text.split(separator: "-").map(String.init)
    parts = kind == .word && pieces.count > 1 ? pieces.map(Self.forms(of:)) : []
  }

  /// Whether the term matches a word of the field or, for Han, its text.
  func matches(_ field: SearchField) -> Bool {
    switch kind {
    case .han:
      return TextFolding.containsBytes(field.folded, text)
    case .prefix:
      return field.words.contains { $0.hasPrefix(text) }
    case .word:
      if forms.contains(where: field.words.contains) { return true }
      return !parts.isEmpty && parts.allSatisfy { $0.contains(where: field.words.contains) }
    }
  }

  /// Whether a folded token of a field's text is (or holds) a match.
  func matches(_ token: SearchToken) -> Bool {
    switch kind {
    case .han: token.script == .han && token.text.contains(text)
    case .prefix: token.words.contains { $0.hasPrefix(text) }
    case .word: token.words.contains { word in forms.contains(word) || parts.contains { $0.contains(word) } }
    }
  }

  /// A word, its plural, -ed and -ing forms (`age`: ages, aged, aging,
  /// ageing); a plural's singular (`users`: user).
  static func forms(of word: String) -> Set<String> {
    var forms: Set<String> = [word]
    guard let last = word.last, last.isLetter, word.count >= 2 else { return forms }
    let stem = String(word.dropLast())
    forms.formUnion([word + "s", word + "es", word + "ed", word + "ing"])
    if last == "e" { forms.formUnion([word + "d", stem + "ing"]) }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    if last == "y", let before = stem.last, !vowels.contains(before) {
      forms.formUnion([stem + "ies", stem + "ied"])
    }
    if word.count >= 3, !vowels.contains(last), !"wxy".contains(last), let before = stem.last, vowels.contains(before),
      let third = stem.dropLast().last, !vowels.contains(third)
    {
      forms.formUnion([word + String(last) + "ed", word + String(last) + "ing"])
    }
    if word.count >= 5, last == "s", !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
      if word.hasSuffix("ies") {
        forms.insert(String(word.dropLast(3)) + "y")
      } else {
        forms.insert(stem)
      }
    }
    return forms
  }
}
