#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// How a ``RecordQuery`` orders its results.
///
/// ```swift
/// yearbook.events.sorted(by: .date)            // oldest first, undated last
/// yearbook.statistics.sorted(by: .valueDescending)  // largest value first
/// ```
public struct RecordOrdering<Element: Record>: Sendable {
  let compare: @Sendable (Element, Element) -> ComparisonResult

  /// An ordering from a comparison function.
  public init(_ compare: @escaping @Sendable (Element, Element) -> ComparisonResult) {
    self.compare = compare
  }

  /// Oldest first by the start of the date (a coarser date before the finer
  /// dates it contains); undated records last.
  public static var date: Self { by { $0.date } }

  /// Orders by a comparable key; records without a key come last in either direction.
  public static func by<Key: Comparable & SendableMetatype>(
    _ key: @escaping @Sendable (Element) -> Key?, descending: Bool = false
  ) -> Self {
    Self { lhs, rhs in
      switch (key(lhs), key(rhs)) {
      case (nil, nil): return .orderedSame
      case (nil, _): return .orderedDescending
      case (_, nil): return .orderedAscending
      case (let left?, let right?):
        if left == right { return .orderedSame }
        return (left < right) != descending ? .orderedAscending : .orderedDescending
      }
    }
  }

  /// Newest first; undated records last.
  public static var dateDescending: Self {
    by({ $0.date }, descending: true)
  }
}

extension RecordOrdering where Element == Statistic {
  /// Smallest value first; statistics without a value last.
  public static var value: Self { by { $0.value.value } }
  /// Largest value first; statistics without a value last.
  public static var valueDescending: Self { by({ $0.value.value }, descending: true) }
}

extension RecordOrdering where Element == BenchmarkResult {
  /// Lowest score first; results without a score last.
  public static var value: Self { by { $0.score?.value } }
  /// Highest score first; results without a score last.
  public static var valueDescending: Self { by({ $0.score?.value }, descending: true) }
}

extension RecordOrdering where Element == FundingRound {
  /// Smallest amount first, compared in one currency at each round's year's
  /// rate; rounds without an amount, a date or a rate come last.
  public static func amount(
    in currency: Currency = .usd, using rates: ExchangeRates = .default, descending: Bool = false
  ) -> Self {
    by(
      { round in try? round.amount.map { try rates.convert($0, on: round.date, to: currency) }?.amount },
      descending: descending)
  }
}
