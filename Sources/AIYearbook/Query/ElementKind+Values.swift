extension ElementKind {
  /// Whether records of this kind state a value that ``RecordOrdering/value(in:using:)``
  /// orders by: statistics, benchmark results and funding rounds.
  public var hasValues: Bool { self == .statistic || self == .benchmarkResult || self == .fundingRound }

  /// Whether records of this kind state amounts of money that
  /// ``RecordQuery/totalAmount(in:using:)`` adds up: funding rounds.
  public var hasAmounts: Bool { self == .fundingRound }
}
