/// What a record contributes to a side of a ``Conflict``: the value or date it states.
///
/// The five record kinds conform, so the conflict rules are written once, generically.
protocol ConflictSideSource: Record {
  /// The record's own value (a statistic's value, a score, an amount) or else its date.
  var conflictValue: Conflict.Value? { get }
}

extension ConflictSideSource {
  /// The side for the record's own value, cited by its first citation (the passage that states the value).
  func ownSide() -> Conflict.Side? {
    guard let citation = citations.first else { return nil }
    return side(value: conflictValue, citation: citation)
  }

  /// A side of this record with `value`, as `citation` states it.
  func side(value: Conflict.Value?, citation: Citation) -> Conflict.Side {
    Conflict.Side(
      record: id.rawValue, kind: Self.elementKind, value: value, source: citation.source, quote: citation.quote,
      note: note)
  }
}

extension Event: ConflictSideSource {
  var conflictValue: Conflict.Value? { date.map { .date($0) } }
}

extension Regulation: ConflictSideSource {
  var conflictValue: Conflict.Value? { date.map { .date($0) } }
}

extension Statistic: ConflictSideSource {
  var conflictValue: Conflict.Value? { .quantity(value) }
}

extension BenchmarkResult: ConflictSideSource {
  var conflictValue: Conflict.Value? { score.map { .quantity($0) } ?? date.map { .date($0) } }
}

extension FundingRound: ConflictSideSource {
  var conflictValue: Conflict.Value? { amount.map { .money($0) } ?? date.map { .date($0) } }
}
