/// A value from one of the dataset's controlled vocabularies.
///
/// Vocabularies (event categories, tags, units, regions, statuses …) grow as
/// the dataset grows. Each is a small struct around its raw string with the
/// known terms as static constants, so data written by a newer release still
/// decodes in an older library and re-encodes unchanged:
///
/// ```swift
/// let category: Event.Category = "modelRelease"
/// category == .modelRelease          // true
/// Event.Category("quantumLeap").isKnown  // false, but it decodes and round-trips
/// ```
public protocol VocabularyTerm:
  RawRepresentable, Hashable, Sendable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String, StringLiteralType == String {
  /// Creates a term from its raw string; unknown strings are kept as they are.
  init(_ rawValue: String)

  /// Every term this version of the library knows, in documentation order.
  static var knownTerms: [Self] { get }
}

extension VocabularyTerm {
  /// Creates a term from a string literal.
  public init(stringLiteral value: String) { self.init(value) }

  /// The raw string, as it appears in the JSON data.
  public var description: String { rawValue }

  /// Whether this version of the library lists the term among ``knownTerms``.
  public var isKnown: Bool { Self.knownTerms.contains(self) }

  /// Orders terms by their raw strings.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Decodes the raw string; any string is accepted.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the raw string unchanged.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
