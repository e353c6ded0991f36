extension Product: DatasetElement {
  /// ``ElementKind/product``.
  public static var elementKind: ElementKind { .product }

  /// ``Dataset/products``.
  public static var elements: WritableKeyPath<Dataset, [Product]> { \.products }

  /// The product inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> Product? {
    if case .product(let value) = element { value } else { nil }
  }

  /// The product, type-erased.
  public var erased: AnyElement { .product(self) }

  /// Its names in both languages, its aliases and its lookup names.
  public var names: [String] { [name.zh, name.en] + aliases + lookupNames }

  /// The vocabulary values it uses.
  public var vocabularyUses: [VocabularyUse] {
    [VocabularyUse("kind", kind)]
  }
}
