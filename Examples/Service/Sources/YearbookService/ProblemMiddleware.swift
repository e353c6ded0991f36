import AIYearbook
import Foundation
package import HTTPTypes
package import OpenAPIRuntime

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
  ///
  /// The generated decoders do not say which query parameter failed, so the
  /// request's own query is checked against the operation's required parameters
  /// and the generated enums and integer types.
  static func problem(for error: ServerError) -> Problem {
    let query = URLComponents(string: error.request.path ?? "")?.queryItems ?? []
    let given = Dictionary(query.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
    for name in requiredParameters[error.operationID] ?? [] where given[name] == nil {
      return .invalidParameter(name, "the required parameter '\(name)' is missing")
    }
    for item in query {
      guard let isValid = valueChecks[item.name], !isValid(item.value ?? "") else { continue }
      return .invalidParameter(item.name, "invalid value '\(item.value ?? "")' for '\(item.name)'")
    }
    return Problem(
      status: .badRequest, code: "invalidRequest", title: "Invalid request", detail: error.causeDescription)
  }

  /// The query parameters each operation requires (openapi.yaml's `required: true`).
  static let requiredParameters: [String: [String]] = [
    Operations.ListRecords.id: ["kind"],
    Operations.Search.id: ["q"],
    Operations.ListGroups.id: ["kind", "by"],
  ]

  /// The query parameters the generated code decodes as enums or integers, and what it accepts.
  static let valueChecks: [String: @Sendable (String) -> Bool] = [
    "kind": { Components.Schemas.RecordKind(rawValue: $0) != nil },
    "sort": { Operations.ListRecords.Input.Query.SortPayload(rawValue: $0) != nil },
    "dateMode": { Components.Parameters.DateMode(rawValue: $0) != nil },
    "limit": { Int($0) != nil },
    "offset": { Int($0) != nil },
  ]

  static func serverError(_ error: ServerError, problem: Problem) -> ServerError {
    ServerError(
      operationID: error.operationID, request: error.request, requestBody: error.requestBody,
      requestMetadata: error.requestMetadata, operationInput: error.operationInput,
      operationOutput: error.operationOutput, causeDescription: error.causeDescription, underlyingError: problem)
  }
}
