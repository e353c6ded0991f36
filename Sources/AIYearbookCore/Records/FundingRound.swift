/// One named deal: a venture round, an investment, an acquisition, a fund, a
/// public programme, a capital-expenditure plan or a non-cash stake.
///
/// `date` is when it was announced. Totals over many deals (VC totals,
/// financing by sector) are ``Statistic``s.
///
/// ```swift
/// let rounds = try yearbook.fundingRounds.filter(organization: "org-openai").all()
/// rounds.first?.amount      // 40000000000 USD
/// rounds.first?.valuation?.basis   // .post
/// ```
public struct FundingRound: Record {
  /// A funding round's identifier (`funding-…`).
  public typealias ID = Identifier<FundingRound>

  /// The identifier.
  public var id: ID
  /// When it was announced.
  public var date: DatePeriod?
  /// The passages that state it.
  public var citations: [Citation]
  /// Why something looks doubtful or was inferred.
  public var note: LocalizedText?
  /// The fields the text did not state directly.
  public var inferred: [String]
  /// Whether the text's list of parties ends in 等.
  public var listIncomplete: Bool
  /// Topic labels.
  public var tags: [Tag]
  /// The records whose passages disagree with this one's (symmetric; see ``Record/disagreesWith``).
  public var disagreesWith: [String]
  /// What the deal is, in a line.
  public var title: LocalizedText
  /// What kind of deal it is.
  public var kind: Kind
  /// How far it had got.
  public var status: Status
  /// The round's label as the text gives it (`B轮`, `Pre-A轮`).
  public var roundLabel: String?
  /// How much money, when stated.
  public var amount: Money?
  /// The valuation the deal implies, when stated.
  public var valuation: Valuation?
  /// Who takes part, and how.
  public var parties: [Party]
  /// Products the deal is about.
  public var products: [Product.ID]
  /// Where the deal applies.
  public var regions: [Region]
  /// A finer place (a city), as text.
  public var locality: String?
  /// What the deal is for, in more detail.
  public var summary: LocalizedText?

  /// Creates a funding round.
  public init(
    id: ID, date: DatePeriod?, citations: [Citation], title: LocalizedText, kind: Kind, status: Status,
    roundLabel: String? = nil, amount: Money? = nil, valuation: Valuation? = nil, parties: [Party] = [],
    products: [Product.ID] = [], regions: [Region] = [], locality: String? = nil, summary: LocalizedText? = nil,
    tags: [Tag] = [], note: LocalizedText? = nil, inferred: [String] = [], listIncomplete: Bool = false,
    disagreesWith: [String] = []
  ) {
    self.id = id
    self.date = date
    self.citations = citations
    self.title = title
    self.kind = kind
    self.status = status
    self.roundLabel = roundLabel
    self.amount = amount
    self.valuation = valuation
    self.parties = parties
    self.products = products
    self.regions = regions
    self.locality = locality
    self.summary = summary
    self.tags = tags
    self.note = note
    self.inferred = inferred
    self.listIncomplete = listIncomplete
    self.disagreesWith = disagreesWith
  }

  /// An organization taking part in a deal, and its role.
  public struct Party: Hashable, Sendable, Codable {
    /// The organization.
    public var organization: Organization.ID
    /// Its role.
    public var role: Role

    /// Creates a party.
    public init(organization: Organization.ID, role: Role) {
      self.organization = organization
      self.role = role
    }
  }

  /// A valuation and whether it is before or after the money.
  public struct Valuation: Hashable, Sendable, Codable {
    /// The valuation.
    public var amount: Money
    /// Pre-money, post-money or not stated.
    public var basis: Basis

    /// Creates a valuation.
    public init(amount: Money, basis: Basis) {
      self.amount = amount
      self.basis = basis
    }
  }

  /// The organizations with the given role.
  public func organizations(withRole role: Party.Role) -> [Organization.ID] {
    parties.filter { $0.role == role }.map(\.organization)
  }

  /// Every party's organization.
  public var linkedOrganizations: [Organization.ID] { parties.map(\.organization) }
  /// The products the deal is about.
  public var linkedProducts: [Product.ID] { products }
  /// Where the deal applies.
  public var linkedRegions: [Region] { regions }
  /// The deal's kind.
  public var categoryName: String { kind.rawValue }
}
