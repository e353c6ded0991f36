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
public struct Product: Hashable, Sendable {
  /// A product's identifier (`product-gpt-5-2`).
  public typealias ID = Identifier<Product>

  /// The identifier.
  public var id: ID
  /// The name in Chinese and English.
  public var name: LocalizedText
  /// Other names the documents use.
  public var aliases: [String]
  /// Other common names people type (工信部, WIPO, an established name in the other
  /// language) that the documents do not use: uncited, for name resolution and search
  /// only (schema 1.1.0).
  public var lookupNames: [String]
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
    id: ID, name: LocalizedText, aliases: [String] = [], lookupNames: [String] = [], kind: Kind,
    organizations: [Organization.ID] = [],
    parent: ID? = nil, citations: [Citation] = []
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.lookupNames = lookupNames
    self.kind = kind
    self.organizations = organizations
    self.parent = parent
    self.citations = citations
  }

  /// Every name the product goes by: both languages of ``name``, the ``aliases``
  /// and the ``lookupNames``.
  public var allNames: [String] { [name.zh, name.en] + aliases + lookupNames }
}
