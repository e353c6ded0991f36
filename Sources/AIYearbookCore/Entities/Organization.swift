/// A company, regulator, university or other body the records refer to.
///
/// ```swift
/// let deepMind = yearbook.organization("org-google-deepmind")
/// deepMind?.name.zh    // "谷歌DeepMind"
/// deepMind?.parent     // "org-google"
/// ```
public struct Organization: Hashable, Sendable {
  /// An organization's identifier (`org-openai`).
  public typealias ID = Identifier<Organization>

  /// The identifier.
  public var id: ID
  /// The name in Chinese and English.
  public var name: LocalizedText
  /// Other names the documents use (谷歌 for Google, short forms).
  public var aliases: [String]
  /// Other common names people type (工信部, WIPO, an established name in the other
  /// language) that the documents do not use: uncited, for name resolution and search
  /// only (schema 1.1.0).
  public var lookupNames: [String]
  /// What kind of body it is.
  public var kind: Kind
  /// The country it is based in.
  public var country: Region?
  /// The organization it belongs to (谷歌 DeepMind → Google).
  public var parent: ID?
  /// Passages that name the organization, where useful.
  public var citations: [Citation]

  /// Creates an organization.
  public init(
    id: ID, name: LocalizedText, aliases: [String] = [], lookupNames: [String] = [], kind: Kind, country: Region? = nil,
    parent: ID? = nil,
    citations: [Citation] = []
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.lookupNames = lookupNames
    self.kind = kind
    self.country = country
    self.parent = parent
    self.citations = citations
  }

  /// Every name the organization goes by: both languages of ``name``, the ``aliases``
  /// and the ``lookupNames``.
  public var allNames: [String] { [name.zh, name.en] + aliases + lookupNames }
}
