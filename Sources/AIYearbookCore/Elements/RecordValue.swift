/// The value a record states, when it states one: a statistic's value, a
/// benchmark result's score, a funding round's amount.
///
/// Orderings by value and totals read it through ``Record/primaryValue``
/// without knowing the record's type.
///
/// ```swift
/// round.primaryValue    // .money(USD 40000000000)
/// event.primaryValue    // nil
/// ```
public enum RecordValue: Hashable, Sendable, Codable {
  /// A quantity (a statistic's value, a score).
  case quantity(Quantity)
  /// An amount of money (a funding round's amount).
  case money(Money)
}
