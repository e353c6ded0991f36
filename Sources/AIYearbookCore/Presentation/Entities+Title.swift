extension Organization {
  /// The organization's name.
  public func title(names: some RecordNaming) -> LocalizedText { name }

  /// Its names in both languages, its aliases and its lookup names.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    ReadableText.both(.title, name) + (aliases + lookupNames).map { ReadableText(.alias, $0) }
  }
}

extension Product {
  /// The product's name.
  public func title(names: some RecordNaming) -> LocalizedText { name }

  /// Its names in both languages, its aliases and its lookup names.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    ReadableText.both(.title, name) + (aliases + lookupNames).map { ReadableText(.alias, $0) }
  }
}

extension Benchmark {
  /// The benchmark's name.
  public func title(names: some RecordNaming) -> LocalizedText { name }

  /// Its names, aliases, metric labels and description.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    ReadableText.both(.title, name) + aliases.map { ReadableText(.alias, $0) }
      + metrics.flatMap { ReadableText.both(.label, $0.label) } + ReadableText.both(.summary, description)
  }
}

extension Metric {
  /// The metric's label.
  public func title(names: some RecordNaming) -> LocalizedText { label }

  /// Its label, population and definition.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    ReadableText.both(.title, label) + ReadableText.both(.label, population) + ReadableText.both(.summary, definition)
  }
}

extension Source {
  /// The document's title.
  public func title(names: some RecordNaming) -> LocalizedText { title }

  /// Its title, publisher, summary and note.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    ReadableText.both(.title, title) + ReadableText.both(.label, publisher) + ReadableText.both(.summary, summary)
      + ReadableText.both(.note, note)
  }

  /// The document's date.
  public var elementDate: DatePeriod? { date }
}
