import Foundation
import Testing

/// The generated DocExamples.swift holds every Swift block of the documentation:
/// this suite counts them again, so a block added without regenerating fails.
@Suite("Documentation examples are all extracted")
struct DocExampleCountTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The number of ```swift fences in README.md, the DocC articles and the `///` comments of Sources.
  static func countBlocks() throws -> Int {
    var count = 0
    let fence = #/^```swift(\s+[\w-]+)?\s*$/#
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    count += readme.split(separator: "\n", omittingEmptySubsequences: false).count { $0.wholeMatch(of: fence) != nil }
    let sources = root.appendingPathComponent("Sources")
    let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
      if url.pathComponents.contains("Resources") { continue }
      let isArticle = url.pathExtension == "md" && url.pathComponents.contains { $0.hasSuffix(".docc") }
      guard isArticle || url.pathExtension == "swift" else { continue }
      let text = try String(contentsOf: url, encoding: .utf8)
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var candidate = line.trimmingCharacters(in: .whitespaces)
        if url.pathExtension == "swift" {
          guard candidate.hasPrefix("///") else { continue }
          candidate = String(candidate.dropFirst(3)).trimmingCharacters(in: .whitespaces)
        }
        if candidate.wholeMatch(of: fence) != nil { count += 1 }
      }
    }
    return count
  }

  @Test("every block of the documentation is in the generated file")
  func everyBlockIsExtracted() throws {
    let found = try Self.countBlocks()
    #expect(found > 100, "the count should see the documentation's blocks")
    #expect(
      found == DocExamples.blockCount,
      "the documentation has \(found) Swift blocks; DocExamples.swift has \(DocExamples.blockCount): run python3 Tools/doc-examples.py"
    )
  }

  @Test("only Package.swift fragments are skipped")
  func skippedBlocks() {
    #expect(DocExamples.skipped == ["Sources/AIYearbook/AIYearbook.docc/Articles/GettingStarted.md#1"])
  }
}
