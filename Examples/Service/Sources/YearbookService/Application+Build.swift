package import AIYearbook
import Foundation
package import Hummingbird
package import Logging
import OpenAPIHummingbird
import OpenAPIRuntime

/// Builds the service: the API of openapi.yaml and the web explorer's files, on 127.0.0.1.
package enum YearbookServer {
  /// The router: security headers and bounds, the explorer's files, then the API's routes.
  ///
  /// - Parameters:
  ///   - yearbook: The data served.
  ///   - publicFolder: The web explorer's folder, or nil to serve the API alone.
  package static func router(yearbook: Yearbook, publicFolder: String?) throws -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: ServiceMiddleware())
    if let publicFolder {
      router.add(middleware: FileMiddleware(publicFolder, searchForIndexHtml: true))
    }
    try YearbookAPI(yearbook: yearbook).registerHandlers(
      on: router, middlewares: [ErrorHandlingMiddleware(), ProblemMiddleware()])
    return router
  }

  /// The application, bound to 127.0.0.1 on the options' port.
  ///
  /// Headers are capped (8 KiB a field, 16 KiB in all, 64 fields) and idle
  /// connections closed after 30 s.
  package static func application(
    yearbook: Yearbook, options: ServiceOptions, logger: Logger = Logger(label: "YearbookServer"),
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) throws -> some ApplicationProtocol {
    let folder = options.publicFolder ?? defaultPublicFolder()
    return Application(
      router: try router(yearbook: yearbook, publicFolder: folder),
      server: .http1(
        configuration: .init(
          idleTimeout: .seconds(30),
          httpDecoderConfiguration: .init(
            maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 16 * 1024, maxHeaderFieldCount: 64)
        )),
      configuration: .init(address: .hostname("127.0.0.1", port: options.port), serverName: "AIYearbook"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? options.port) },
      logger: logger)
  }

  /// `Public` in the current folder when there is one (`swift run` in Examples/Service),
  /// else the package's own `Public` folder, found from this source file's path.
  package static func defaultPublicFolder() -> String? {
    let candidates = [
      FileManager.default.currentDirectoryPath + "/Public",
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Public").path,
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0 + "/index.html") }
  }
}
