package import AIYearbook
import Foundation

/// How the server was asked to start: which data, which port, where the web explorer's files are.
///
/// Parsed from the command line the way `yearbook` parses its data options:
///
/// ```swift
/// let options = try ServiceOptions.parse(["--data", "mine.json", "--port", "9000"], environment: [:])
/// options.dataFiles   // ["mine.json"]
/// options.port        // 9000
/// ```
package struct ServiceOptions: Hashable, Sendable {
  /// The user's data files, merged in order (`--data FILE`, repeatable).
  package var dataFiles: [String] = []
  /// Whether the embedded data is served (`--no-embedded` turns it off).
  package var includingEmbedded = true
  /// Whether a file's copy of an identifier replaces the embedded one (`--prefer-file`).
  package var preferringFiles = false
  /// The port on 127.0.0.1 (`--port`, else `PORT`, else 8080).
  package var port = 8080
  /// The folder of the web explorer (`--public DIR`, else `Public` beside the package).
  package var publicFolder: String?

  /// The text `--help` prints.
  package static let usage = """
    usage: YearbookServer [--data FILE]... [--no-embedded] [--prefer-file] [--port N] [--public DIR]

    Serves the AIYearbook API (openapi.yaml) and the web explorer on http://127.0.0.1:PORT/.

      --data FILE     Also serve a file in the export format (JSON or JSON Lines); repeatable.
      --no-embedded   Serve only the --data files, not the embedded dataset.
      --prefer-file   A file's copy of an id replaces a different embedded one.
      --port N        The port (default: $PORT, else 8080). The server binds 127.0.0.1 only.
      --public DIR    The web explorer's folder (default: Public in the package).
    """

  /// A command-line mistake, said in one line.
  package struct UsageError: Error, CustomStringConvertible, Equatable {
    /// What is wrong.
    package let description: String
  }

  package init() {}

  /// Parses the arguments (without the program name); `PORT` in `environment` sets the default port.
  ///
  /// - Returns: The options, or nil when `--help` was asked for.
  /// - Throws: ``UsageError`` for an unknown option, a missing value or a bad port.
  package static func parse(_ arguments: [String], environment: [String: String]) throws(UsageError) -> Self? {
    var options = Self()
    if let text = environment["PORT"] { options.port = try port(text, from: "PORT") }
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      var name = argument
      var inline: String?
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = String(argument[..<equals])
        inline = String(argument[argument.index(after: equals)...])
      }
      func value() throws(UsageError) -> String {
        if let inline { return inline }
        guard let next = remaining.popFirst() else { throw UsageError(description: "option '\(name)' needs a value") }
        return next
      }
      switch name {
      case "--help", "-h": return nil
      case "--data": options.dataFiles.append(try value())
      case "--no-embedded": options.includingEmbedded = false
      case "--prefer-file": options.preferringFiles = true
      case "--port": options.port = try port(try value(), from: "--port")
      case "--public": options.publicFolder = try value()
      default: throw UsageError(description: "unknown argument '\(argument)' (see --help)")
      }
    }
    if !options.includingEmbedded && options.dataFiles.isEmpty {
      throw UsageError(description: "'--no-embedded' needs at least one '--data FILE'")
    }
    return options
  }

  private static func port(_ text: String, from source: String) throws(UsageError) -> Int {
    guard let port = Int(text), (0...65535).contains(port) else {
      throw UsageError(description: "invalid port '\(text)' in \(source) (expected 0 to 65535)")
    }
    return port
  }

  /// Loads the yearbook these options describe.
  ///
  /// - Throws: ``YearbookError`` naming the file, record and field when a file does not load.
  package func loadYearbook() throws(YearbookError) -> Yearbook {
    if dataFiles.isEmpty { return try Yearbook.embedded() }
    return try Yearbook.load(
      dataFiles.map { URL(fileURLWithPath: $0) }, includingEmbedded: includingEmbedded,
      preferringFiles: preferringFiles)
  }
}
