extension PartialDate: LosslessStringConvertible {
  /// Parses one of the forms `YYYY`, `YYYY-Hn`, `YYYY-Qn`, `YYYY-MM`, `YYYY-MM-DD`.
  ///
  /// ```swift
  /// try PartialDate(parsing: "2025-Q3").quarter   // 3
  /// try PartialDate(parsing: "2025-02-30")        // throws: day 30 does not exist in 2025-02
  /// ```
  ///
  /// - Throws: ``PartialDateError`` naming the input and what is wrong with it.
  public init(parsing text: String) throws(PartialDateError) {
    if let date = Self.parsedQuickly(text) {
      self = date
      return
    }
    let fields = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let yearText = fields.first, yearText.count == 4, let year = Self.number(yearText) else {
      throw PartialDateError(input: text, reason: "expected YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD")
    }
    guard (1000...9999).contains(year) else {
      throw PartialDateError(input: text, reason: "the year must have four digits (1000–9999)")
    }
    switch fields.count {
    case 1:
      try self.init(year: year)
    case 2:
      let second = fields[1]
      if second.hasPrefix("H"), second.count == 2, let half = Self.number(String(second.dropFirst())) {
        guard (1...2).contains(half) else { throw PartialDateError(input: text, reason: "half \(half) is not 1 or 2") }
        try self.init(year: year, half: half)
      } else if second.hasPrefix("Q"), second.count == 2, let quarter = Self.number(String(second.dropFirst())) {
        guard (1...4).contains(quarter) else {
          throw PartialDateError(input: text, reason: "quarter \(quarter) is out of range 1–4")
        }
        try self.init(year: year, quarter: quarter)
      } else if second.count == 2, let month = Self.number(second) {
        guard (1...12).contains(month) else {
          throw PartialDateError(input: text, reason: "month \(month) is out of range 1–12")
        }
        try self.init(year: year, month: month)
      } else {
        throw PartialDateError(input: text, reason: "expected a month (01–12), a half (H1, H2) or a quarter (Q1–Q4)")
      }
    case 3:
      guard fields[1].count == 2, let month = Self.number(fields[1]), fields[2].count == 2,
        let day = Self.number(fields[2])
      else { throw PartialDateError(input: text, reason: "expected YYYY-MM-DD") }
      guard (1...12).contains(month) else {
        throw PartialDateError(input: text, reason: "month \(month) is out of range 1–12")
      }
      guard CalendarDay(year: year, month: month, day: day) != nil else {
        throw PartialDateError(input: text, reason: "day \(day) does not exist in \(yearText)-\(fields[1])")
      }
      try self.init(year: year, month: month, day: day)
    default:
      throw PartialDateError(input: text, reason: "expected YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD")
    }
  }

  /// Parses a partial date, or returns `nil` when the text is not one.
  public init?(_ description: String) {
    guard let date = try? PartialDate(parsing: description) else { return nil }
    self = date
  }

  /// The date's text form: `2025`, `2025-H1`, `2025-Q3`, `2025-12` or `2025-12-11`.
  public var description: String {
    let year = Self.pad(self.year, 4)
    switch precision {
    case .year: return year
    case .half: return year + "-H\(part)"
    case .quarter: return year + "-Q\(part)"
    case .month: return year + "-" + Self.pad(part, 2)
    case .day: return year + "-" + Self.pad(part, 2) + "-" + Self.pad(dayOfMonth, 2)
    }
  }

  /// Decimal ASCII digits only (no sign, no spaces).
  /// `YYYY`, `YYYY-MM` and `YYYY-MM-DD` read from the bytes when they are valid; `nil` for
  /// anything else, which the full parser reads (and explains when it is wrong).
  private static func parsedQuickly(_ text: String) -> PartialDate? {
    var text = text
    return text.withUTF8 { bytes -> PartialDate? in
      func digits(_ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
          let byte = bytes[index]
          guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
          value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
      }
      guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10, let year = digits(0, 4) else { return nil }
      if bytes.count == 4 { return try? PartialDate(year: year) }
      guard bytes[4] == UInt8(ascii: "-"), let month = digits(5, 2) else { return nil }
      if bytes.count == 7 { return try? PartialDate(year: year, month: month) }
      guard bytes[7] == UInt8(ascii: "-"), let day = digits(8, 2) else { return nil }
      return try? PartialDate(year: year, month: month, day: day)
    }
  }

  private static func number(_ text: String) -> Int? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return nil
    }
    return Int(text)
  }
}
