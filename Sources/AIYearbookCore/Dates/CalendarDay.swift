/// A day of the proleptic Gregorian calendar, without time or time zone.
///
/// The first and last days a ``PartialDate`` covers are calendar days.
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, 1–31.
  public let day: Int

  /// Creates a day, or returns `nil` when it does not exist (`2025-02-30`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...CalendarDay.numberOfDays(inMonth: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day as `YYYY-MM-DD`.
  public var description: String {
    PartialDate.pad(year, 4) + "-" + PartialDate.pad(month, 2) + "-" + PartialDate.pad(day, 2)
  }

  /// Orders days chronologically.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Whether `year` is a leap year in the Gregorian calendar.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month of a year.
  public static func numberOfDays(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The last day of a month; `month` must be 1–12.
  static func lastDay(ofMonth month: Int, year: Int) -> CalendarDay {
    CalendarDay(uncheckedYear: year, month: month, day: numberOfDays(inMonth: month, year: year))
  }

  init(uncheckedYear year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }
}
