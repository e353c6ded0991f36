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
  /// The records whose passages disagree with this one's (symmetric; see ``Record/disagreesWith``).
  public var disagreesWith: [String]
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
  /// How many issuers the text counts (工业和信息化部等七部门 → 7) when it names fewer
  /// of them; `nil` when it gives no count. Schema 1.1.0.
  public var issuerCount: Int?
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
    issuerCount: Int? = nil,
    status: Status = .unknown, milestones: [Milestone] = [], coveragePeriod: DatePeriod? = nil, category: Category,
    officialCategory: LocalizedText? = nil, summary: LocalizedText? = nil, tags: [Tag] = [],
    note: LocalizedText? = nil, inferred: [String] = [], listIncomplete: Bool = false,
    disagreesWith: [String] = []
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
    self.issuerCount = issuerCount
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
    self.disagreesWith = disagreesWith
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
}
