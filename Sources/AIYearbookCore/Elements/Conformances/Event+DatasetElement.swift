extension Event {
  /// ``ElementKind/event``.
  public static var elementKind: ElementKind { .event }

  /// ``Dataset/events``.
  public static var elements: WritableKeyPath<Dataset, [Event]> { \.events }

  /// The event inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> Event? {
    if case .event(let value) = element { value } else { nil }
  }

  /// The event, type-erased.
  public var erased: AnyElement { .event(self) }

  /// The vocabulary values it uses.
  public var vocabularyUses: [VocabularyUse] {
    tagUses + [VocabularyUse("category", category)]
  }
}
