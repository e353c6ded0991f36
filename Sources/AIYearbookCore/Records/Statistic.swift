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

  /// Statistics are of kind ``RecordKind/statistic``.
  public static var recordKind: RecordKind { .statistic }

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
    note: LocalizedText? = nil, inferred: [String] = [], listIncomplete: Bool = false
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
  public struct Breakdown: Hashable, Sendable, Codable {
    /// What the population is broken down by (`age`, `education`, `province`).
    public var dimension: String
    /// This figure's category.
    public var category: Category
    /// How the categories relate to the whole.
    public var kind: Kind
    /// Whether the categories given cover the whole population.
    public var exhaustive: Bool

    /// Creates a breakdown category.
    public init(dimension: String, category: Category, kind: Kind, exhaustive: Bool) {
      self.dimension = dimension
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
  /// The metric and, for breakdowns, the category.
  public var headline: LocalizedText {
    guard let breakdown else { return LocalizedText(zh: metric.rawValue, en: metric.rawValue) }
    return LocalizedText(
      zh: "\(metric.rawValue)（\(breakdown.category.label.zh)）",
      en: "\(metric.rawValue) (\(breakdown.category.label.en))")
  }
}

extension Statistic: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, metric, value, measure, direction, baseline, seriesId, regions, locality, population, breakdown
    case kind, producer, reportedOn, periodLabel, organizations, products
  }

  /// Decodes a statistic; `date` must be present (it may be `null`), missing lists are empty.
  public init(from decoder: any Decoder) throws {
    let header = try RecordHeader(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(ID.self, forKey: .id), date: header.date, citations: header.citations,
      metric: try container.decode(Metric.ID.self, forKey: .metric),
      value: try container.decode(Quantity.self, forKey: .value),
      measure: try container.decode(Measure.self, forKey: .measure),
      direction: try container.decodeIfPresent(Direction.self, forKey: .direction),
      baseline: try container.decodeIfPresent(Baseline.self, forKey: .baseline),
      seriesId: try container.decodeIfPresent(String.self, forKey: .seriesId),
      regions: try container.decodeList(forKey: .regions),
      locality: try container.decodeIfPresent(String.self, forKey: .locality),
      population: try container.decodeIfPresent(LocalizedText.self, forKey: .population),
      breakdown: try container.decodeIfPresent(Breakdown.self, forKey: .breakdown),
      kind: try container.decode(Kind.self, forKey: .kind),
      producer: try container.decodeIfPresent(Organization.ID.self, forKey: .producer),
      reportedOn: try container.decodeIfPresent(DatePeriod.self, forKey: .reportedOn),
      periodLabel: try container.decodeIfPresent(String.self, forKey: .periodLabel),
      organizations: try container.decodeList(forKey: .organizations),
      products: try container.decodeList(forKey: .products), tags: header.tags, note: header.note,
      inferred: header.inferred, listIncomplete: header.listIncomplete)
  }

  /// Encodes a statistic; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    try RecordHeader(
      date: date, citations: citations, note: note, inferred: inferred, listIncomplete: listIncomplete, tags: tags
    ).encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(metric, forKey: .metric)
    try container.encode(value, forKey: .value)
    try container.encode(measure, forKey: .measure)
    try container.encodeIfPresent(direction, forKey: .direction)
    try container.encodeIfPresent(baseline, forKey: .baseline)
    try container.encodeIfPresent(seriesId, forKey: .seriesId)
    try container.encode(regions, forKey: .regions)
    try container.encodeIfPresent(locality, forKey: .locality)
    try container.encodeIfPresent(population, forKey: .population)
    try container.encodeIfPresent(breakdown, forKey: .breakdown)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(producer, forKey: .producer)
    try container.encodeIfPresent(reportedOn, forKey: .reportedOn)
    try container.encodeIfPresent(periodLabel, forKey: .periodLabel)
    try container.encode(organizations, forKey: .organizations)
    try container.encode(products, forKey: .products)
  }
}
