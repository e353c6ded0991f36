import AIYearbook
import Foundation
import Testing

/// Every number a quoted passage states is in the data (issue "Data 0.2"), the
/// reverse of ``ValueInQuoteTests``.
///
/// The check and its one exception table live in `Tools/check-numbers-in-quotes`
/// (stdlib Python, so a maintainer can run it and read its report,
/// Documentation/NumbersInQuotes.md); these tests run it.
@Suite(
  "Numbers in quotes",
  .enabled(if: TestSupport.seedsAvailable, "needs the source documents in ../shared/seeds"),
  .enabled(if: TestSupport.executableInPath("python3") != nil, "needs python3"))
struct NumbersInQuoteTests {
  static let tool = TestSupport.packageRoot.appendingPathComponent("Tools/check-numbers-in-quotes")

  /// Runs the tool with `arguments`; its exit status and its output.
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = TestSupport.executableInPath("python3")
    process.arguments = [tool.path, "--seeds", TestSupport.seedsDirectory.path] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test("Every number in every quote is data or a listed exception, and the report is current")
  func everyNumberIsAccountedFor() throws {
    let (status, output) = try Self.run(["--check"])
    #expect(status == 0, "\(output)")
    #expect(output.contains("0 not accounted for"), "\(output)")
    #expect(!output.contains("MISSING"), "\(output)")
    #expect(!output.contains("UNUSED"), "\(output)")
  }

  @Test("The counts: 990 numbers, none unaccounted, 19 listed exceptions")
  func counts() throws {
    let (status, output) = try Self.run(["--json"])
    #expect(status == 0, "\(output)")
    let line = try #require(output.split(separator: "\n").first)
    let counts = try JSONDecoder().decode(Counts.self, from: Data(line.utf8))
    #expect(counts.numbers == 990)
    #expect(counts.missing == 0)
    #expect(counts.exceptions == 19)
    #expect(counts.data + counts.date + counts.scope + counts.rules.values.reduce(0, +) + counts.exceptions == 990)
  }

  struct Counts: Decodable {
    var numbers: Int
    var data: Int
    var date: Int
    var scope: Int
    var rules: [String: Int]
    var exceptions: Int
    var missing: Int
  }

  @Test("A field size taken out of the data is reported as missing")
  func detectsAMissingNumber() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("numbers-in-quotes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.resourcesDirectory.path)
    for name in names where name.hasSuffix(".json") {
      var text = try String(
        contentsOf: TestSupport.resourcesDirectory.appendingPathComponent(name), encoding: .utf8)
      if name == "benchmarkResults.json" {
        #expect(text.contains("\"outOf\" : 36,"))
        text = text.replacingOccurrences(of: "\"outOf\" : 36,", with: "")
      }
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let (status, output) = try Self.run(["--resources", directory.path])
    #expect(status == 1)
    #expect(output.contains("MISSING src-003 36 [event-2024-stanford-publishes-global-ai-power-rankings"), "\(output)")
  }
}
