extension Yearbook {
  /// The records and entities matching free text, ranked.
  ///
  /// Every term of `text` must match (see ``SearchQuery`` for terms, folding
  /// and word forms) a text a reader sees: titles and names, aliases, a
  /// statistic's headline (metric label and scope), labels (metric labels,
  /// breakdown dimensions and categories, populations, round labels),
  /// summaries, descriptions, definitions and notes, quotes and locators.
  /// Entities — organizations, products, benchmarks, metrics and sources —
  /// are results too.
  ///
  /// A result's ``SearchResult/tier`` is the weakest kind of text needed to
  /// match all its terms: 1 the whole query equals a name, title or alias;
  /// 2 words of a name, title or headline; 3 labels; 4 summaries and notes;
  /// 5 quotes and locators. Results are ordered by tier, then records before
  /// entities, then the latest last day first (undated last), then by
  /// identifier, so the same query always gives the same list.
  ///
  /// The index is built on the first search (not when the yearbook loads),
  /// once per yearbook, thread-safely.
  ///
  /// ```swift
  /// let results = yearbook.search("age")
  /// results.first?.kind     // .statistic — an age breakdown of generative-AI users
  /// yearbook.search("unicorn", limit: 3).map(\.id)
  /// ```
  ///
  /// - Parameters:
  ///   - text: What the user typed.
  ///   - limit: The most results to return; all when `nil`.
  /// - Returns: The ranked results; empty when `text` has no terms.
  /// - Complexity: O(*n*) in the size of the dataset's texts; the first call
  ///   also builds the index in O(*n*).
  public func search(_ text: String, limit: Int? = nil) -> [SearchResult] {
    let query = SearchQuery(text)
    guard !query.isEmpty else { return [] }
    return searchCache.index { SearchIndex(self) }.search(query, limit: limit)
  }

  /// For each element of kind `R`, in the order ``elements(_:)`` lists them, whether its texts
  /// match `text` as ``RecordFilter/text(_:)`` tests one record — answered from the search index
  /// (built on first use), not by folding every record's texts again; `nil` when the index does
  /// not hold the kind's elements in that order.
  func textMatches<R: Record>(_ text: String, in type: R.Type) -> [Bool]? {
    let query = SearchQuery(text)
    let count = elements(R.self).count
    guard !query.isEmpty else { return [Bool](repeating: true, count: count) }
    let index = searchCache.index { SearchIndex(self) }
    guard let range = index.documentRanges[R.elementKind], range.count == count else { return nil }
    var mask = [Bool](repeating: false, count: count)
    for hit in index.matches(query) where range.contains(hit.document) { mask[hit.document - range.lowerBound] = true }
    return mask
  }
}
