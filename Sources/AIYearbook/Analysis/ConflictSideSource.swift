/// What a record contributes to a side of a ``Conflict``: the value or date it states.
extension Record {
  /// The record's own value (a statistic's value, a score, an amount) or else its date.
  var conflictValue: Conflict.Value? {
    switch primaryValue {
    case .quantity(let quantity): .quantity(quantity)
    case .money(let money): .money(money)
    case nil: date.map { .date($0) }
    }
  }

  /// The side for the record's own value, cited by its first citation (the passage that states the value).
  func ownSide() -> Conflict.Side? {
    guard let citation = citations.first else { return nil }
    return side(value: conflictValue, citation: citation)
  }

  /// A side of this record with `value`, as `citation` states it.
  func side(value: Conflict.Value?, citation: Citation) -> Conflict.Side {
    Conflict.Side(
      record: id.rawValue, kind: Self.elementKind, value: value, source: citation.source, quote: citation.quote,
      locator: citation.locator,
      note: note)
  }
}
