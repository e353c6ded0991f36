extension Yearbook {
  /// The identifier of the entity a person named: an identifier, a zh or en
  /// name, an alias.
  ///
  /// An identifier a data release removed or merged resolves to its
  /// replacement (DESIGN §4); ``replacement(for:)`` tells a caller that wants to warn.
  ///
  /// Names fold case, width and diacritics only (DESIGN §6): spaces and
  /// punctuation count, so `Deep Seek` is not `DeepSeek` — but it is suggested.
  ///
  /// ```swift
  /// try yearbook.resolve("深度求索", as: Organization.self)   // "org-deepseek"
  /// try yearbook.resolve("openai", as: Organization.self)    // "org-openai"
  /// try yearbook.resolve("Deep Seek", as: Organization.self) // throws unknownName, suggesting org-deepseek
  /// try yearbook.resolve("metric-ai-industry-financing", as: Metric.self)  // → "metric-ai-financing-amount"
  /// ```
  ///
  /// - Parameters:
  ///   - name: An identifier or a name.
  ///   - type: The kind of entity (``Organization``, ``Product``, ``Benchmark``, ``Metric``, ``Source``).
  /// - Throws: ``YearbookError/unknownName(_:kind:suggestions:)`` with the nearest
  ///   names when nothing matches; ``YearbookError/ambiguousName(_:kind:candidates:)``
  ///   listing the entities when several match.
  public func resolve<E: DatasetElement>(_ name: String, as type: E.Type) throws(YearbookError) -> E.ID {
    if contains(E.ID(name)) { return E.ID(name) }
    if let replacement = replacement(for: name), contains(E.ID(replacement)) { return E.ID(replacement) }
    let matches = nameIndex.exactMatches(name, kind: E.elementKind)
    switch matches.count {
    case 1: return E.ID(matches[0])
    case 0: throw .unknownName(name, kind: E.elementKind, suggestions: nameIndex.nearest(name, kind: E.elementKind))
    default: throw .ambiguousName(name, kind: E.elementKind, candidates: matches)
    }
  }

  /// The identifiers of every entity of the kind one of whose names folds to `name` (none, one or several).
  ///
  /// ```swift
  /// yearbook.candidates(named: "谷歌", as: Organization.self)   // ["org-google"]
  /// ```
  public func candidates<E: DatasetElement>(named name: String, as type: E.Type) -> [E.ID] {
    nameIndex.exactMatches(name, kind: E.elementKind).map { E.ID($0) }
  }
}
