#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Decodes one element of an array, keeping the failure and the element's `id`
/// instead of throwing, so errors can name the record.
struct LocatedElement<Element: Decodable>: Decodable {
  let result: Result<Element, any Error>
  let id: String?

  init(from decoder: any Decoder) {
    let id = (try? decoder.container(keyedBy: AnyCodingKey.self)).flatMap {
      try? $0.decodeIfPresent(String.self, forKey: AnyCodingKey("id"))
    }
    self.id = id
    do {
      result = .success(try Element(from: decoder))
    } catch {
      result = .failure(error)
    }
  }
}

/// A coding key made from any string.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ string: String) { stringValue = string }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) {
    stringValue = String(intValue)
    self.intValue = intValue
  }
}

enum LocatedDecoding {
  /// `$.events[3]`-style path of a coding path.
  static func path(_ codingPath: [any CodingKey]) -> String {
    codingPath.reduce("$") { path, key in
      if let index = key.intValue { return path + "[\(index)]" }
      return path + "." + key.stringValue
    }
  }

  /// The error for an element that failed to decode, naming file, position, id and field.
  static func error(file: String, elementPath: String, id: String?, underlying: any Error) -> YearbookError {
    guard let decodingError = underlying as? DecodingError else {
      return .invalidRecord(file: file, path: elementPath, id: id, field: "", reason: "\(underlying)")
    }
    let context: DecodingError.Context
    var reason: String
    switch decodingError {
    case .dataCorrupted(let c):
      context = c
      reason = c.debugDescription
    case .keyNotFound(let key, let c):
      context = DecodingError.Context(codingPath: c.codingPath + [key], debugDescription: c.debugDescription)
      reason = "is missing"
    case .typeMismatch(let type, let c):
      context = c
      reason = "expected \(type): \(c.debugDescription)"
    case .valueNotFound(let type, let c):
      context = c
      reason = "expected \(type), found null"
    @unknown default:
      return .invalidRecord(file: file, path: elementPath, id: id, field: "", reason: "\(decodingError)")
    }
    if case .keyNotFound(_, let c) = decodingError, !c.debugDescription.isEmpty,
      c.debugDescription.hasPrefix("every")
    {
      reason = "is missing (\(c.debugDescription))"
    }
    let field = fieldPath(context.codingPath, below: elementPath)
    return .invalidRecord(file: file, path: elementPath, id: id, field: field, reason: reason)
  }

  /// The part of a coding path below the element (`citations[0].quote`); a coding path that starts
  /// at the element itself (an element decoded alone, a JSON Lines line) is that part already.
  static func fieldPath(_ codingPath: [any CodingKey], below elementPath: String) -> String {
    let full = path(codingPath)
    var rest = full.hasPrefix(elementPath) ? String(full.dropFirst(elementPath.count)) : String(full.dropFirst())
    if rest.hasPrefix(".") { rest.removeFirst() }
    return rest
  }
}
