extension Regulation {
  /// ``ElementKind/regulation``.
  public static var elementKind: ElementKind { .regulation }

  /// ``Dataset/regulations``.
  public static var elements: WritableKeyPath<Dataset, [Regulation]> { \.regulations }

  /// The regulation inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> Regulation? {
    if case .regulation(let value) = element { value } else { nil }
  }

  /// The regulation, type-erased.
  public var erased: AnyElement { .regulation(self) }

  /// `status`.
  public func typeSpecificValues(of field: RecordField) -> [String]? {
    switch field {
    case .status: [status.rawValue]
    default: nil
    }
  }

  /// The vocabulary values it uses.
  public var vocabularyUses: [VocabularyUse] {
    tagUses + [VocabularyUse("category", category), VocabularyUse("status", status)]
      + milestones.enumerated().map { VocabularyUse("milestones[\($0)].kind", $1.kind) }
  }
}
