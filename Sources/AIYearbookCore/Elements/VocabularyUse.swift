/// One vocabulary value an element uses, and whether this version knows it.
///
/// Validation reports unknown values as warnings: newer data decodes, keeps
/// them and re-encodes them unchanged.
///
/// ```swift
/// event.vocabularyUses.map(\.field)   // ["tags[0]", …, "category"]
/// ```
public struct VocabularyUse: Hashable, Sendable, Codable {
  /// The field, as a path below the element (`tags[0]`, `parties[1].role`).
  public var field: String
  /// The value.
  public var value: String
  /// Whether this version of the library lists the value.
  public var isKnown: Bool

  /// The use of a term in a field.
  public init<Term: VocabularyTerm>(_ field: String, _ term: Term) {
    self.field = field
    value = term.rawValue
    isKnown = term.isKnown
  }
}

extension Record {
  /// The uses of the tags, `tags[i]`.
  public var tagUses: [VocabularyUse] { tags.enumerated().map { VocabularyUse("tags[\($0)]", $1) } }
}
