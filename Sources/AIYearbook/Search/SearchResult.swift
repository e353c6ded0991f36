/// One answer of ``Yearbook/search(_:limit:)``: a record or an entity, its
/// readable title, and where the query matched it.
///
/// Encodes as `{"kind", "id", "title": {"zh", "en"}, "snippet", "tier", "date"}`;
/// `tier` is a number from 1 to 5, `date` is left out when there is none.
///
/// ```swift
/// let first = yearbook.search("age").first
/// first?.kind      // .statistic
/// first?.title.en  // "Share of generative-AI users by attribute (China, …, age: under 35, 2025)"
/// first?.tier      // .name
/// ```
public struct SearchResult: Hashable, Sendable, Codable {
  /// What kind of record or entity a result is (its JSON is the export key).
  public typealias Kind = ElementKind

  /// How strongly a result matches: the weakest kind of text needed to match all the query's terms.
  ///
  /// Encoded as its number; a lower number ranks first.
  public enum Tier: Int, Hashable, Sendable, Codable, Comparable, CaseIterable {
    /// The whole query equals a name, title or alias.
    case exactName = 1
    /// The terms are words of a name, title, alias or headline.
    case name = 2
    /// Some term needs a label: a metric label, a breakdown dimension or category, a population, a round label.
    case label = 3
    /// Some term needs a summary, description, definition or note.
    case text = 4
    /// Some term needs a quote or a locator.
    case citation = 5

    /// Orders tiers by their numbers.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// What kind of record or entity it is.
  public var kind: Kind
  /// Its identifier.
  public var id: String
  /// Its readable title (a statistic's headline, a benchmark result's subject and benchmark, an entity's name).
  public var title: LocalizedText
  /// The matched text around the first match, from the field that matched (at most about 100 characters).
  public var snippet: String
  /// How strongly it matches.
  public var tier: Tier
  /// Its date (`2025-06`), if it has one.
  public var date: String?

  /// Creates a result.
  public init(kind: Kind, id: String, title: LocalizedText, snippet: String, tier: Tier, date: String? = nil) {
    self.kind = kind
    self.id = id
    self.title = title
    self.snippet = snippet
    self.tier = tier
    self.date = date
  }
}
