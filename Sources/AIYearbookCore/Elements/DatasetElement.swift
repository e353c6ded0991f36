/// What every element of a dataset has — the five entities and the five
/// records — and where its collection lives.
///
/// Each conforming type describes its collection once: its ``elementKind`` (export
/// key and identifier prefix), the key path of its array in ``Dataset``, and how
/// to wrap it in ``AnyElement``. Generic code over the dataset uses these
/// instead of listing the collections or casting:
///
/// ```swift
/// func identifiers<E: DatasetElement>(_ type: E.Type, in dataset: Dataset) -> [String] {
///   dataset[keyPath: E.elements].map(\.id.rawValue)
/// }
/// identifiers(Event.self, in: dataset)   // ["event-…", …]
/// ```
public protocol DatasetElement: Identifiable, Hashable, Sendable, Codable where ID == Identifier<Self> {
  /// The kind of element this type is.
  static var elementKind: ElementKind { get }
  /// The prefix of this kind's identifiers (`event-`).
  static var idPrefix: String { get }
  /// Whether this type is a record (dated and cited) rather than an entity.
  static var isRecord: Bool { get }
  /// The array of this type's elements in a ``Dataset``.
  static var elements: WritableKeyPath<Dataset, [Self]> { get }
  /// The field names of this type's JSON object, for reporting fields a newer
  /// version added.
  static var fieldNames: Set<String> { get }
  /// Unwraps a type-erased element of this type.
  ///
  /// - Returns: The element, or `nil` when `element` is of another kind.
  static func unwrap(_ element: AnyElement) -> Self?

  /// The element's identifier.
  var id: ID { get }
  /// The element, type-erased.
  var erased: AnyElement { get }
  /// The names a person may type for this element — zh and en names, aliases,
  /// lookup names; empty for records.
  var names: [String] { get }
  /// The date shown with the element: a record's date, a source's date; `nil` for other entities.
  var elementDate: DatePeriod? { get }
  /// The vocabulary values the element uses (tags, categories, kinds, statuses, units …).
  var vocabularyUses: [VocabularyUse] { get }

  /// The element's readable title, with names, not identifiers.
  ///
  /// Entities: their name (a metric: its label; a source: its title).
  /// Events, funding rounds and regulations: their `title`. A benchmark
  /// result: its subject on its benchmark (`GPT-5.2 on GDPval`,
  /// `GPT-5.2：GDPval`). A statistic: a headline of its metric label and its
  /// scope — products, organizations, regions, locality, population,
  /// breakdown dimension and category, period — e.g.
  /// `Share of generative-AI users by attribute (China, age: 20–29, 2025-06)`.
  ///
  /// - Parameter names: Where to look up the names of the entities the element refers to.
  /// - Returns: The title in Chinese and English.
  func title(names: some RecordNaming) -> LocalizedText

  /// Every text a reader sees in the element, each with its role: title,
  /// names and aliases, labels, summaries, notes, quotes and locators.
  ///
  /// - Parameter names: Where to look up the names of the entities the element refers to.
  /// - Returns: The texts, the title first.
  func readableTexts(names: some RecordNaming) -> [ReadableText]
}

extension DatasetElement {
  /// The element's identifier as a string, also through `any DatasetElement` or `any Record`.
  ///
  /// ```swift
  /// let record: any Record = event
  /// record.rawID   // "event-2025-12-11-openai-releases-gpt-5-2"
  /// ```
  public var rawID: String { id.rawValue }

  /// The element's kind, also through `any DatasetElement` or `any Record`.
  public var elementKind: ElementKind { Self.elementKind }

  /// The prefix of this kind's identifiers.
  public static var idPrefix: String { elementKind.defaultIDPrefix }

  /// Elements are entities unless they are ``Record``s.
  public static var isRecord: Bool { false }

  /// Entities have no names unless they say so.
  public var names: [String] { [] }

  /// Elements have no date unless they say so.
  public var elementDate: DatePeriod? { nil }

  /// Elements use no vocabulary unless they say so.
  public var vocabularyUses: [VocabularyUse] { [] }
}

extension ElementKind {
  /// The identifier prefix DESIGN §3 gives each kind.
  var defaultIDPrefix: String {
    switch self {
    case .source: "src-"
    case .organization: "org-"
    case .product: "product-"
    case .benchmark: "benchmark-"
    case .metric: "metric-"
    case .event: "event-"
    case .benchmarkResult: "result-"
    case .fundingRound: "funding-"
    case .regulation: "regulation-"
    case .statistic: "stat-"
    }
  }
}
