extension Money {
  /// The amount as a reader would write it, in Chinese or English.
  ///
  /// English writes the ISO code before a scaled number (`USD 40 billion`,
  /// `CNY 12.7 billion`, `USD 45,000`) — the code, not a symbol, because `$`
  /// is ambiguous between dollars; Chinese writes the scaled number before the
  /// currency's name (`400亿美元`, `127亿元人民币`, `24亿加元`). A range is
  /// written `USD 1–2 billion`; the ``qualifier`` and the hedge as in
  /// ``Quantity/formatted(_:)`` (`about USD 40 billion`, `约400亿美元`,
  /// `或超过10亿美元`). An amount without a value is its ``statedText``.
  ///
  /// ```swift
  /// Money(40_000_000_000, .usd).formatted(.english)   // "USD 40 billion"
  /// Money(40_000_000_000, .usd).formatted(.chinese)   // "400亿美元"
  /// Money(12_700_000_000, .cny, qualifier: .approximately).formatted(.chinese)  // "约127亿元人民币"
  /// ```
  ///
  /// - Parameter language: The language to write in.
  /// - Returns: The readable text.
  /// - Complexity: O(1).
  public func formatted(_ language: Language) -> String {
    guard let amount else {
      if let statedText { return statedText }
      return language == .english ? "an unstated amount of \(currency)" : "未说明金额（\(currency.chineseName)）"
    }
    let number = NumberText.scaled(amount, upperBound, language)
    let body = language == .english ? "\(currency.rawValue) \(number)" : number + currency.chineseName
    return NumberText.qualified(body, qualifier, hedged: hedged, language)
  }
}

extension Currency {
  /// The currency's name as Chinese text writes it after a number (美元, 元人民币);
  /// the code itself for a currency this version does not name.
  var chineseName: String {
    let names: [Currency: String] = [
      .usd: "美元", .cny: "元人民币", .eur: "欧元", .gbp: "英镑", .cad: "加元", .inr: "印度卢比", .krw: "韩元",
      .jpy: "日元", .hkd: "港元", .sgd: "新加坡元", .aud: "澳元", .chf: "瑞士法郎", .sar: "沙特里亚尔", .aed: "阿联酋迪拉姆",
    ]
    return names[self] ?? rawValue
  }
}
