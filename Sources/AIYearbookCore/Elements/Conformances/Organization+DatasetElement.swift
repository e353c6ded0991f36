extension Organization: DatasetElement {
  /// ``ElementKind/organization``.
  public static var elementKind: ElementKind { .organization }

  /// ``Dataset/organizations``.
  public static var elements: WritableKeyPath<Dataset, [Organization]> { \.organizations }

  /// The organization inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> Organization? {
    if case .organization(let value) = element { value } else { nil }
  }

  /// The organization, type-erased.
  public var erased: AnyElement { .organization(self) }

  /// Its names in both languages, its aliases and its lookup names.
  public var names: [String] { [name.zh, name.en] + aliases + lookupNames }

  /// The vocabulary values it uses.
  public var vocabularyUses: [VocabularyUse] {
    [VocabularyUse("kind", kind)]
  }
}
