/// How a ``RecordQuery`` orders its results.
///
/// Records without a key (undated, no value) come last in either direction;
/// ties keep identifier order.
///
/// ```swift
/// yearbook.events.sorted(by: .date)                  // oldest first, undated last
/// yearbook.events.sorted(by: .date.reversed())       // newest first, undated still last
/// yearbook.statistics.sorted(by: .value().reversed()) // largest value first
/// yearbook.fundingRounds.sorted(by: .value(in: .usd)) // smallest amount in US dollars first
/// ```
public struct RecordOrdering<Element: Record>: Sendable {
  /// The ordering's name (`date`, `value`), for display.
  public let name: String
  /// Whether the order is reversed (largest or latest first).
  public let isDescending: Bool
  let key: @Sendable (Element) -> SortKey?

  /// An ordering by a key; records without a key come last in either direction.
  ///
  /// ```swift
  /// let byTitle = RecordOrdering<Event>(name: "title") { $0.title.en }
  /// ```
  public init<Key: Comparable & Sendable>(
    name: String, descending: Bool = false, key: @escaping @Sendable (Element) -> Key?
  ) {
    self.name = name
    self.isDescending = descending
    self.key = { record in key(record).map { SortKey($0) } }
  }

  private init(name: String, isDescending: Bool, key: @escaping @Sendable (Element) -> SortKey?) {
    self.name = name
    self.isDescending = isDescending
    self.key = key
  }

  /// The same ordering, the other way round; records without a key stay last.
  public func reversed() -> Self { Self(name: name, isDescending: !isDescending, key: key) }

  /// Oldest first by the start of the date (a coarser date before the finer
  /// dates it contains); undated records last.
  public static var date: Self { Self(name: "date") { $0.date } }

  /// Smallest value first: a statistic's value, a score, a funding amount
  /// converted to `currency` at its year's rate; records without one (or
  /// without a rate) last.
  ///
  /// - Parameters:
  ///   - currency: The currency amounts are compared in.
  ///   - rates: The exchange rates.
  public static func value(in currency: Currency = .usd, using rates: ExchangeRates = .default) -> Self {
    Self(name: "value") { record -> Double? in
      switch record.primaryValue {
      case .quantity(let quantity): quantity.value
      case .money(let money): try? rates.convert(money, on: record.date, to: currency).amount
      case nil: nil
      }
    }
  }

  /// Whether `lhs` comes before `rhs`; `nil` when they tie.
  func compare(_ lhs: SortKey?, _ rhs: SortKey?) -> Bool? {
    switch (lhs, rhs) {
    case (nil, nil): return nil
    case (nil, _): return false
    case (_, nil): return true
    case (let left?, let right?):
      if left == right { return nil }
      return (left < right) != isDescending
    }
  }
}

/// A type-erased comparable key.
struct SortKey: Comparable, Sendable {
  private let value: any Comparable & Sendable
  private let less: @Sendable (any Comparable & Sendable) -> Bool
  private let equal: @Sendable (any Comparable & Sendable) -> Bool

  init<Key: Comparable & Sendable>(_ key: Key) {
    value = key
    less = { other in (other as? Key).map { key < $0 } ?? false }
    equal = { other in (other as? Key).map { key == $0 } ?? false }
  }

  static func < (lhs: SortKey, rhs: SortKey) -> Bool { lhs.less(rhs.value) }
  static func == (lhs: SortKey, rhs: SortKey) -> Bool { lhs.equal(rhs.value) }
}
