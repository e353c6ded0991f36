extension Quantity {
  /// The quantity as a reader would write it, in Chinese or English.
  ///
  /// Counts take scale words (`515 million`, `5.15亿`), percentages a `%`
  /// (`36.5%`), percentage points `pp` or 个百分点, multipliers `×` or 倍,
  /// ranks `rank 4` or 第4名, and other units their readable names
  /// (`2 days`, `2天`, `200 EFLOPS`). A range is written `200–250`. The
  /// ``qualifier`` becomes words (`about`, `more than`, `at least`,
  /// `less than`, `at most`, `up to`; 约, 超过, 不少于, 不足, 不超过, 最高), except
  /// that less than a percentage is written `<1%` in both languages. A hedge
  /// adds ` (hedged)` in English and 或 in Chinese. A quantity in a currency
  /// is written as ``Money/formatted(_:)`` writes money; one without a value
  /// is its ``statedText``. Alternates and factors are not written. No number
  /// is ever written with a trailing `.0`.
  ///
  /// ```swift
  /// Quantity(515_000_000, .count).formatted(.english)           // "515 million"
  /// Quantity(515_000_000, .count).formatted(.chinese)           // "5.15亿"
  /// Quantity(1, .percent, qualifier: .lessThan).formatted(.english)  // "<1%"
  /// Quantity(2.5, .times).formatted(.chinese)                   // "2.5倍"
  /// ```
  ///
  /// - Parameter language: The language to write in.
  /// - Returns: The readable text.
  /// - Complexity: O(1).
  public func formatted(_ language: Language) -> String {
    guard let value else { return statedText ?? UnitText.unstated(language) }
    if let currency = unit.currency {
      return Money(
        value, currency, qualifier: qualifier, upperBound: upperBound, hedged: hedged, statedText: statedText
      ).formatted(language)
    }
    if qualifier == .lessThan && unit == .percent && upperBound == nil {
      return NumberText.qualified("<" + NumberText.decimal(value) + "%", .exact, hedged: hedged, language)
    }
    let body = UnitText.amount(value, upperBound, unit, language)
    return NumberText.qualified(body, qualifier, hedged: hedged, language)
  }
}

extension Quantity.Unit {
  /// The currency this unit names, when it is a three-letter currency code (`USD`, `CNY`).
  var currency: Currency? {
    let letters = rawValue.unicodeScalars
    guard letters.count == 3, letters.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
    return Currency(rawValue)
  }
}
