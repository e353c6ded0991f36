/// A statistic's distribution: every category of one breakdown, with its values and a sum check.
///
/// A breakdown gathers the statistics with the same metric, breakdown dimension and kind,
/// period, population and producer, and — unless the dimension's categories are places
/// (`region`, `province`, `country`) — the same regions. Its JSON:
///
/// ```json
/// { "metric": "metric-genai-user-share",
///   "metricLabel": { "zh": "…", "en": "Share of generative-AI users" },
///   "dimension": "age", "period": "2025-06", "regions": ["CN"],
///   "population": { "zh": "…", "en": "Generative-AI users in China" }, "producer": "org-cnnic",
///   "kind": "share", "exhaustive": true,
///   "categories": [
///     { "id": "age-19-and-under", "label": { "zh": "19岁及以下", "en": "19 and under" },
///       "statistic": "stat-cnnic-genai-users-age-19-and-under-2025-06",
///       "value": { "value": 33.8, "unit": "percent", "qualifier": "exact" } }, … ],
///   "sum": 100, "expectedSum": 100 }
/// ```
///
/// `period`, `population`, `producer`, `sum` and `expectedSum` are absent when they have no value.
///
/// ```swift
/// let ages = try yearbook.breakdowns(dimension: "age").first { $0.producer == "org-cnnic" }
/// ages?.categories.map(\.id)   // ["age-19-and-under", "age-20-29", "age-30-39", "age-40-and-over"]
/// ages?.sum                    // 100.0 (a check: 100 is expected for exhaustive shares)
/// ```
public struct StatisticBreakdown: Hashable, Sendable, Codable {
  /// The metric the categories measure.
  public var metric: Metric.ID
  /// The metric's label (the identifier when the metric is not in the registry).
  public var metricLabel: LocalizedText
  /// The breakdown's dimension (`age`), a term of ``Statistic/Breakdown/Dimension``.
  public var dimension: String
  /// The dimension's readable name (`年龄` / `age`).
  public var dimensionName: LocalizedText
  /// The period the figures describe; `nil` when undated.
  public var period: DatePeriod?
  /// The regions of the categories (for place dimensions, every category's region), sorted.
  public var regions: [Region]
  /// Who was measured.
  public var population: LocalizedText?
  /// Who measured.
  public var producer: Organization.ID?
  /// How the categories relate to the whole.
  public var kind: Statistic.Breakdown.Kind
  /// Whether the categories cover the whole population.
  public var exhaustive: Bool
  /// The categories, in the order of their statistics' identifiers.
  public var categories: [Category]
  /// The sum of the categories' values, as a check: only for `share` and `count` breakdowns whose
  /// values are all stated in one unit that adds (not ranks); `nil` otherwise.
  public var sum: Double?
  /// What ``sum`` should be: 100 for an exhaustive share breakdown; `nil` when the documents give no total.
  public var expectedSum: Double?

  /// One category of a breakdown and its figure.
  public struct Category: Hashable, Sendable, Codable {
    /// The category's identifier within its dimension (`age-20-29`).
    public var id: String
    /// What the category is called.
    public var label: LocalizedText
    /// The statistic that gives the category's figure.
    public var statistic: Statistic.ID
    /// The figure.
    public var value: Quantity

    /// Creates a category.
    public init(id: String, label: LocalizedText, statistic: Statistic.ID, value: Quantity) {
      self.id = id
      self.label = label
      self.statistic = statistic
      self.value = value
    }
  }

  /// Creates a breakdown from its statistics (each with a ``Statistic/breakdown``), sorted by identifier.
  init(statistics: [Statistic], metricLabel: LocalizedText) {
    let sorted = statistics.sorted { $0.id < $1.id }
    let first = sorted.first
    metric = first?.metric ?? ""
    self.metricLabel = metricLabel
    dimension = first?.breakdown?.dimension ?? ""
    dimensionName = first?.breakdown?.dimensionName ?? LocalizedText(zh: dimension, en: dimension)
    period = first?.date
    regions = Array(Set(sorted.flatMap(\.regions))).sorted { $0.rawValue < $1.rawValue }
    population = first?.population
    producer = first?.producer
    kind = first?.breakdown?.kind ?? .share
    exhaustive = first?.breakdown?.exhaustive ?? false
    categories = sorted.compactMap { statistic in
      statistic.breakdown.map {
        Category(id: $0.category.id, label: $0.category.label, statistic: statistic.id, value: statistic.value)
      }
    }
    let values = categories.map(\.value)
    let units = Set(values.map(\.unit))
    if kind == .share || kind == .count, units.count == 1, !units.contains(.rank),
      values.allSatisfy({ $0.value != nil })
    {
      sum = values.compactMap(\.value).reduce(0, +)
    } else {
      sum = nil
    }
    expectedSum = kind == .share && exhaustive ? 100 : nil
  }

