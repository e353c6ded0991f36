/// A dated happening: a release, launch, partnership, report, enforcement action.
///
/// `date` is when it happened, or else when it was reported. Issuing an
/// instrument is a ``Regulation`` and a deal is a ``FundingRound``, never an event.
///
/// ```swift
/// let releases = try yearbook.events.filter(category: .modelRelease).during("2025-12").sorted(by: .date).all()
/// releases.map(\.title.en)   // "Mistral releases …", …, "OpenAI releases GPT-5.2", …
/// ```
public struct Event: Record {
  /// An event's identifier (`event-…`).
  public typealias ID = Identifier<Event>

  /// The identifier.
  public var id: ID
  /// When it happened; else when it was reported.
  public var date: DatePeriod?
  /// The passages that state it.
  public var citations: [Citation]
  /// Why something looks doubtful or was inferred.
  public var note: LocalizedText?
  /// The fields the text did not state directly.
  public var inferred: [String]
  /// Whether the text's list of organizations or products ends in 等.
  public var listIncomplete: Bool
  /// Topic labels.
  public var tags: [Tag]
  /// The records whose passages disagree with this one's (symmetric; see ``Record/disagreesWith``).
  public var disagreesWith: [String]
  /// What happened, in a line.
  public var title: LocalizedText
  /// More detail, when the text gives it.
  public var summary: LocalizedText?
  /// What kind of happening it is.
  public var category: Category
  /// The organizations involved.
  public var organizations: [Organization.ID]
  /// The products involved.
  public var products: [Product.ID]
  /// Where it happened or applies.
  public var regions: [Region]
  /// A finer place (a city), as text.
  public var locality: String?

  /// Creates an event.
  public init(
    id: ID, date: DatePeriod?, citations: [Citation], title: LocalizedText, summary: LocalizedText? = nil,
    category: Category, organizations: [Organization.ID] = [], products: [Product.ID] = [],
    regions: [Region] = [], locality: String? = nil, tags: [Tag] = [], note: LocalizedText? = nil,
    inferred: [String] = [], listIncomplete: Bool = false,
    disagreesWith: [String] = []
  ) {
    self.id = id
    self.date = date
    self.citations = citations
    self.title = title
    self.summary = summary
    self.category = category
    self.organizations = organizations
    self.products = products
    self.regions = regions
    self.locality = locality
    self.tags = tags
    self.note = note
    self.inferred = inferred
    self.listIncomplete = listIncomplete
    self.disagreesWith = disagreesWith
  }

  /// The organizations involved.
  public var linkedOrganizations: [Organization.ID] { organizations }
  /// The products involved.
  public var linkedProducts: [Product.ID] { products }
  /// Where it happened.
  public var linkedRegions: [Region] { regions }
  /// The event's category.
  public var categoryName: String { category.rawValue }
}
