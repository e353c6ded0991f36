/// One of the five documents the dataset is extracted from.
///
/// ```swift
/// let cnnic = yearbook.source("src-003")
/// cnnic?.publisher.en   // "China Internet Network Information Center (CNNIC)"
/// ```
public struct Source: Hashable, Sendable {
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
