extension PartialDate: Comparable {
  /// Orders by first day; a coarser date sorts before the finer dates it contains.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
    if lhs.lastDay != rhs.lastDay { return lhs.lastDay > rhs.lastDay }
    return lhs.precision < rhs.precision
  }
}
