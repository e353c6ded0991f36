extension Conflict {
  /// What disagrees: the rule that paired the sides, or ``documented`` for a pair the data links.
  ///
  /// An extensible vocabulary: a kind this version does not know decodes and
  /// re-encodes unchanged (see ``VocabularyTerm``).
  public struct Kind: VocabularyTerm {
    /// The kind as it appears in JSON (`statisticValue`).
    public let rawValue: String

    /// Creates a kind from its raw string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a kind from its raw string.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Statistics with the same scope (metric, kind, regions, population, breakdown, period) and
    /// different values; a forecast and the figure it forecast differ in kind and are not a conflict.
    public static let statisticValue = Self("statisticValue")
    /// A record's own value or date (its first citation) and a citation that states another
    /// (``Citation/statedValue``, ``Citation/statedDate``).
    public static let citationDisagreement = Self("citationDisagreement")
    /// Events with the same title whose dates do not overlap (`2025-08` and `2025-08-26` agree).
    public static let eventDate = Self("eventDate")
    /// A bracketed restatement that does not equal the value it restates
    /// (约4天(约80小时): 4 days are 96 hours), for units that convert exactly.
    public static let restatementDisagreement = Self("restatementDisagreement")
    /// Records the data links with ``Record/disagreesWith``: the documents disagree in a way
    /// no rule pairs (different scopes, a document inconsistent with itself).
    public static let documented = Self("documented")

    /// Every kind this version of the library knows, in the order ``Yearbook/conflicts()`` reports them.
    public static let knownTerms: [Self] = [
      .statisticValue, .citationDisagreement, .eventDate, .restatementDisagreement, .documented,
    ]
  }
}
