/// What every record of the dataset has: an identifier, a date, citations and
/// the links queries filter on.
///
/// The five record types — ``Event``, ``BenchmarkResult``, ``FundingRound``,
/// ``Regulation`` and ``Statistic`` — conform. Generic code over records uses
/// this protocol:
///
/// ```swift
/// func sources<R: Record>(of records: [R]) -> Set<Source.ID> {
///   Set(records.flatMap { $0.citations.map(\.source) })
/// }
/// ```
public protocol Record: DatasetElement {
  /// The record's date (see each type for what it means); `nil` when the text gives none.
  var date: DatePeriod? { get }
  /// The passages that state the record (at least one).
  var citations: [Citation] { get }
  /// Why a value looks doubtful, what was inferred, which passages disagree.
  var note: LocalizedText? { get }
  /// The fields the text did not state directly (`["date"]`).
  var inferred: [String] { get }
  /// Whether the text's list ends in 等: the named organizations or products are not all of them.
  var listIncomplete: Bool { get }
  /// Topic labels.
  var tags: [Tag] { get }
  /// The records of any kind whose passages disagree with this one's (DESIGN §7), by identifier.
  ///
  /// Symmetric: each listed record lists this one back. Empty for most records;
  /// written to JSON only when non-empty (schema 1.1.0).
  var disagreesWith: [String] { get }

  /// Every organization the record links to, in any role.
  var linkedOrganizations: [Organization.ID] { get }
  /// Every product the record links to, in any role.
  var linkedProducts: [Product.ID] { get }
  /// Every region the record applies to.
  var linkedRegions: [Region] { get }
  /// The record's category for grouping: ``Event/category``, ``Regulation/category``,
  /// ``FundingRound/kind``, ``Statistic/kind`` or ``BenchmarkResult/benchmark``.
  var categoryName: String { get }
  /// The value the record states: a statistic's value, a score, an amount; `nil` for the others.
  var primaryValue: RecordValue? { get }
  /// The values of a field only this record type has (``RecordField/metric``,
  /// ``RecordField/roundLabel`` …); `nil` when the type does not have the field.
  ///
  /// Use ``values(of:)``, which also answers the fields every record has.
  func typeSpecificValues(of field: RecordField) -> [String]?
}

extension Record {
  /// Records are records.
  public static var isRecord: Bool { true }

  /// The record's date.
  public var elementDate: DatePeriod? { date }

  /// Records state no value unless their type says so.
  public var primaryValue: RecordValue? { nil }

  /// Records have no type-specific fields unless their type says so.
  public func typeSpecificValues(of field: RecordField) -> [String]? { nil }

  /// The values a field takes for this record, as strings; empty when it has none.
  ///
  /// ```swift
  /// event.values(of: .organization)   // ["org-openai"]
  /// event.values(of: .tag)            // ["models", "agents"]
  /// statistic.values(of: .metric)     // ["metric-genai-users"]
  /// ```
  public func values(of field: RecordField) -> [String] {
    if let specific = typeSpecificValues(of: field) { return specific }
    switch field {
    case .id: return [id.rawValue]
    case .organization, .beneficiary: return linkedOrganizations.map(\.rawValue)
    case .product: return linkedProducts.map(\.rawValue)
    case .region: return linkedRegions.map(\.rawValue)
    case .tag: return tags.map(\.rawValue)
    case .category: return [categoryName]
    case .source:
      var seen: Set<String> = []
      return citations.map(\.source.rawValue).filter { seen.insert($0).inserted }
    default: return []
    }
  }
}

extension Record {
  /// Encodes the fields every record shares (`date` always, `null` when undated).
  func encodeHeader(to encoder: any Encoder) throws {
    try RecordHeader(
      date: date, citations: citations, note: note, inferred: inferred, listIncomplete: listIncomplete, tags: tags,
      disagreesWith: disagreesWith
    ).encode(to: encoder)
  }
}

/// The fields every record shares, decoded and encoded in one place.
struct RecordHeader: Hashable, Sendable {
  var date: DatePeriod?
  var citations: [Citation]
  var note: LocalizedText?
  var inferred: [String]
  var listIncomplete: Bool
  var tags: [Tag]
  var disagreesWith: [String]

  /// The field names every record's JSON object has.
  static var fieldNames: Set<String> { Set(CodingKeys.allCases.map(\.stringValue)) }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case date, citations, note, inferred, listIncomplete, tags, disagreesWith
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard container.contains(.date) else {
      throw DecodingError.keyNotFound(
        CodingKeys.date,
        DecodingError.Context(
          codingPath: container.codingPath, debugDescription: "every record has a date (null when undated)"))
    }
    date = try container.decodeIfPresent(DatePeriod.self, forKey: .date)
    citations = try container.decode([Citation].self, forKey: .citations)
    note = try container.decodeIfPresent(LocalizedText.self, forKey: .note)
    inferred = try container.decodeList(forKey: .inferred)
    listIncomplete = try container.decodeFlag(forKey: .listIncomplete)
    tags = try container.decodeList(forKey: .tags)
    disagreesWith = try container.decodeList(forKey: .disagreesWith)
  }

  init(
    date: DatePeriod?, citations: [Citation], note: LocalizedText?, inferred: [String], listIncomplete: Bool,
    tags: [Tag], disagreesWith: [String] = []
  ) {
    self.date = date
    self.citations = citations
    self.note = note
    self.inferred = inferred
    self.listIncomplete = listIncomplete
    self.tags = tags
    self.disagreesWith = disagreesWith
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(date, forKey: .date)
    try container.encode(citations, forKey: .citations)
    try container.encodeIfPresent(note, forKey: .note)
    if !inferred.isEmpty { try container.encode(inferred, forKey: .inferred) }
    try container.encodeFlag(listIncomplete, forKey: .listIncomplete)
    try container.encode(tags, forKey: .tags)
    if !disagreesWith.isEmpty { try container.encode(disagreesWith, forKey: .disagreesWith) }
  }
}
