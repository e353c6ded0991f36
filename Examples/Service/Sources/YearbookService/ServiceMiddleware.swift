import Foundation
import HTTPTypes
import Hummingbird

/// What every response of the service carries and every request must respect:
///
/// - a Content-Security-Policy that allows scripts, styles and requests from the
///   service itself only (no inline script, no `eval`, no other origin), plus
///   `nosniff`, no referrer and no framing;
/// - a request line of at most ``maximumURILength`` bytes (414) and no request
///   body (413): every operation is a GET;
/// - a problem body (`application/problem+json`) for the router's own errors, such
///   as 404 for a path no route or file serves.
struct ServiceMiddleware<Context: RequestContext>: RouterMiddleware {
  /// The longest request target accepted, in bytes.
  static var maximumURILength: Int { 64 * 1024 }

  /// The Content-Security-Policy of every response.
  static var contentSecurityPolicy: String {
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
      + "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
  }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    var response: Response
    if request.uri.description.utf8.count > Self.maximumURILength {
      response = Self.problem(
        .uriTooLong, code: "uriTooLong", title: "URI too long",
        detail: "the request target is longer than \(Self.maximumURILength) bytes")
    } else if Self.hasBody(request) {
      response = Self.problem(
        .contentTooLarge, code: "bodyNotAllowed", title: "Request body not allowed",
        detail: "every operation is a GET and takes no body")
    } else {
      do {
        response = try await next(request, context)
      } catch let error as HTTPError {
        response = Self.problem(
          error.status, code: error.status == .notFound ? "notFound" : "httpError",
          title: error.status.reasonPhrase,
          detail: error.body ?? (error.status == .notFound ? "no route or file serves \(request.uri.path)" : ""))
      }
    }
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[.referrerPolicy] = "no-referrer"
    response.headers[.xFrameOptions] = "DENY"
    return response
  }

  static func hasBody(_ request: Request) -> Bool {
    if let length = request.headers[.contentLength], let count = Int(length), count > 0 { return true }
    return request.headers[.transferEncoding] != nil
  }

  static func problem(_ status: HTTPResponse.Status, code: String, title: String, detail: String) -> Response {
    let problem = Problem(status: status, code: code, title: title, detail: detail)
    return Response(
      status: status, headers: [.contentType: "application/problem+json"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: problem.body())))
  }
}

extension HTTPField.Name {
  /// `Referrer-Policy` (not among HTTPTypes' predefined names).
  static var referrerPolicy: Self { Self("Referrer-Policy") ?? .xContentTypeOptions }
  /// `X-Frame-Options` (not among HTTPTypes' predefined names).
  static var xFrameOptions: Self { Self("X-Frame-Options") ?? .xContentTypeOptions }
}
