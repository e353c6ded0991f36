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
public protocol Record: Identifiable, Hashable, Sendable, Codable where ID == Identifier<Self> {
  /// Which of the five kinds the record is.
  static var recordKind: RecordKind { get }

  /// The record's identifier.
  var id: ID { get }
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

  /// Every organization the record links to, in any role.
  var linkedOrganizations: [Organization.ID] { get }
  /// Every product the record links to, in any role.
  var linkedProducts: [Product.ID] { get }
  /// Every region the record applies to.
  var linkedRegions: [Region] { get }
  /// The record's category for grouping: ``Event/category``, ``Regulation/category``,
  /// ``FundingRound/kind``, ``Statistic/kind`` or ``BenchmarkResult/benchmark``.
  var categoryName: String { get }
  /// Text a person reads about the record, for display and free-text search.
  ///
  /// ``BenchmarkResult`` and ``Statistic`` spell identifiers here; use
  /// ``title(names:)`` for a readable title.
  var headline: LocalizedText { get }

  /// The record's readable title, with names, not identifiers.
  ///
  /// Events, funding rounds and regulations: their `title`. A benchmark
  /// result: its subject on its benchmark (`GPT-5.2 on GDPval`,
  /// `GPT-5.2：GDPval`). A statistic: a headline of its metric label and its
  /// scope — products, organizations, regions, locality, population,
  /// breakdown dimension and category, period — e.g.
  /// `Share of generative-AI users by attribute (China, age: 20–29, 2025-06)`.
  ///
  /// - Parameter names: Where to look up the names of the entities the record refers to.
  /// - Returns: The title in Chinese and English.
  func title(names: some RecordNaming) -> LocalizedText

  /// Every text a reader sees in the record, each with its role: title,
  /// aliases, labels, summaries, note, quotes and locators.
  ///
  /// - Parameter names: Where to look up the names of the entities the record refers to.
  /// - Returns: The texts, the title first.
  func readableTexts(names: some RecordNaming) -> [ReadableText]
}

/// The five kinds of record, with their keys in the export format.
public enum RecordKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// ``Event`` records (`events`).
  case event = "events"
  /// ``BenchmarkResult`` records (`benchmarkResults`).
  case benchmarkResult = "benchmarkResults"
  /// ``FundingRound`` records (`fundingRounds`).
  case fundingRound = "fundingRounds"
  /// ``Regulation`` records (`regulations`).
  case regulation = "regulations"
  /// ``Statistic`` records (`statistics`).
  case statistic = "statistics"

  /// The key of this kind's array in the export format (`events`).
  public var exportKey: String { rawValue }

  /// The prefix of this kind's identifiers (`event-`).
  public var idPrefix: String {
    switch self {
    case .event: "event-"
    case .benchmarkResult: "result-"
    case .fundingRound: "funding-"
    case .regulation: "regulation-"
    case .statistic: "stat-"
    }
  }
}

extension Record {
  /// Encodes the fields every record shares (`date` always, `null` when undated).
  func encodeHeader(to encoder: any Encoder) throws {
    try RecordHeader(
      date: date, citations: citations, note: note, inferred: inferred, listIncomplete: listIncomplete, tags: tags
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

  enum CodingKeys: String, CodingKey {
    case date, citations, note, inferred, listIncomplete, tags
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
  }

  init(
    date: DatePeriod?, citations: [Citation], note: LocalizedText?, inferred: [String], listIncomplete: Bool,
    tags: [Tag]
  ) {
    self.date = date
    self.citations = citations
    self.note = note
    self.inferred = inferred
    self.listIncomplete = listIncomplete
    self.tags = tags
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(date, forKey: .date)
    try container.encode(citations, forKey: .citations)
    try container.encodeIfPresent(note, forKey: .note)
    if !inferred.isEmpty { try container.encode(inferred, forKey: .inferred) }
    try container.encodeFlag(listIncomplete, forKey: .listIncomplete)
    try container.encode(tags, forKey: .tags)
  }
}
