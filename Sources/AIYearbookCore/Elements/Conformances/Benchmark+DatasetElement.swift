extension Benchmark: DatasetElement {
  /// ``ElementKind/benchmark``.
  public static var elementKind: ElementKind { .benchmark }

  /// ``Dataset/benchmarks``.
  public static var elements: WritableKeyPath<Dataset, [Benchmark]> { \.benchmarks }

  /// The benchmark inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> Benchmark? {
    if case .benchmark(let value) = element { value } else { nil }
  }

  /// The benchmark, type-erased.
  public var erased: AnyElement { .benchmark(self) }

  /// Its names in both languages and its aliases.
  public var names: [String] { [name.zh, name.en] + aliases }

  /// Each metric's unit and preferred direction.
  public var vocabularyUses: [VocabularyUse] {
    metrics.enumerated().flatMap { index, metric in
      [VocabularyUse("metrics[\(index)].unit", metric.unit), VocabularyUse("metrics[\(index)].better", metric.better)]
    }
  }
}
