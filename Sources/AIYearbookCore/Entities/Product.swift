/// A model, app, chip, robot or system the records refer to.
///
/// A company and its same-named app are two entities (`org-deepseek`,
/// `product-deepseek-app`).
///
/// ```swift
/// let model = yearbook.product("product-gpt-5-2")
/// model?.kind            // .model
/// model?.organizations   // ["org-openai"]
/// ```
public struct Product: Identifiable, Hashable, Sendable {
  /// A product's identifier (`product-gpt-5-2`).
  public typealias ID = Identifier<Product>

  /// The identifier.
  public var id: ID
  /// The name in Chinese and English.
  public var name: LocalizedText
  /// Other names the documents use.
  public var aliases: [String]
  /// What kind of product it is.
  public var kind: Kind
  /// Who makes it.
  public var organizations: [Organization.ID]
  /// The product family it belongs to (GPT-5.2 Pro → GPT-5.2).
  public var parent: ID?
  /// Passages that name the product, where useful.
  public var citations: [Citation]

  /// Creates a product.
  public init(
    id: ID, name: LocalizedText, aliases: [String] = [], kind: Kind, organizations: [Organization.ID] = [],
    parent: ID? = nil, citations: [Citation] = []
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.kind = kind
    self.organizations = organizations
    self.parent = parent
    self.citations = citations
  }

  /// Every name the product goes by: both languages of ``name`` and the ``aliases``.
  public var allNames: [String] { [name.zh, name.en] + aliases }
}

extension Product: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, name, aliases, kind, organizations, parent, citations
  }

  /// Decodes a product; missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    name = try container.decode(LocalizedText.self, forKey: .name)
    aliases = try container.decodeList(forKey: .aliases)
    kind = try container.decode(Kind.self, forKey: .kind)
    organizations = try container.decodeList(forKey: .organizations)
    parent = try container.decodeIfPresent(ID.self, forKey: .parent)
    citations = try container.decodeList(forKey: .citations)
  }

  /// Encodes a product.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(aliases, forKey: .aliases)
    try container.encode(kind, forKey: .kind)
    try container.encode(organizations, forKey: .organizations)
    try container.encodeIfPresent(parent, forKey: .parent)
    if !citations.isEmpty { try container.encode(citations, forKey: .citations) }
  }
}