  /// The statistics of one breakdown share this key.
  static func key(of statistic: Statistic) -> String? {
    guard let breakdown = statistic.breakdown else { return nil }
    let dimension = Statistic.Breakdown.Dimension(breakdown.dimension)
    let regions =
      dimension.categoriesAreRegions ? "" : statistic.regions.map(\.rawValue).sorted().joined(separator: ",")
    return [
      statistic.metric.rawValue, breakdown.dimension, breakdown.kind.rawValue, statistic.date?.description ?? "",
      regions, statistic.population?.en ?? "", statistic.population?.zh ?? "", statistic.producer?.rawValue ?? "",
    ].joined(separator: "\u{1F}")
  }
}

extension Statistic.Breakdown.Dimension {
  /// Whether the dimension's categories are places, so that each category has its own region.
  var categoriesAreRegions: Bool { self == .region || self == .province || self == .country }
}

extension Yearbook {
  /// Every breakdown in the data, or those of one dimension.
  ///
  /// Statistics with a ``Statistic/breakdown`` are grouped by metric, dimension, breakdown kind,
  /// period, population, producer and (unless the categories are places) regions.
  ///
  /// ```swift
  /// let ages = yearbook.breakdowns(dimension: "age")
  /// ages.map(\.period)   // [2025, 2025-06]
  /// yearbook.breakdowns(dimension: "smartFactoryLevel").first?.dimension   // "smart-factory-level"
  /// ```
  ///
  /// - Parameter dimension: A dimension (`age`), or a former name of one (`smartFactoryLevel`);
  ///   `nil` for every breakdown.
  /// - Returns: The breakdowns, ordered by metric, dimension, period (undated last), regions,
  ///   population and producer; empty when no breakdown has the dimension.
  public func breakdowns(dimension: String? = nil) -> [StatisticBreakdown] {
    let wanted = dimension.map { Statistic.Breakdown.Dimension.canonical($0).rawValue }
    var groups: [String: [Statistic]] = [:]
    for statistic in elements(Statistic.self) {
      guard let key = StatisticBreakdown.key(of: statistic),
        wanted == nil || statistic.breakdown?.dimension == wanted
      else { continue }
      groups[key, default: []].append(statistic)
    }
    return groups.values.map(makeBreakdown).sorted(by: Self.breakdownOrder)
  }

  /// The breakdown a statistic belongs to (see ``breakdowns(dimension:)`` for how categories are gathered).
  ///
  /// ```swift
  /// let ages = try yearbook.breakdown(of: "stat-cnnic-genai-users-age-20-29-2025-06")
  /// ages.categories.count   // 4
  /// ```
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` for an unknown statistic,
  ///   ``YearbookError/notInBreakdown(_:)`` when it is not part of a breakdown.
  public func breakdown(of id: Statistic.ID) throws(YearbookError) -> StatisticBreakdown {
    let statistic: Statistic = try element(id)
    guard let key = StatisticBreakdown.key(of: statistic) else {
      throw .notInBreakdown(id.rawValue)
    }
    return makeBreakdown(elements(Statistic.self).filter { StatisticBreakdown.key(of: $0) == key })
  }

  /// The statistics of one series ("from X to Y", before and after), by date.
  public func series(_ seriesID: String) -> [Statistic] {
    statistics.filter { $0.seriesId == seriesID }.sorted(by: .date).all()
  }

  private func makeBreakdown(_ statistics: [Statistic]) -> StatisticBreakdown {
    let metric = statistics.first?.metric
    let label =
      metric.flatMap { self.metric($0)?.label } ?? LocalizedText(zh: metric?.rawValue ?? "", en: metric?.rawValue ?? "")
    return StatisticBreakdown(statistics: statistics, metricLabel: label)
  }

  private static func breakdownOrder(_ a: StatisticBreakdown, _ b: StatisticBreakdown) -> Bool {
    func key(_ breakdown: StatisticBreakdown) -> [String] {
      [
        breakdown.metric.rawValue, breakdown.dimension, breakdown.period == nil ? "1" : "0",
        breakdown.period?.description ?? "", breakdown.regions.map(\.rawValue).joined(separator: ","),
        breakdown.population?.en ?? "", breakdown.producer?.rawValue ?? "", breakdown.kind.rawValue,
        breakdown.categories.first?.statistic.rawValue ?? "",
      ]
    }
    return key(a).lexicographicallyPrecedes(key(b))
  }
}
