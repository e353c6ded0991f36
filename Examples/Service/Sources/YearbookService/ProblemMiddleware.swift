import AIYearbook
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Turns the generated code's request-decoding failures (a missing required
/// parameter, a value outside an `enum`, text where a number belongs) into 400
/// problems naming the parameter, so `ErrorHandlingMiddleware` answers every
/// error with a problem body. Errors that already carry a problem pass through.
///
/// Install it after `ErrorHandlingMiddleware` (which must stay outermost):
///
/// ```swift
/// try api.registerHandlers(on: router, middlewares: [ErrorHandlingMiddleware(), ProblemMiddleware()])
/// ```
package struct ProblemMiddleware: ServerMiddleware {
  package init() {}

  /// Calls the operation; rethrows its error as a ``ServerError`` with a ``Problem``.
  package func intercept(
    _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
    next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
  ) async throws -> (HTTPResponse, HTTPBody?) {
    do {
      return try await next(request, body, metadata)
    } catch let error as ServerError {
      if error.underlyingError is Problem || error.underlyingError is YearbookError { throw error }
      throw Self.serverError(error, problem: Self.problem(for: error))
    } catch {
      let problem = Problem(
        status: .badRequest, code: "invalidRequest", title: "Invalid request", detail: "\(error)")
      throw ServerError(
        operationID: operationID, request: request, requestBody: body, requestMetadata: metadata,
        causeDescription: "\(error)", underlyingError: problem)
    }
  }

  /// The problem for a failure outside the handlers: which parameter, and why.
  static func problem(for error: ServerError) -> Problem {
    let cause = "\(error.underlyingError)"
    let parameter = Self.parameter(in: error.underlyingError) ?? Self.parameter(in: error.causeDescription)
    let detail: String
    if let parameter {
      detail =
        cause.contains("Missing required") || error.causeDescription.contains("Missing required")
        ? "the required parameter '\(parameter)' is missing" : "invalid value for '\(parameter)'"
    } else {
      detail = error.causeDescription
    }
    return Problem(
      status: .badRequest, code: "invalidParameter", title: "Invalid parameter", detail: detail, parameter: parameter)
  }

  /// The parameter a decoding error is about: the first key of its coding path.
  static func parameter(in error: any Error) -> String? {
    guard let decoding = error as? DecodingError else { return nil }
    let context: DecodingError.Context
    switch decoding {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
    case .keyNotFound(let key, let c):
      return c.codingPath.first?.stringValue ?? key.stringValue
    @unknown default: return nil
    }
    if let key = context.codingPath.first(where: { $0.intValue == nil })?.stringValue { return key }
    return parameter(in: context.debugDescription)
  }

  /// A parameter named in a message (`… named: kind`, `… key 'kind'`).
  static func parameter(in message: String) -> String? {
    for marker in ["named: ", "named '", "key '", "parameter '"] {
      guard let range = message.range(of: marker) else { continue }
      let name = message[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      if !name.isEmpty { return String(name) }
    }
    return nil
  }

  static func serverError(_ error: ServerError, problem: Problem) -> ServerError {
    ServerError(
      operationID: error.operationID, request: error.request, requestBody: error.requestBody,
      requestMetadata: error.requestMetadata, operationInput: error.operationInput,
      operationOutput: error.operationOutput, causeDescription: error.causeDescription, underlyingError: problem)
  }
}
