extension BenchmarkResult {
  /// ``ElementKind/benchmarkResult``.
  public static var elementKind: ElementKind { .benchmarkResult }

  /// ``Dataset/benchmarkResults``.
  public static var elements: WritableKeyPath<Dataset, [BenchmarkResult]> { \.benchmarkResults }

  /// The result inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> BenchmarkResult? {
    if case .benchmarkResult(let value) = element { value } else { nil }
  }

  /// The result, type-erased.
  public var erased: AnyElement { .benchmarkResult(self) }

  /// The score, when the result states one.
  public var primaryValue: RecordValue? { score.map(RecordValue.quantity) }

  /// `benchmark`.
  public func typeSpecificValues(of field: RecordField) -> [String]? {
    switch field {
    case .benchmark: [benchmark.rawValue]
    default: nil
    }
  }

  /// The vocabulary values it uses.
  public var vocabularyUses: [VocabularyUse] {
    tagUses + [VocabularyUse("outcome", outcome)]
  }
}
