/// Calendar days as integers that order like the days: `year × 512 + month × 32 + day`.
enum DayNumber {
  /// The number of a day.
  static func of(_ day: CalendarDay) -> Int32 { Int32(day.year * 512 + day.month * 32 + day.day) }
}
