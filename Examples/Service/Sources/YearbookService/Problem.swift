public import AIYearbook
package import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// An RFC 9457 problem, the body of every 4xx response (`application/problem+json`).
///
/// `type` is `urn:aiyearbook:problem:<error>`. When the problem comes from the
/// library, the body also carries the ``YearbookError``'s own JSON fields
/// (`error`, `message`, `suggestions` …), so a client reads the same shape the
/// library encodes.
///
/// ```json
/// {"type": "urn:aiyearbook:problem:unknownName", "title": "Not found", "status": 404,
///  "detail": "no organization is named \"Open AI\" (did you mean org-openai?)",
///  "parameter": "organization", "error": "unknownName", "suggestions": ["org-openai"], …}
/// ```
package struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The HTTP status (400, 404, 413 or 414).
  package var status: HTTPResponse.Status
  /// The problem's kind: the library error's case name, or the service's own (`invalidParameter`).
  package var code: String
  /// A short summary of the kind.
  package var title: String
  /// What went wrong this time.
  package var detail: String
  /// The request parameter at fault, when one is.
  package var parameter: String?
  /// The library error behind the problem, encoded into the body.
  package var error: YearbookError?
  /// The nearest values the service knows, for a problem of its own (the library's errors carry theirs).
  package var suggestions: [String]?

  /// A problem with a parameter the service checks itself (a bound, a pattern, a combination).
  package static func invalidParameter(_ name: String, _ detail: String) -> Self {
    Problem(
      status: .badRequest, code: "invalidParameter", title: "Invalid parameter", detail: detail, parameter: name,
      error: nil)
  }

  /// The problem for a library error, with the parameter that carried the bad value, if known.
  package init(_ error: YearbookError, parameter: String? = nil) {
    let notFound: Bool
    switch error {
    case .unknownID, .unknownName, .notInBreakdown: notFound = true
    default: notFound = false
    }
    self.init(
      status: notFound ? .notFound : .badRequest, code: error.code, title: notFound ? "Not found" : "Invalid parameter",
      detail: error.description, parameter: parameter, error: error)
  }

  /// A problem from its parts.
  package init(
    status: HTTPResponse.Status, code: String, title: String, detail: String, parameter: String? = nil,
    error: YearbookError? = nil, suggestions: [String]? = nil
  ) {
    self.suggestions = suggestions
    self.status = status
    self.code = code
    self.title = title
    self.detail = detail
    self.parameter = parameter
    self.error = error
  }

  /// The detail, for logs.
  package var description: String { detail }

  /// The JSON body: the problem's members, then the library error's fields.
  package func body() -> Data {
    var object: [String: JSONValue] = [:]
    if let error, let data = try? JSONEncoder().encode(error),
      case .object(let fields)? = try? JSONDecoder().decode(JSONValue.self, from: data)
    {
      object = fields
    }
    object["type"] = .string("urn:aiyearbook:problem:\(code)")
    object["title"] = .string(title)
    object["status"] = .number(Double(status.code))
    object["detail"] = .string(detail)
    if let parameter { object["parameter"] = .string(parameter) }
    if let suggestions { object["suggestions"] = .array(suggestions.map(JSONValue.string)) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(JSONValue.object(object)))
      ?? Data(#"{"type":"urn:aiyearbook:problem:unencodable","title":"Bad request","status":400,"detail":""}"#.utf8)
  }
}

extension Problem: HTTPResponseConvertible {
  /// The problem's status.
  package var httpStatus: HTTPResponse.Status { status }
  /// `Content-Type: application/problem+json`.
  package var httpHeaderFields: HTTPFields { [.contentType: "application/problem+json"] }
  /// The JSON body.
  package var httpBody: HTTPBody? { HTTPBody(body()) }
}

/// The library's error answers as a problem: an unknown id or name is a 404 with
/// its suggestions, anything else a 400.
///
/// A retroactive conformance: neither the protocol nor the type is the service's.
/// The library stays free of OpenAPIRuntime, so the service supplies it.
// swift-format-ignore: AvoidRetroactiveConformances
extension YearbookError: @retroactive HTTPResponseConvertible {
  /// 404 for an unknown id or name, 400 otherwise.
  public var httpStatus: HTTPResponse.Status { Problem(self).status }
  /// `Content-Type: application/problem+json`.
  public var httpHeaderFields: HTTPFields { Problem(self).httpHeaderFields }
  /// The problem's JSON, with the error's own fields.
  public var httpBody: HTTPBody? { Problem(self).httpBody }
}

/// Any JSON value, to merge the library error's fields into the problem object.
enum JSONValue: Codable, Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 {
        try container.encode(Int64(value))
      } else {
        try container.encode(value)
      }
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }
}
