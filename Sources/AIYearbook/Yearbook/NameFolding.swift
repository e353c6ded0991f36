/// Folds names for lookup as DESIGN §6 says: case, width and diacritics only —
/// spaces and punctuation count.
///
/// `ＤｅｅｐＳｅｅｋ` folds to `deepseek`, `Mistral AI` to `mistral ai`, `Gödel` to `godel`.
enum NameFolding {
  /// The folded form of a name.
  static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in TextFolding.fold(text).unicodeScalars {
      // Combining diacritical marks (U+0300–U+036F) are dropped.
      if (0x300...0x36F).contains(scalar.value) { continue }
      if let base = latinBase[scalar.value] {
        scalars.append(contentsOf: base.unicodeScalars)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// The folded name with spaces and punctuation removed, for suggestions only
  /// ("Deep Seek" suggests DeepSeek; it does not resolve to it).
  static func compact(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        fold(text).unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
  }

  /// The edit distance between two strings (Levenshtein, by Unicode scalar).
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// Lowercase Latin letters with diacritics (Latin-1 Supplement and Latin
  /// Extended-A) and their base letters.
  static let latinBase: [UInt32: String] = {
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
      ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
      ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
      ("æ", "ae"), ("œ", "oe"), ("ß", "ss"),
    ]
    var table: [UInt32: String] = [:]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar.value] = base }
    }
    return table
  }()
}
