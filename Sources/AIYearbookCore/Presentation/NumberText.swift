/// Numbers written for a reader: no trailing `.0`, grouped thousands in
/// English, 万 and 亿 in Chinese.
///
/// The helpers behind ``Quantity/formatted(_:)`` and ``Money/formatted(_:)``.
enum NumberText {
  /// `value` with at most `fractionDigits` decimals, trailing zeros dropped
  /// (`36.5`, `1`, `0.3`), thousands grouped with commas when `grouped`.
  static func decimal(_ value: Double, fractionDigits: Int = 2, grouped: Bool = false) -> String {
    guard value.isFinite else { return value.isNaN ? "?" : (value < 0 ? "-∞" : "∞") }
    var factor: Int64 = 1
    for _ in 0..<max(0, min(fractionDigits, 6)) { factor *= 10 }
    let magnitude = abs(value) * Double(factor)
    guard magnitude < 9.0e18 else { return (value < 0 ? "-" : "") + scientific(abs(value)) }
    let scaled = Int64(magnitude.rounded())
    let whole = scaled / factor
    var fraction = String(scaled % factor)
    if factor > 1 {
      fraction = String(repeating: "0", count: String(factor).count - 1 - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
    } else {
      fraction = ""
    }
    var text = grouped ? group(String(whole)) : String(whole)
    if !fraction.isEmpty { text += "." + fraction }
    return (value < 0 && scaled != 0 ? "-" : "") + text
  }

  /// A value, or a range `value–upper`, each written with ``decimal(_:fractionDigits:grouped:)``.
  static func range(_ value: Double, _ upper: Double?, fractionDigits: Int = 2, grouped: Bool = false) -> String {
    let first = decimal(value, fractionDigits: fractionDigits, grouped: grouped)
    guard let upper else { return first }
    return first + "–" + decimal(upper, fractionDigits: fractionDigits, grouped: grouped)
  }

  /// A count written with a scale word: `515 million`, `1.2 billion`,
  /// `45,000` in English; `5.15亿`, `4.5万`, `3000` in Chinese.
  ///
  /// A range takes the scale of its larger end (`0.5–2 million`).
  static func scaled(_ value: Double, _ upper: Double?, _ language: Language) -> String {
    let largest = max(abs(value), abs(upper ?? value))
    let scales: [(Double, String)] =
      switch language {
      case .english: [(1e12, " trillion"), (1e9, " billion"), (1e6, " million")]
      case .chinese: [(1e12, "万亿"), (1e8, "亿"), (1e4, "万")]
      }
    for (size, word) in scales where largest >= size {
      return range(value / size, upper.map { $0 / size }, fractionDigits: 4) + word
    }
    return range(value, upper, fractionDigits: 2, grouped: language == .english)
  }

  /// Inserts a comma every three digits from the right (`45000` → `45,000`).
  static func group(_ digits: String) -> String {
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }

  /// A very large number as `d.dd×10^n`, for values beyond 64-bit integers.
  private static func scientific(_ value: Double) -> String {
    var exponent = 0
    var mantissa = value
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    return decimal(mantissa, fractionDigits: 2) + "×10^" + String(exponent)
  }

  /// Puts the qualifier's words and the hedge around a number already written.
  ///
  /// English: `about 5 million`, `more than 50%` and ` (hedged)` after;
  /// Chinese: `约`, `超过`, `不少于`, `不足`, `不超过`, `最高` before, and `或` first when hedged.
  static func qualified(_ body: String, _ qualifier: Qualifier, hedged: Bool, _ language: Language) -> String {
    let words: [Qualifier: (en: String, zh: String)] = [
      .approximately: ("about ", "约"), .moreThan: ("more than ", "超过"), .atLeast: ("at least ", "不少于"),
      .lessThan: ("less than ", "不足"), .atMost: ("at most ", "不超过"), .upTo: ("up to ", "最高"),
    ]
    let prefix = words[qualifier].map { language == .english ? $0.en : $0.zh } ?? ""
    switch language {
    case .english: return prefix + body + (hedged ? " (hedged)" : "")
    case .chinese: return (hedged ? "或" : "") + prefix + body
    }
  }
}
