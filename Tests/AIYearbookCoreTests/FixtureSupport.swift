import AIYearbookCore
import Foundation
import Testing

/// The hand-written JSON files in `Tests/Fixtures/Core`.
///
/// The fixtures are typed from the documented shape of each type (DESIGN.md §2–3),
/// never produced by the encoder under test.
enum Fixture {
  /// `Tests/Fixtures/Core`.
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // AIYearbookCoreTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Fixtures/Core")

  /// The bytes of a fixture file.
  static func data(_ name: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(name))
  }

  /// A fixture decoded as `type`.
  static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
    try JSONDecoder().decode(type, from: data(name))
  }
}

/// The canonical writer's configuration and JSON helpers.
enum JSON {
  /// The canonical writer: sorted keys, pretty-printed, slashes not escaped.
  static func canonicalEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// The value encoded by the canonical writer.
  static func encode<T: Encodable>(_ value: T) throws -> Data {
    try canonicalEncoder().encode(value)
  }

  /// The value encoded by the canonical writer, as text.
  static func encodedText<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try encode(value), as: UTF8.self)
  }

  /// Decodes `type` from JSON text.
  static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }

  /// The JSON parsed with `JSONSerialization` and written back with sorted keys,
  /// so two documents compare equal exactly when they hold the same values,
  /// whatever their whitespace and key order.
  static func normalized(_ data: Data) throws -> String {
    let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    let bytes = try JSONSerialization.data(
      withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .fragmentsAllowed])
    return String(decoding: bytes, as: UTF8.self)
  }

  /// ``normalized(_:)`` for JSON text.
  static func normalized(_ text: String) throws -> String { try normalized(Data(text.utf8)) }

  /// The JSON object at the top of `data`.
  static func object(_ data: Data) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }
}

/// Expects the canonical encoding of `value` to hold the same JSON as the fixture `name`.
func expectEncoding<T: Encodable>(
  _ value: T, matchesFixture name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let encoded = try JSON.normalized(JSON.encode(value))
  let expected = try JSON.normalized(Fixture.data(name))
  #expect(encoded == expected, "canonical encoding differs from \(name)", sourceLocation: sourceLocation)
}

/// Expects the canonical encoding of `value` to hold the same JSON as `json`.
func expectEncoding<T: Encodable>(
  _ value: T, matchesJSON json: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let encoded = try JSON.normalized(JSON.encode(value))
  let expected = try JSON.normalized(json)
  #expect(encoded == expected, sourceLocation: sourceLocation)
}

/// Expects `value` to survive encoding and decoding unchanged.
func expectRoundTrip<T: Codable & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let decoded = try JSONDecoder().decode(T.self, from: JSON.encode(value))
  #expect(decoded == value, sourceLocation: sourceLocation)
}

/// Decodes the fixture `name`, expects its canonical encoding to equal the
/// fixture and a round trip to give the same value, and returns the value.
func decodeFixture<T: Codable & Equatable>(
  _ type: T.Type, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> T {
  let value = try Fixture.decode(type, name)
  try expectEncoding(value, matchesFixture: name, sourceLocation: sourceLocation)
  try expectRoundTrip(value, sourceLocation: sourceLocation)
  return value
}

extension DecodingError {
  /// The context of any kind of decoding error.
  var context: Context? {
    switch self {
    case .dataCorrupted(let context): context
    case .keyNotFound(_, let context): context
    case .typeMismatch(_, let context): context
    case .valueNotFound(_, let context): context
    @unknown default: nil
    }
  }

  /// The coding path as strings: keys by name, array positions as `[n]`.
  var path: [String] {
    (context?.codingPath ?? []).map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
  }

  /// Everything the error says: its debug description and the underlying error's.
  var message: String {
    guard let context else { return String(describing: self) }
    return context.debugDescription + (context.underlyingError.map { " \($0)" } ?? "")
  }
}

/// A partial date from text, for building inputs and expectations.
func date(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }

/// A date period from text, for building inputs and expectations.
func period(_ text: String) throws -> DatePeriod { try DatePeriod(parsing: text) }

/// A calendar day that must exist.
func day(_ year: Int, _ month: Int, _ day: Int) throws -> CalendarDay {
  try #require(CalendarDay(year: year, month: month, day: day))
}
