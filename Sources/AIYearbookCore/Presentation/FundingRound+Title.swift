extension FundingRound {
  /// The deal's ``title``.
  ///
  /// ```swift
  /// round.title(names: yearbook).en   // "OpenAI raises USD 40 billion"
  /// ```
  ///
  /// - Parameter names: Unused: a deal's title names everything already.
  /// - Returns: The title.
  /// - Complexity: O(1).
  public func title(names: some RecordNaming) -> LocalizedText { title }

  /// The title, round label, locality, summary, note, quotes and locators.
  ///
  /// ```swift
  /// round.readableTexts(names: yearbook).map(\.role)   // [.title, .title, .label, …]
  /// ```
  ///
  /// - Parameter names: Unused.
  /// - Returns: The texts, the title first.
  /// - Complexity: O(*c*) for *c* citations.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    var texts = ReadableText.both(.title, title)
    if let roundLabel { texts.append(ReadableText(.label, roundLabel)) }
    if let locality { texts.append(ReadableText(.label, locality)) }
    return texts + ReadableText.both(.summary, summary) + ReadableText.common(note: note, citations: citations)
  }
}
