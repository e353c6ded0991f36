extension Statistic {
  /// ``ElementKind/statistic``.
  public static var elementKind: ElementKind { .statistic }

  /// ``Dataset/statistics``.
  public static var elements: WritableKeyPath<Dataset, [Statistic]> { \.statistics }

  /// The statistic inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> Statistic? {
    if case .statistic(let value) = element { value } else { nil }
  }

  /// The statistic, type-erased.
  public var erased: AnyElement { .statistic(self) }

  /// The statistic's value.
  public var primaryValue: RecordValue? { .quantity(value) }

  /// `metric`, `kind` and `measure`.
  public func typeSpecificValues(of field: RecordField) -> [String]? {
    switch field {
    case .metric: [metric.rawValue]
    case .kind: [kind.rawValue]
    case .measure: [measure.rawValue]
    default: nil
    }
  }

  /// The vocabulary values it uses.
  public var vocabularyUses: [VocabularyUse] {
    tagUses + [VocabularyUse("kind", kind), VocabularyUse("measure", measure), VocabularyUse("value.unit", value.unit)]
      + [VocabularyUse("value.qualifier", value.qualifier)]
      + (direction.map { [VocabularyUse("direction", $0)] } ?? [])
      + (breakdown.map {
        [
          VocabularyUse("breakdown.dimension", Breakdown.Dimension($0.dimension)),
          VocabularyUse("breakdown.kind", $0.kind),
        ]
      } ?? [])
  }
}
