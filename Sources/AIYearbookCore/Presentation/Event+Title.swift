extension Event {
  /// The event's ``title``.
  ///
  /// ```swift
  /// event.title(names: yearbook).en   // "OpenAI releases GPT-5.2"
  /// ```
  ///
  /// - Parameter names: Unused: an event's title names everything already.
  /// - Returns: The title.
  /// - Complexity: O(1).
  public func title(names: some RecordNaming) -> LocalizedText { title }

  /// The title, summary, locality, note, quotes and locators.
  ///
  /// ```swift
  /// event.readableTexts(names: yearbook).first?.role   // .title
  /// ```
  ///
  /// - Parameter names: Unused.
  /// - Returns: The texts, the title first.
  /// - Complexity: O(*c*) for *c* citations.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    ReadableText.both(.title, title) + (locality.map { [ReadableText(.label, $0)] } ?? [])
      + ReadableText.both(.summary, summary) + ReadableText.common(note: note, citations: citations)
  }
}
