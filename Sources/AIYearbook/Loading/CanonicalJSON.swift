#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// The one JSON writer for exports and resource files.
///
/// `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`: the same data always gives the same bytes, so a
/// diff of the resource files reads as a change of facts.
///
/// ```swift
/// let bytes = try CanonicalJSON.encode(yearbook.dataset)
/// ```
public enum CanonicalJSON {
  /// A new encoder configured as the canonical writer.
  public static func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// The canonical bytes of a value, ending in a newline.
  ///
  /// - Throws: `EncodingError` when the value cannot be encoded (a non-finite number).
  public static func encode<T: Encodable>(_ value: T) throws -> Data {
    var data = try makeEncoder().encode(value)
    data.append(UInt8(ascii: "\n"))
    return data
  }
}
