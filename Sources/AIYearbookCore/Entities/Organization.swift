/// A company, regulator, university or other body the records refer to.
///
/// ```swift
/// let deepMind = yearbook.organization("org-google-deepmind")
/// deepMind?.name.zh    // "谷歌DeepMind"
/// deepMind?.parent     // "org-google"
/// ```
public struct Organization: Identifiable, Hashable, Sendable {
  /// An organization's identifier (`org-openai`).
  public typealias ID = Identifier<Organization>

  /// The identifier.
  public var id: ID
  /// The name in Chinese and English.
  public var name: LocalizedText
  /// Other names the documents use (谷歌 for Google, short forms).
  public var aliases: [String]
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
    id: ID, name: LocalizedText, aliases: [String] = [], kind: Kind, country: Region? = nil, parent: ID? = nil,
    citations: [Citation] = []
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.kind = kind
    self.country = country
    self.parent = parent
    self.citations = citations
  }

  /// Every name the organization goes by: both languages of ``name`` and the ``aliases``.
  public var allNames: [String] { [name.zh, name.en] + aliases }
}

extension Organization: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, name, aliases, kind, country, parent, citations
  }

  /// Decodes an organization; missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    name = try container.decode(LocalizedText.self, forKey: .name)
    aliases = try container.decodeList(forKey: .aliases)
    kind = try container.decode(Kind.self, forKey: .kind)
    country = try container.decodeIfPresent(Region.self, forKey: .country)
    parent = try container.decodeIfPresent(ID.self, forKey: .parent)
    citations = try container.decodeList(forKey: .citations)
  }

  /// Encodes an organization.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(aliases, forKey: .aliases)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(country, forKey: .country)
    try container.encodeIfPresent(parent, forKey: .parent)
    if !citations.isEmpty { try container.encode(citations, forKey: .citations) }
  }
}
