/// A named instrument: a law, draft, policy, plan, guideline, standard, order,
/// strategy, campaign or industry pledge.
///
/// `date` is when it was issued, else adopted, else when it took effect; the
/// ``milestones`` hold every date the text gives.
///
/// ```swift
/// let plan = try yearbook.regulations.matching("人工智能+").all().first
/// plan?.milestones.first   // issued 2025-08-26
/// plan?.issuers            // ["org-state-council"]
/// ```
public struct Regulation: Record {
  /// A regulation's identifier (`regulation-…`).
  public typealias ID = Identifier<Regulation>

  /// Regulations are of kind ``RecordKind/regulation``.
  public static var recordKind: RecordKind { .regulation }

  /// The identifier.
  public var id: ID
  /// When it was issued; else adopted; else effective.
  public var date: DatePeriod?
  /// The passages that state it.
  public var citations: [Citation]
  /// Why something looks doubtful or was inferred.
  public var note: LocalizedText?
  /// The fields the text did not state directly.
  public var inferred: [String]
  /// Whether the text's list ends in 等.
  public var listIncomplete: Bool
  /// Topic labels.
  public var tags: [Tag]
  /// The instrument's name (Chinese as the text gives it, without 《》).
  public var title: LocalizedText
  /// Other names the documents use for it (short forms, other wordings), each cited.
  public var aliases: [Alias]
  /// Where it applies.
  public var jurisdiction: Region
  /// A finer place (a city), as text.
  public var locality: String?
  /// Who issued it.
  public var issuers: [Organization.ID]
  /// Whether the text's list of issuers ends in 等.
  public var issuersIncomplete: Bool
  /// Where it stands.
  public var status: Status
  /// Its dated steps.
  public var milestones: [Milestone]
  /// The period it covers (`2025/2030`).
  public var coveragePeriod: DatePeriod?
  /// What kind of instrument it is.
  public var category: Category
  /// The category the source assigns it (产业赋能应用类), when it does.
  public var officialCategory: LocalizedText?
  /// What it does.
  public var summary: LocalizedText?

  /// Creates a regulation.
  public init(
    id: ID, date: DatePeriod?, citations: [Citation], title: LocalizedText, aliases: [Alias] = [],
    jurisdiction: Region, locality: String? = nil, issuers: [Organization.ID] = [], issuersIncomplete: Bool = false,
    status: Status = .unknown, milestones: [Milestone] = [], coveragePeriod: DatePeriod? = nil, category: Category,
    officialCategory: LocalizedText? = nil, summary: LocalizedText? = nil, tags: [Tag] = [],
    note: LocalizedText? = nil, inferred: [String] = [], listIncomplete: Bool = false
  ) {
    self.id = id
    self.date = date
    self.citations = citations
    self.title = title
    self.aliases = aliases
    self.jurisdiction = jurisdiction
    self.locality = locality
    self.issuers = issuers
    self.issuersIncomplete = issuersIncomplete
    self.status = status
    self.milestones = milestones
    self.coveragePeriod = coveragePeriod
    self.category = category
    self.officialCategory = officialCategory
    self.summary = summary
    self.tags = tags
    self.note = note
    self.inferred = inferred
    self.listIncomplete = listIncomplete
  }

  /// Another name for an instrument, with the passage that uses it.
  public struct Alias: Hashable, Sendable, Codable {
    /// The name as the passage gives it.
    public var text: String
    /// The passage.
    public var citation: Citation

    /// Creates an alias.
    public init(text: String, citation: Citation) {
      self.text = text
      self.citation = citation
    }
  }

  /// A dated step in an instrument's life.
  public struct Milestone: Hashable, Sendable, Codable {
    /// What happened.
    public var kind: Kind
    /// When; `nil` when the text names the step without a date.
    public var date: DatePeriod?

    /// Creates a milestone.
    public init(kind: Kind, date: DatePeriod?) {
      self.kind = kind
      self.date = date
    }

    private enum CodingKeys: String, CodingKey { case kind, date }

    /// Encodes a milestone; `date` is always written.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(kind, forKey: .kind)
      try container.encode(date, forKey: .date)
    }
  }

  /// The issuers.
  public var linkedOrganizations: [Organization.ID] { issuers }
  /// None: instruments link organizations, not products.
  public var linkedProducts: [Product.ID] { [] }
  /// The jurisdiction.
  public var linkedRegions: [Region] { [jurisdiction] }
  /// The instrument's category.
  public var categoryName: String { category.rawValue }
  /// The title.
  public var headline: LocalizedText { title }
}

extension Regulation: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, aliases, jurisdiction, locality, issuers, issuersIncomplete, status, milestones
    case coveragePeriod, category, officialCategory, summary
  }

  /// Decodes a regulation; `date` must be present (it may be `null`), missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let header = try RecordHeader(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(ID.self, forKey: .id), date: header.date, citations: header.citations,
      title: try container.decode(LocalizedText.self, forKey: .title),
      aliases: try container.decodeList(forKey: .aliases),
      jurisdiction: try container.decode(Region.self, forKey: .jurisdiction),
      locality: try container.decodeIfPresent(String.self, forKey: .locality),
      issuers: try container.decodeList(forKey: .issuers),
      issuersIncomplete: try container.decodeFlag(forKey: .issuersIncomplete),
      status: try container.decode(Status.self, forKey: .status),
      milestones: try container.decodeList(forKey: .milestones),
      coveragePeriod: try container.decodeIfPresent(DatePeriod.self, forKey: .coveragePeriod),
      category: try container.decode(Category.self, forKey: .category),
      officialCategory: try container.decodeIfPresent(LocalizedText.self, forKey: .officialCategory),
      summary: try container.decodeIfPresent(LocalizedText.self, forKey: .summary), tags: header.tags,
      note: header.note, inferred: header.inferred, listIncomplete: header.listIncomplete)
  }

  /// Encodes a regulation; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    try RecordHeader(
      date: date, citations: citations, note: note, inferred: inferred, listIncomplete: listIncomplete, tags: tags
    ).encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(aliases, forKey: .aliases)
    try container.encode(jurisdiction, forKey: .jurisdiction)
    try container.encodeIfPresent(locality, forKey: .locality)
    try container.encode(issuers, forKey: .issuers)
    try container.encodeFlag(issuersIncomplete, forKey: .issuersIncomplete)
    try container.encode(status, forKey: .status)
    try container.encode(milestones, forKey: .milestones)
    try container.encodeIfPresent(coveragePeriod, forKey: .coveragePeriod)
    try container.encode(category, forKey: .category)
    try container.encodeIfPresent(officialCategory, forKey: .officialCategory)
    try container.encodeIfPresent(summary, forKey: .summary)
  }
}
