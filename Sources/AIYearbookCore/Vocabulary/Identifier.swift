/// A typed identifier: the `id` of one kind of entity or record.
///
/// `Identifier<Organization>` and `Identifier<Product>` are different types, so
/// an organization's id can never be passed where a product's is expected. Each
/// entity and record names its own as `ID`:
///
/// ```swift
/// let openAI: Organization.ID = "org-openai"
/// let release: Event.ID = "event-2025-12-11-openai-releases-gpt-5-2"
/// ```
///
/// Identifiers are lowercase ASCII words joined by hyphens, prefixed by the kind
/// (`org-`, `product-`, `event-` …); ``isWellFormed`` checks the pattern
/// `^[a-z]+(-[a-z0-9]+)+$`.
public struct Identifier<Subject>: RawRepresentable, Hashable, Sendable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The identifier's string, as it appears in the JSON data.
  public let rawValue: String

  /// Creates an identifier from its string.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from its string.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The identifier's string.
  public var description: String { rawValue }

  /// Orders identifiers by their strings.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Whether the string matches `^[a-z]+(-[a-z0-9]+)+$`, the dataset's id pattern.
  public var isWellFormed: Bool { Self.isWellFormed(rawValue) }

  /// Whether `string` matches `^[a-z]+(-[a-z0-9]+)+$`, the dataset's id pattern.
  public static func isWellFormed(_ string: String) -> Bool {
    let parts = string.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 2, let head = parts.first, !head.isEmpty,
      head.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      !part.isEmpty
        && part.utf8.allSatisfy {
          ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
        }
    }
  }
}

extension Identifier: Codable {
  /// Decodes the identifier from a JSON string.
  public init(from decoder: any Decoder) throws {
    self.rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes the identifier as a JSON string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension Identifier: CodingKeyRepresentable {
  /// The identifier as a dictionary key in JSON.
  public var codingKey: any CodingKey { IdentifierCodingKey(stringValue: rawValue) }

  /// Creates an identifier from a JSON dictionary key.
  public init?<T: CodingKey>(codingKey: T) { self.rawValue = codingKey.stringValue }
}

/// The coding key that carries an ``Identifier`` used as a dictionary key.
struct IdentifierCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
