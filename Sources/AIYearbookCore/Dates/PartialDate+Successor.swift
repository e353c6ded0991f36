extension PartialDate {
  /// The date that follows at the same precision: `2025-12` → `2026-01`,
  /// `2025-H2` → `2026-H1`, `2024-02-29` → `2024-03-01`.
  ///
  /// Returns `nil` after the year 9999.
  public func successor() -> PartialDate? {
    switch precision {
    case .year: return try? PartialDate(year: year + 1)
    case .half: return part == 2 ? try? PartialDate(year: year + 1, half: 1) : try? PartialDate(year: year, half: 2)
    case .quarter:
      return part == 4 ? try? PartialDate(year: year + 1, quarter: 1) : try? PartialDate(year: year, quarter: part + 1)
    case .month:
      return part == 12 ? try? PartialDate(year: year + 1, month: 1) : try? PartialDate(year: year, month: part + 1)
    case .day:
      let last = CalendarDay.numberOfDays(inMonth: part, year: year)
      if dayOfMonth < last { return try? PartialDate(year: year, month: part, day: dayOfMonth + 1) }
      return part == 12
        ? try? PartialDate(year: year + 1, month: 1, day: 1) : try? PartialDate(year: year, month: part + 1, day: 1)
    }
  }
}
