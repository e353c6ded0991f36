extension Metric: DatasetElement {
  /// ``ElementKind/metric``.
  public static var elementKind: ElementKind { .metric }

  /// ``Dataset/metrics``.
  public static var elements: WritableKeyPath<Dataset, [Metric]> { \.metrics }

  /// The metric inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> Metric? {
    if case .metric(let value) = element { value } else { nil }
  }

  /// The metric, type-erased.
  public var erased: AnyElement { .metric(self) }

  /// Its names in both languages and its aliases.
  public var names: [String] { [label.zh, label.en] }

  /// Its unit.
  public var vocabularyUses: [VocabularyUse] { [VocabularyUse("unit", unit)] }
}
