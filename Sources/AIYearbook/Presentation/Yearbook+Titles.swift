extension Yearbook {
  /// A record's readable title, with names, not identifiers.
  ///
  /// Events, funding rounds and regulations give their `title`; a benchmark
  /// result its subject on its benchmark; a statistic a headline of its
  /// metric label and scope (see ``DatasetElement/title(names:)``).
  ///
  /// ```swift
  /// yearbook.title(of: result).en      // "GPT-5.2 on GDPval"
  /// yearbook.title(of: statistic).en   // "Generative-AI users (China, …, 2025-06)"
  /// ```
  ///
  /// - Parameter element: A record or entity of any kind.
  /// - Returns: The title in Chinese and English.
  /// - Complexity: O(*n*) in the parts of the title.
  public func title(of element: some DatasetElement) -> LocalizedText { element.title(names: self) }

  /// The readable title of an element of any kind, as ``element(id:)`` returns it.
  ///
  /// ```swift
  /// yearbook.title(of: try yearbook.element(id: "org-openai")).en   // → "OpenAI"
  /// ```
  public func title(of element: AnyElement) -> LocalizedText { element.element.title(names: self) }
}
