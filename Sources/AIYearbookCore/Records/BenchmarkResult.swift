/// A score, rank, speed-up or accuracy of a named system on a named test or task.
///
/// `date` is when the result was reported. The ``score`` may be absent
/// ("topped the arena"); ``comparedWith`` lists the systems it was measured
/// against, with their scores when the text gives them.
///
/// ```swift
/// let board = yearbook.leaderboard(for: "benchmark-hle")
/// board["accuracy"]?.first?.result.subject   // → .product("product-gemini-deep-research")
/// ```
public struct BenchmarkResult: Record {
  /// A result's identifier (`result-…`).
  public typealias ID = Identifier<BenchmarkResult>

  /// The identifier.
  public var id: ID
  /// When the result was reported.
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
  /// The benchmark or task.
  public var benchmark: Benchmark.ID
  /// Which of the benchmark's metrics the score is in.
  public var metric: String
  /// Who or what was scored.
  public var subject: Subject
  /// The score, when the text gives one.
  public var score: Quantity?
  /// What the result states: a score, a win, a rank.
  public var outcome: Outcome
  /// The systems the subject was compared with.
  public var comparedWith: [Comparison]
  /// Regions the result concerns, if any.
  public var regions: [Region]

  /// Creates a result.
  public init(
    id: ID, date: DatePeriod?, citations: [Citation], benchmark: Benchmark.ID, metric: String, subject: Subject,
    score: Quantity?, outcome: Outcome = .scored, comparedWith: [Comparison] = [], regions: [Region] = [],
    tags: [Tag] = [], note: LocalizedText? = nil, inferred: [String] = [], listIncomplete: Bool = false,
    disagreesWith: [String] = []
  ) {
    self.id = id
    self.date = date
    self.citations = citations
    self.benchmark = benchmark
    self.metric = metric
    self.subject = subject
    self.score = score
    self.outcome = outcome
    self.comparedWith = comparedWith
    self.regions = regions
    self.tags = tags
    self.note = note
    self.inferred = inferred
    self.listIncomplete = listIncomplete
    self.disagreesWith = disagreesWith
  }

  /// Who or what a result is about: a product, an organization, a group of
  /// regions, or a description.
  public enum Subject: Hashable, Sendable {
    /// A product (a model, a system).
    case product(Product.ID)
    /// An organization.
    case organization(Organization.ID)
    /// Regions compared with each other (US vs CN).
    case regions([Region])
    /// Anything else, described (人类专家, human experts).
    case text(LocalizedText)
  }

  /// A system the subject was compared with, and its score.
  public struct Comparison: Hashable, Sendable, Codable {
    /// The other system.
    public var subject: Subject
    /// Its score, when the text gives one.
    public var score: Quantity?

    /// Creates a comparison.
    public init(subject: Subject, score: Quantity? = nil) {
      self.subject = subject
      self.score = score
    }
  }

  /// The subject's organizations, the compared subjects' organizations.
  public var linkedOrganizations: [Organization.ID] {
    ([subject] + comparedWith.map(\.subject)).compactMap {
      if case .organization(let id) = $0 { id } else { nil }
    }
  }
  /// The subject's and compared subjects' products.
  public var linkedProducts: [Product.ID] {
    ([subject] + comparedWith.map(\.subject)).compactMap {
      if case .product(let id) = $0 { id } else { nil }
    }
  }
  /// The result's regions, including compared regions.
  public var linkedRegions: [Region] {
    var all = regions
    for case .regions(let list) in [subject] + comparedWith.map(\.subject) { all += list }
    return all
  }
  /// The benchmark's identifier.
  public var categoryName: String { benchmark.rawValue }
}
