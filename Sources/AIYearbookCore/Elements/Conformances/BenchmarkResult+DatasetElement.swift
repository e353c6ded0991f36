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
    tagUses + [VocabularyUse("outcome", outcome)] + Self.uses(of: score, field: "score")
      + comparedWith.enumerated().flatMap { Self.uses(of: $1.score, field: "comparedWith[\($0)].score") }
  }

  private static func uses(of score: Quantity?, field: String) -> [VocabularyUse] {
    guard let score else { return [] }
    return [VocabularyUse(field + ".unit", score.unit), VocabularyUse(field + ".qualifier", score.qualifier)]
  }
}
