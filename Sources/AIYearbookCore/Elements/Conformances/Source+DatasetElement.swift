extension Source: DatasetElement {
  /// ``ElementKind/source``.
  public static var elementKind: ElementKind { .source }

  /// ``Dataset/sources``.
  public static var elements: WritableKeyPath<Dataset, [Source]> { \.sources }

  /// The source inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> Source? {
    if case .source(let value) = element { value } else { nil }
  }

  /// The source, type-erased.
  public var erased: AnyElement { .source(self) }

  /// Its names in both languages and its aliases.
  public var names: [String] { [title.zh, title.en] }
}
