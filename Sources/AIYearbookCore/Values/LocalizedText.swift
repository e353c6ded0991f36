/// Text a person reads, in Chinese and in English.
///
/// Titles, summaries, notes and labels carry both languages; the Chinese is the
/// wording of the source document where there is one.
///
/// ```swift
/// let title = LocalizedText(zh: "OpenAI发布GPT-5.2", en: "OpenAI releases GPT-5.2")
/// title[.english]  // "OpenAI releases GPT-5.2"
/// ```
public struct LocalizedText: Hashable, Sendable, Codable {
  /// The Chinese text.
  public var zh: String
  /// The English text.
  public var en: String

  /// Creates bilingual text.
  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// The text in the given language.
  public subscript(language: Language) -> String {
    switch language {
    case .chinese: zh
    case .english: en
    }
  }

  /// Whether either language contains `text`, compared as given.
  public func contains(_ text: String) -> Bool { zh.contains(text) || en.contains(text) }
}

/// The two languages of ``LocalizedText``.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
  /// Chinese (`zh`).
  case chinese = "zh"
  /// English (`en`).
  case english = "en"
}
