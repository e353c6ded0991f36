/// A named test or task on which systems are scored: GDPval, HLE, SWE-Bench Pro,
/// VideoArena, a diagnosis task.
///
/// A benchmark declares its metrics, each with a unit, an optional range and
/// whether higher or lower is better; every ``BenchmarkResult`` names one of them.
///
/// ```swift
/// let hle = yearbook.benchmark("benchmark-hle")
/// hle?.metrics.first?.better   // .higher
/// ```
public struct Benchmark: Hashable, Sendable {
  /// A benchmark's identifier (`benchmark-gdpval`).
  public typealias ID = Identifier<Benchmark>

  /// The identifier.
  public var id: ID
  /// The name in Chinese and English.
  public var name: LocalizedText
  /// Other names the documents use (人类最后的考试 for HLE).
  public var aliases: [String]
  /// What the benchmark measures.
  public var description: LocalizedText
  /// The metrics results are reported in.
  public var metrics: [Metric]
  /// Passages that describe the benchmark, where useful.
  public var citations: [Citation]

  /// Creates a benchmark.
  public init(
    id: ID, name: LocalizedText, aliases: [String] = [], description: LocalizedText, metrics: [Metric],
    citations: [Citation] = []
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.description = description
    self.metrics = metrics
    self.citations = citations
  }

  /// The metric with the given identifier, if the benchmark declares it.
  public func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }

  /// One way a benchmark scores its subjects.
  public struct Metric: Hashable, Sendable {
    /// The metric's identifier within its benchmark (`winOrTieRate`, `rank`).
    public var id: String
    /// What the metric is called.
    public var label: LocalizedText
    /// The unit of its scores.
    public var unit: Quantity.Unit
    /// The lowest possible score, if bounded.
    public var minimum: Double?
    /// The highest possible score, if bounded.
    public var maximum: Double?
    /// Whether higher or lower scores are better.
    public var better: Preference

    /// Creates a metric.
    public init(
      id: String, label: LocalizedText, unit: Quantity.Unit, minimum: Double? = nil, maximum: Double? = nil,
      better: Preference
    ) {
      self.id = id
      self.label = label
      self.unit = unit
      self.minimum = minimum
      self.maximum = maximum
      self.better = better
    }

    /// Whether `score` lies within the metric's declared range.
    public func allows(_ score: Double) -> Bool {
      (minimum.map { score >= $0 } ?? true) && (maximum.map { score <= $0 } ?? true)
    }
  }
}

extension Benchmark.Metric: Codable {}
