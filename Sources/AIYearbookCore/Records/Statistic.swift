/// One number: a survey result, market figure, count, share, change, multiple,
/// rank, forecast or target.
///
/// `date` is the period the figure describes — for a forecast or a target, the
/// target period — and ``reportedOn`` is when it was said. "From X to Y" pairs
/// are two records sharing a ``seriesId``; a breakdown is one record per
/// category.
///
/// ```swift
/// let users = try yearbook.statistics.filter(metric: "metric-genai-users").sorted(by: .date).all()
/// users.last?.value.value   // 515000000
/// ```
public struct Statistic: Record {
  /// A statistic's identifier (`stat-…`).
  public typealias ID = Identifier<Statistic>

  /// The identifier.
  public var id: ID
  /// The period the figure describes (the target period for forecasts and targets).
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
  /// What is measured (an entry of the metric registry).
  public var metric: Metric.ID
  /// The figure.
  public var value: Quantity
  /// Whether the figure is a level, a change, a share …
  public var measure: Measure
  /// Up or down, for changes.
  public var direction: Direction?
  /// What a change or multiple is measured against.
  public var baseline: Baseline?
  /// Links the records of one series ("from X to Y", before and after).
  public var seriesId: String?
  /// Where the figure applies.
  public var regions: [Region]
  /// A finer place, as text.
  public var locality: String?
  /// Who was measured.
  public var population: LocalizedText?
  /// The category this figure describes, when it is part of a breakdown.
  public var breakdown: Breakdown?
  /// How the figure was obtained.
  public var kind: Kind
  /// Who measured it.
  public var producer: Organization.ID?
  /// When it was said.
  public var reportedOn: DatePeriod?
  /// A fiscal period's label (`FY2026 Q1`); the date is then the calendar date the text gives.
  public var periodLabel: String?
  /// Organizations the figure is about.
  public var organizations: [Organization.ID]
  /// Products the figure is about (a specification, a user count).
  public var products: [Product.ID]

  /// Creates a statistic.
  public init(
    id: ID, date: DatePeriod?, citations: [Citation], metric: Metric.ID, value: Quantity, measure: Measure = .level,
    direction: Direction? = nil, baseline: Baseline? = nil, seriesId: String? = nil, regions: [Region] = [],
    locality: String? = nil, population: LocalizedText? = nil, breakdown: Breakdown? = nil, kind: Kind,
    producer: Organization.ID? = nil, reportedOn: DatePeriod? = nil, periodLabel: String? = nil,
    organizations: [Organization.ID] = [], products: [Product.ID] = [], tags: [Tag] = [],
    note: LocalizedText? = nil, inferred: [String] = [], listIncomplete: Bool = false,
    disagreesWith: [String] = []
  ) {
    self.id = id
    self.date = date
    self.citations = citations
    self.metric = metric
    self.value = value
    self.measure = measure
    self.direction = direction
    self.baseline = baseline
    self.seriesId = seriesId
    self.regions = regions
    self.locality = locality
    self.population = population
    self.breakdown = breakdown
    self.kind = kind
    self.producer = producer
    self.reportedOn = reportedOn
    self.periodLabel = periodLabel
    self.organizations = organizations
    self.products = products
    self.tags = tags
    self.note = note
    self.inferred = inferred
    self.listIncomplete = listIncomplete
    self.disagreesWith = disagreesWith
  }

  /// What a change, multiple or comparison is measured against.
  public struct Baseline: Hashable, Sendable, Codable {
    /// The baseline period (较2024年12月 → `2024-12`).
    public var period: DatePeriod?
    /// The baseline subject, when it is not the same population (the global average).
    public var subject: String?
    /// The comparison as the text words it.
    public var text: LocalizedText?

    /// Creates a baseline.
    public init(period: DatePeriod? = nil, subject: String? = nil, text: LocalizedText? = nil) {
      self.period = period
      self.subject = subject
      self.text = text
    }
  }

  /// The category of a breakdown a figure belongs to.
  public struct Breakdown: Hashable, Sendable {
    /// What the population is broken down by (`age`, `education`, `province`): a term of
    /// ``Statistic/Breakdown/Dimension``, kebab-case; former names are replaced when decoding.
    public var dimension: String
    /// This figure's category.
    public var category: Category
    /// How the categories relate to the whole.
    public var kind: Kind
    /// Whether the categories given cover the whole population.
    public var exhaustive: Bool

    /// Creates a breakdown category; a former dimension name is replaced by its term
    /// (`smartFactoryLevel` → `smart-factory-level`).
    public init(dimension: String, category: Category, kind: Kind, exhaustive: Bool) {
      self.dimension = Dimension.canonical(dimension).rawValue
      self.category = category
      self.kind = kind
      self.exhaustive = exhaustive
    }

    /// One category of a breakdown.
    public struct Category: Hashable, Sendable, Codable {
      /// The category's identifier within its dimension (`age-20-29`).
      public var id: String
      /// What the category is called.
      public var label: LocalizedText

      /// Creates a category.
      public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
      }
    }
  }

  /// The organizations the figure is about, and its producer.
  public var linkedOrganizations: [Organization.ID] { organizations + (producer.map { [$0] } ?? []) }
  /// The products the figure is about.
  public var linkedProducts: [Product.ID] { products }
  /// Where the figure applies.
  public var linkedRegions: [Region] { regions }
  /// How the figure was obtained.
  public var categoryName: String { kind.rawValue }
}
