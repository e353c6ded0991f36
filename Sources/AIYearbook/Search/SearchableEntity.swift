/// An entity free-text search finds: its kind, title, date and readable texts.
///
/// The five entity types conform; records use ``Record/readableTexts(names:)``.
protocol SearchableEntity {
  /// The kind of search result the entity is.
  static var searchKind: SearchResult.Kind { get }
  /// The identifier, as a string.
  var searchID: String { get }
  /// The name or title shown for it.
  var searchTitle: LocalizedText { get }
  /// Its date, if it has one (sources).
  var searchDate: DatePeriod? { get }
  /// The texts a reader sees, with their roles.
  var readableTexts: [ReadableText] { get }
}

extension SearchableEntity {
  var searchDate: DatePeriod? { nil }
}

extension Organization: SearchableEntity {
  static var searchKind: SearchResult.Kind { .organization }
  var searchID: String { id.rawValue }
  var searchTitle: LocalizedText { name }
  var readableTexts: [ReadableText] {
    ReadableText.both(.title, name) + (aliases + lookupNames).map { ReadableText(.alias, $0) }
  }
}

extension Product: SearchableEntity {
  static var searchKind: SearchResult.Kind { .product }
  var searchID: String { id.rawValue }
  var searchTitle: LocalizedText { name }
  var readableTexts: [ReadableText] {
    ReadableText.both(.title, name) + (aliases + lookupNames).map { ReadableText(.alias, $0) }
  }
}

extension Benchmark: SearchableEntity {
  static var searchKind: SearchResult.Kind { .benchmark }
  var searchID: String { id.rawValue }
  var searchTitle: LocalizedText { name }
  var readableTexts: [ReadableText] {
    ReadableText.both(.title, name) + aliases.map { ReadableText(.alias, $0) }
      + metrics.flatMap { ReadableText.both(.label, $0.label) } + ReadableText.both(.summary, description)
  }
}

extension Metric: SearchableEntity {
  static var searchKind: SearchResult.Kind { .metric }
  var searchID: String { id.rawValue }
  var searchTitle: LocalizedText { label }
  var readableTexts: [ReadableText] {
    ReadableText.both(.title, label) + ReadableText.both(.label, population)
      + ReadableText.both(.summary, definition)
  }
}

extension Source: SearchableEntity {
  static var searchKind: SearchResult.Kind { .source }
  var searchID: String { id.rawValue }
  var searchTitle: LocalizedText { title }
  var searchDate: DatePeriod? { date }
  var readableTexts: [ReadableText] {
    ReadableText.both(.title, title) + ReadableText.both(.label, publisher) + ReadableText.both(.summary, summary)
      + ReadableText.both(.note, note)
  }
}

extension ReadableText {
  /// Both languages of `text`, in the role (Chinese first).
  static func both(_ role: Role, _ text: LocalizedText?) -> [ReadableText] {
    guard let text else { return [] }
    return [ReadableText(role, text.zh), ReadableText(role, text.en)]
  }
}
