/// One text a reader sees in a record, with the role it plays there.
///
/// ``DatasetElement/readableTexts(names:)`` lists them: the title, aliases, labels,
/// summaries, notes, quotes and locators, each language separately. Free-text
/// search ranks a match by the role of the text it is found in.
///
/// ```swift
/// let texts = event.readableTexts(names: yearbook)
/// texts.first   // ReadableText(role: .title, text: "OpenAI发布GPT-5.2")
/// ```
public struct ReadableText: Hashable, Sendable, Codable {
  /// What part of a record a text is.
  public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    /// The title, name or headline.
    case title
    /// Another name (a regulation's short form, an entity's alias).
    case alias
    /// A label: a metric label, a breakdown dimension or category, a population, a round label.
    case label
    /// A summary, a description or a definition.
    case summary
    /// A note on the record.
    case note
    /// A quoted passage (a citation's quote or its footnote).
    case quote
    /// A citation's heading path.
    case locator
  }

  /// The role of the text.
  public var role: Role
  /// The text.
  public var text: String

  /// Creates a readable text.
  public init(_ role: Role, _ text: String) {
    self.role = role
    self.text = text
  }

  /// Both languages of `text`, in the role (Chinese first).
  static func both(_ role: Role, _ text: LocalizedText?) -> [ReadableText] {
    guard let text else { return [] }
    return [ReadableText(role, text.zh), ReadableText(role, text.en)]
  }

  /// The note, quotes, footnotes and locators every record has.
  static func common(note: LocalizedText?, citations: [Citation]) -> [ReadableText] {
    var texts = both(.note, note)
    for citation in citations {
      texts.append(ReadableText(.quote, citation.quote))
      if let upstream = citation.upstream { texts.append(ReadableText(.quote, upstream.quote)) }
      texts.append(ReadableText(.locator, citation.locator))
    }
    return texts
  }
}
