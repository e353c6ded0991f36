import Foundation
import Testing

/// Runs the built `yearbook` executable and captures its output.
struct CLIResult {
  var status: Int32
  var stdout: String
  var stderr: String
  /// Whether the process ended by exiting (not by a signal).
  var exited = true
}

enum CLIRunner {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/CLI")
  static let sample = fixtures.appendingPathComponent("sample.json").path

  /// The `yearbook` binary next to the test bundle (.build/<config>/yearbook).
  static let executable: URL? = {
    var candidates: [URL] = []
    if let url = Bundle.main.executableURL?.deletingLastPathComponent() { candidates.append(url) }
    candidates.append(Bundle.main.bundleURL)
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for arg in CommandLine.arguments.prefix(1) {
      candidates.append(URL(fileURLWithPath: arg).deletingLastPathComponent())
    }
    candidates.append(packageRoot.appendingPathComponent(".build/debug"))
    for directory in candidates {
      var current = directory
      for _ in 0..<4 {
        let binary = current.appendingPathComponent("yearbook")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory), !isDirectory.boolValue {
          return binary
        }
        current = current.deletingLastPathComponent()
      }
    }
    return nil
  }()

  static func run(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
    let binary = try #require(executable, "the yearbook executable was not built next to the tests")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin {
      // Write from another thread: a large input would otherwise fill the pipe and block.
      let writer = input.fileHandleForWriting
      Thread.detachNewThread {
        writer.write(stdin)
        try? writer.close()
      }
    } else {
      try input.fileHandleForWriting.close()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), exited: process.terminationReason == .exit)
  }

  /// Runs with the sample fixture alone as data.
  static func sample(_ arguments: [String]) throws -> CLIResult {
    try run(arguments + ["--no-embedded", "--data", sample])
  }

  static func temporaryFile(_ contents: Data, name: String = "input.json") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try contents.write(to: url)
    return url.path
  }
}
