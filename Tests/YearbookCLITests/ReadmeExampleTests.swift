import Foundation
import Testing

/// The example commands in README.md print exactly what README shows.
struct ReadmeExampleTests {
  struct Example: CustomStringConvertible, Sendable {
    var arguments: [String]
    var expected: String
    var description: String { "yearbook " + arguments.joined(separator: " ") }
  }

  static let examples: [Example] = {
    let readme = CLIRunner.packageRoot.appendingPathComponent("README.md")
    guard let text = try? String(contentsOf: readme, encoding: .utf8) else { return [] }
    var examples: [Example] = []
    for block in text.components(separatedBy: "```console\n").dropFirst() {
      guard let end = block.range(of: "```") else { continue }
      let body = block[..<end.lowerBound]
      guard body.hasPrefix("$ yearbook "), let newline = body.firstIndex(of: "\n") else { continue }
      let command = body[body.index(body.startIndex, offsetBy: 11)..<newline]
      examples.append(
        Example(arguments: splitArguments(String(command)), expected: String(body[body.index(after: newline)...])))
    }
    return examples
  }()

  /// Splits a command line on spaces, honouring single and double quotes.
  static func splitArguments(_ line: String) -> [String] {
    var arguments: [String] = []
    var current = ""
    var quote: Character?
    var hasToken = false
    for character in line {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "'" || character == "\"" {
        quote = character
        hasToken = true
      } else if character == " " {
        if hasToken { arguments.append(current) }
        current = ""
        hasToken = false
      } else {
        current.append(character)
        hasToken = true
      }
    }
    if hasToken { arguments.append(current) }
    return arguments
  }

  @Test func readmeHasTenExamples() {
    #expect(Self.examples.count >= 10)
  }

  @Test(arguments: examples)
  func exampleOutputMatchesReadme(_ example: Example) throws {
    let result = try CLIRunner.run(example.arguments)
    #expect(result.status == 0, "\(example): \(result.stderr)")
    #expect(result.stdout == example.expected, "\(example) prints something else than README.md shows")
  }
}
