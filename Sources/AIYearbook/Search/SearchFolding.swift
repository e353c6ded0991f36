/// Folds text for search and splits it into tokens, keeping the way back to
/// the original text for snippets.
///
/// Folding goes further than ``TextFolding``: case, full-width forms and
/// diacritics (`É` → `e`, `ß` → `ss`). Tokens are runs of letters and digits
/// (`-` or `.` between two of them stays inside: `gpt-5.2`) and runs of
/// Chinese, Japanese or Korean characters; a change of script ends a token.
///
/// For example, `SearchText("ＧＰＴ-5.2发布").tokens.map(\.text)` is `["gpt-5.2", "发布"]`.
struct SearchText {
  /// The folded scalars.
  private(set) var folded: [Unicode.Scalar] = []
  /// For each folded scalar, the offset of the original scalar it comes from.
  private(set) var origin: [Int] = []
  /// The tokens, in reading order.
  private(set) var tokens: [SearchToken] = []

  /// Folds and tokenizes `text`.
  init(_ text: String) {
    folded.reserveCapacity(text.unicodeScalars.count)
    origin.reserveCapacity(text.unicodeScalars.count)
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      let before = folded.count
      Self.fold(scalar, into: &folded)
      origin += repeatElement(offset, count: folded.count - before)
    }
    tokens = Self.tokenize(folded)
  }

  /// The folded text as a string.
  var foldedString: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: folded)
    return String(view)
  }

  /// The folded form of `text`, as a string.
  static func fold(_ text: String) -> String { SearchText(text).foldedString }

  // MARK: Folding

  /// Appends the folded form of one scalar: lowercase, half-width, without diacritics.
  static func fold(_ scalar: Unicode.Scalar, into output: inout [Unicode.Scalar]) {
    let value = scalar.value
    switch value {
    case 0x41...0x5A:
      output.append(Unicode.Scalar(UInt8(value + 0x20)))
    case 0..<0x80:
      output.append(scalar)
    case 0xFF01...0xFF5E:
      if let narrow = Unicode.Scalar(value - 0xFEE0) { fold(narrow, into: &output) }
    case 0x3000:
      output.append(" ")
    case 0x0300...0x036F:
      break  // a combining diacritic
    default:
      if let base = latinBases[scalar] {
        output += base.unicodeScalars
      } else if scalar.properties.changesWhenLowercased {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars where lower != scalar {
          fold(lower, into: &output)
        }
      } else {
        output.append(scalar)
      }
    }
  }

  /// Lowercase Latin letters with diacritics, and ligatures, by their plain letters.
  private static let latinBases: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("a", "àáâãäåāăąǎ"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęěẽ"), ("g", "ĝğġģ"), ("h", "ĥħ"),
      ("i", "ìíîïĩīĭįıǐ"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏőǒ"),
      ("r", "ŕŗř"), ("s", "śŝşš"), ("t", "ţťŧ"), ("u", "ùúûüũūŭůűųǔǖǘǚǜ"), ("w", "ŵ"), ("y", "ýÿŷ"),
      ("z", "źżž"), ("ss", "ß"), ("ae", "æ"), ("oe", "œ"), ("th", "þ"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (base, letters) in groups {
      for letter in letters.unicodeScalars { table[letter] = base }
    }
    return table
  }()

  // MARK: Tokens

  /// The script class of a folded scalar.
  enum Script: Hashable, Sendable {
    /// Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic …).
    case word
    /// Chinese characters, kana and Hangul: matched as substrings.
    case han
    /// Anything else: spaces, punctuation, symbols.
    case other
  }

  /// The script class of `scalar`.
  static func script(of scalar: Unicode.Scalar) -> Script {
    switch scalar.value {
    case 0x30...0x39, 0x61...0x7A: return .word
    case 0..<0x80: return .other
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
      return .han
    default:
      let properties = scalar.properties
      return properties.isAlphabetic || properties.numericType != nil ? .word : .other
    }
  }

  /// Splits folded scalars into word and Han tokens.
  static func tokenize(_ scalars: [Unicode.Scalar]) -> [SearchToken] {
    var tokens: [SearchToken] = []
    var index = 0
    while index < scalars.count {
      let start = index
      switch script(of: scalars[index]) {
      case .han:
        while index < scalars.count && script(of: scalars[index]) == .han { index += 1 }
        tokens.append(SearchToken(scalars[start..<index], range: start..<index, script: .han))
      case .word:
        index += 1
        while index < scalars.count {
          if script(of: scalars[index]) == .word {
            index += 1
          } else if scalars[index] == "-" || scalars[index] == ".", index + 1 < scalars.count,
            script(of: scalars[index + 1]) == .word
          {
            index += 2
          } else {
            break
          }
        }
        tokens.append(SearchToken(scalars[start..<index], range: start..<index, script: .word))
      case .other:
        index += 1
      }
    }
    return tokens
  }
}

/// One token of a ``SearchText``: a word or a run of Han characters.
struct SearchToken: Hashable, Sendable {
  /// The folded token.
  let text: String
  /// Where it lies among the folded scalars.
  let range: Range<Int>
  /// Whether it is a word or a Han run.
  let script: SearchText.Script

  init(_ scalars: ArraySlice<Unicode.Scalar>, range: Range<Int>, script: SearchText.Script) {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    text = String(view)
    self.range = range
    self.script = script
  }

  /// The word and, for a hyphenated word, its parts (`generative-ai`, `generative`, `ai`).
  var words: [String] {
    guard script == .word, text.contains("-") else { return [text] }
    return [text] + text.split(separator: "-").map(String.init)
  }
}
