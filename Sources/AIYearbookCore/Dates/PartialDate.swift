/// A date known to a year, a half, a quarter, a month or a day.
///
/// The source documents date things as precisely as they know them: 2025年,
/// 上半年, 第三季度, 12月, 12月11日. A partial date keeps exactly that precision, never
/// a guessed day. Its text form is a contract of the dataset:
///
/// | form | precision | example |
/// | --- | --- | --- |
/// | `YYYY` | ``Precision/year`` | `2025` |
/// | `YYYY-Hn` | ``Precision/half`` | `2025-H1` |
/// | `YYYY-Qn` | ``Precision/quarter`` | `2025-Q3` |
/// | `YYYY-MM` | ``Precision/month`` | `2025-12` |
/// | `YYYY-MM-DD` | ``Precision/day`` | `2025-12-11` |
///
/// ```swift
/// let december = try PartialDate(parsing: "2025-12")
/// december.firstDay        // 2025-12-01
/// december.lastDay         // 2025-12-31
/// try PartialDate(parsing: "2025") < december   // true: a coarser date sorts first
/// try PartialDate(parsing: "2025-13")           // throws: month 13 is out of range
/// ```
///
/// Partial dates are ordered by their first day; a coarser date sorts before
/// the finer dates it contains (`2025` < `2025-H1` < `2025-Q1` < `2025-01` <
/// `2025-01-01`).
public struct PartialDate: Hashable, Sendable {
  /// How precisely a ``PartialDate`` is known.
  public enum Precision: Int, Hashable, Sendable, Comparable, CaseIterable {
    /// A year: `2025`.
    case year
    /// A half-year: `2025-H1`.
    case half
    /// A quarter: `2025-Q3`.
    case quarter
    /// A month: `2025-12`.
    case month
    /// A day: `2025-12-11`.
    case day

    /// Orders precisions from coarse to fine.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The year.
  public let year: Int
  /// How precisely the date is known.
  public let precision: Precision
  /// The half (1–2), quarter (1–4) or month (1–12), by precision; 0 for a year.
  let part: Int
  /// The day of the month, or 0.
  let dayOfMonth: Int

  private init(year: Int, precision: Precision, part: Int, dayOfMonth: Int) {
    self.year = year
    self.precision = precision
    self.part = part
    self.dayOfMonth = dayOfMonth
  }

  /// Creates a date known to the year.
  ///
  /// - Throws: ``PartialDateError`` when the year is not in 1000–9999.
  public init(year: Int) throws(PartialDateError) {
    try Self.checkYear(year, input: String(year))
    self.init(year: year, precision: .year, part: 0, dayOfMonth: 0)
  }

  /// Creates a date known to the month, or to the day when `day` is given.
  ///
  /// - Throws: ``PartialDateError`` when the month or day does not exist.
  public init(year: Int, month: Int, day: Int? = nil) throws(PartialDateError) {
    let input = Self.pad(year, 4) + "-" + Self.pad(month, 2) + (day.map { "-" + Self.pad($0, 2) } ?? "")
    try Self.checkYear(year, input: input)
    guard (1...12).contains(month) else {
      throw PartialDateError(input: input, reason: "month \(month) is out of range 1–12")
    }
    if let day {
      guard CalendarDay(year: year, month: month, day: day) != nil else {
        throw PartialDateError(
          input: input,
          reason: "day \(day) does not exist in \(Self.pad(year, 4))-\(Self.pad(month, 2))")
      }
      self.init(year: year, precision: .day, part: month, dayOfMonth: day)
    } else {
      self.init(year: year, precision: .month, part: month, dayOfMonth: 0)
    }
  }

  /// Creates a date known to the half-year (1 or 2).
  ///
  /// - Throws: ``PartialDateError`` when `half` is not 1 or 2.
  public init(year: Int, half: Int) throws(PartialDateError) {
    let input = Self.pad(year, 4) + "-H\(half)"
    try Self.checkYear(year, input: input)
    guard (1...2).contains(half) else { throw PartialDateError(input: input, reason: "half \(half) is not 1 or 2") }
    self.init(year: year, precision: .half, part: half, dayOfMonth: 0)
  }

  /// Creates a date known to the quarter (1–4).
  ///
  /// - Throws: ``PartialDateError`` when `quarter` is not 1–4.
  public init(year: Int, quarter: Int) throws(PartialDateError) {
    let input = Self.pad(year, 4) + "-Q\(quarter)"
    try Self.checkYear(year, input: input)
    guard (1...4).contains(quarter) else {
      throw PartialDateError(input: input, reason: "quarter \(quarter) is out of range 1–4")
    }
    self.init(year: year, precision: .quarter, part: quarter, dayOfMonth: 0)
  }

  /// The month (1–12) for month and day precision; otherwise `nil`.
  public var month: Int? { precision >= .month ? part : nil }
  /// The day of the month for day precision; otherwise `nil`.
  public var day: Int? { precision == .day ? dayOfMonth : nil }
  /// The half-year (1–2) for half precision; otherwise `nil`.
  public var half: Int? { precision == .half ? part : nil }
  /// The quarter (1–4) for quarter precision; otherwise `nil`.
  public var quarter: Int? { precision == .quarter ? part : nil }

  /// The first calendar day the date covers.
  public var firstDay: CalendarDay {
    switch precision {
    case .year: CalendarDay(uncheckedYear: year, month: 1, day: 1)
    case .half: CalendarDay(uncheckedYear: year, month: part * 6 - 5, day: 1)
    case .quarter: CalendarDay(uncheckedYear: year, month: part * 3 - 2, day: 1)
    case .month: CalendarDay(uncheckedYear: year, month: part, day: 1)
    case .day: CalendarDay(uncheckedYear: year, month: part, day: dayOfMonth)
    }
  }

  /// The last calendar day the date covers.
  public var lastDay: CalendarDay {
    switch precision {
    case .year: CalendarDay.lastDay(ofMonth: 12, year: year)
    case .half: CalendarDay.lastDay(ofMonth: part * 6, year: year)
    case .quarter: CalendarDay.lastDay(ofMonth: part * 3, year: year)
    case .month: CalendarDay.lastDay(ofMonth: part, year: year)
    case .day: firstDay
    }
  }

  /// The same date at a coarser precision: `2025-12-11` truncated to `.quarter` is `2025-Q4`.
  ///
  /// A date already coarser than `precision` is returned unchanged: the bucket of
  /// `2025` by month is `2025`, never a guessed month.
  public func truncated(to precision: Precision) -> PartialDate {
    guard precision < self.precision else { return self }
    let month = firstDay.month
    switch precision {
    case .year: return PartialDate(year: year, precision: .year, part: 0, dayOfMonth: 0)
    case .half: return PartialDate(year: year, precision: .half, part: (month + 5) / 6, dayOfMonth: 0)
    case .quarter: return PartialDate(year: year, precision: .quarter, part: (month + 2) / 3, dayOfMonth: 0)
    case .month: return PartialDate(year: year, precision: .month, part: month, dayOfMonth: 0)
    case .day: return self
    }
  }

  /// Whether every day of `other` is a day of this date.
  public func contains(_ other: PartialDate) -> Bool {
    firstDay <= other.firstDay && other.lastDay <= lastDay
  }

  /// Whether this date and `other` share at least one day.
  public func overlaps(_ other: PartialDate) -> Bool {
    firstDay <= other.lastDay && other.firstDay <= lastDay
  }

  static func checkYear(_ year: Int, input: String) throws(PartialDateError) {
    guard (1000...9999).contains(year) else {
      throw PartialDateError(input: input, reason: "the year must have four digits")
    }
  }

  static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
