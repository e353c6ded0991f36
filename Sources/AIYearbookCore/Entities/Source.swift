/// One of the five documents the dataset is extracted from.
///
/// ```swift
/// let cnnic = yearbook.source("src-003")
/// cnnic?.publisher.en   // "China Internet Network Information Center (CNNIC)"
/// ```
public struct Source: Identifiable, Hashable, Sendable {
  /// A source's identifier: `src-` plus the file's three-digit prefix (`src-003`).
  public typealias ID = Identifier<Source>

  /// The identifier.
  public var id: ID
  /// The document's title.
  public var title: LocalizedText
  /// Who published or wrote it (or that the document does not say).
  public var publisher: LocalizedText
  /// When it is dated, if it is.
  public var date: DatePeriod?
  /// The language of the document (`zh`).
  public var language: String
  /// The document's file name in the seed collection.
  public var file: String
  /// What the document covers.
  public var summary: LocalizedText?
  /// Notes on the document's date, reliability or conversion.
  public var note: LocalizedText?

  /// Creates a source.
  public init(
    id: ID, title: LocalizedText, publisher: LocalizedText, date: DatePeriod?, language: String = "zh",
    file: String, summary: LocalizedText? = nil, note: LocalizedText? = nil
  ) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.date = date
    self.language = language
    self.file = file
    self.summary = summary
    self.note = note
  }
}

extension Source: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, publisher, date, language, file, summary, note
  }

  /// Decodes a source.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    title = try container.decode(LocalizedText.self, forKey: .title)
    publisher = try container.decode(LocalizedText.self, forKey: .publisher)
    date = try container.decodeIfPresent(DatePeriod.self, forKey: .date)
    language = try container.decodeIfPresent(String.self, forKey: .language) ?? "zh"
    file = try container.decode(String.self, forKey: .file)
    summary = try container.decodeIfPresent(LocalizedText.self, forKey: .summary)
    note = try container.decodeIfPresent(LocalizedText.self, forKey: .note)
  }

  /// Encodes a source; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(publisher, forKey: .publisher)
    try container.encode(date, forKey: .date)
    try container.encode(language, forKey: .language)
    try container.encode(file, forKey: .file)
    try container.encodeIfPresent(summary, forKey: .summary)
    try container.encodeIfPresent(note, forKey: .note)
  }
}
