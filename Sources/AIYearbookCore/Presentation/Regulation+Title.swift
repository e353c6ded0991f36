extension Regulation {
  /// The instrument's ``title``.
  ///
  /// ```swift
  /// regulation.title(names: yearbook).en   // → "Artificial Intelligence Act (EU AI Act)"
  /// ```
  ///
  /// - Parameter names: Unused: an instrument's title is its name.
  /// - Returns: The title.
  /// - Complexity: O(1).
  public func title(names: some RecordNaming) -> LocalizedText { title }

  /// The title, aliases, official category, locality, summary, note, and the
  /// quotes and locators of the citations and of the aliases.
  ///
  /// ```swift
  /// let aliases = regulation.readableTexts(names: yearbook).filter { $0.role == .alias }.map(\.text)
  /// ```
  ///
  /// - Parameter names: Unused.
  /// - Returns: The texts, the title first.
  /// - Complexity: O(*c* + *a*) for *c* citations and *a* aliases.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    var texts = ReadableText.both(.title, title) + aliases.map { ReadableText(.alias, $0.text) }
    texts += ReadableText.both(.label, officialCategory)
    if let locality { texts.append(ReadableText(.label, locality)) }
    texts += ReadableText.both(.summary, summary)
    return texts + ReadableText.common(note: note, citations: citations + aliases.map(\.citation))
  }
}
