extension DatePeriod: Comparable {
  /// Orders by first day; of two periods starting together the longer sorts first.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
    if lhs.lastDay != rhs.lastDay { return lhs.lastDay > rhs.lastDay }
    if lhs.start != rhs.start { return lhs.start < rhs.start }
    return lhs.end < rhs.end
  }
}
