extension Yearbook {
  /// The identifiers that data releases removed or merged, each with the
  /// identifier that replaced it (DESIGN §4: ids are never reused, and a
  /// removed id keeps resolving to its replacement).
  ///
  /// The table comes with the embedded data (`meta.json`); Documentation/DataChangelog.md
  /// lists each entry under the release that made it.
  ///
  /// ```swift
  /// Yearbook.replacedIDs["metric-ai-industry-financing"]   // → "metric-ai-financing-amount"
  /// ```
  public static var replacedIDs: [String: String] { EmbeddedData.replacedIDs }

  /// The identifier that replaces a removed or merged one in this data.
  ///
  /// ``element(id:)``, ``element(_:)`` and ``resolve(_:as:)`` answer a replaced
  /// identifier with its replacement's element. They do so silently: a caller
  /// that wants to warn (the command-line tool prints a `yearbook: warning:`
  /// line) checks this method first. A replacement that was itself replaced
  /// is followed to the end of the chain.
  ///
  /// ```swift
  /// yearbook.replacement(for: "metric-ai-deployment-efficiency-gain")   // → "metric-production-efficiency-change"
  /// yearbook.replacement(for: "metric-production-efficiency-change")    // → nil
  /// try yearbook.element(id: "metric-ai-deployment-efficiency-gain").id  // → "metric-production-efficiency-change"
  /// ```
  ///
  /// - Parameter id: An identifier.
  /// - Returns: The identifier of the element that replaces `id`; `nil` when
  ///   the data holds `id` itself, when no release replaced it, or when its
  ///   replacement is not in this data (a yearbook loaded without the embedded data).
  /// - Complexity: O(1) per replacement in the chain.
  public func replacement(for id: String) -> String? {
    guard locations[id] == nil else { return nil }
    var current = id
    var seen: Set<String> = [id]
    while let next = Self.replacedIDs[current], seen.insert(next).inserted {
      if locations[next] != nil { return next }
      current = next
    }
    return nil
  }

  /// Where the element with the identifier, or with its replacement, is stored.
  func location(resolvingReplaced id: String) -> ElementLocation? {
    if let location = locations[id] { return location }
    return replacement(for: id).flatMap { locations[$0] }
  }
}

extension EmbeddedData {
  /// The replaced identifiers of the embedded `meta.json` (empty when it lists
  /// none; a `meta.json` that does not decode fails ``Yearbook/embedded()`` itself).
  static let replacedIDs: [String: String] = {
    switch meta {
    case .success(let meta): meta.replacedIDs ?? [:]
    case .failure: [:]
    }
  }()
}
