import AIYearbook
import Foundation
import Testing

/// Tags mean what Documentation/Vocabulary.md says, and records carry only the tags
/// their passages support (issue "Data 0.2", the tag audit).
@Suite("Tag audit")
struct TagAuditTests {
  @Test("Vocabulary.md gives every known tag a definition of its own")
  func everyTagDefined() throws {
    let url = TestSupport.packageRoot.appendingPathComponent("Documentation/Vocabulary.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let section = try #require(text.range(of: "### `Tag`")).upperBound
    let rows = text[section...].split(separator: "\n").prefix { !$0.hasPrefix("### ") }
    var definitions: [String: String] = [:]
    for row in rows where row.hasPrefix("| `") {
      let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      definitions[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[1]
    }
    for tag in AIYearbook.Tag.knownTerms {
      let definition = try #require(definitions[tag.rawValue], "Vocabulary.md lacks \(tag.rawValue)")
      #expect(!definition.hasPrefix("Records about"), "\(tag.rawValue) has only a placeholder definition")
      #expect(definition.count >= 20, "\(tag.rawValue): \(definition)")
    }
  }

  @Test(
    "Tags the audit removed stay removed",
    arguments: [
      ("event-2024-11-netease-xcmg-launch-shepherd-mode", "autonomous-driving"),
      ("event-2025-12-ant-group-launches-lingguang", "agents"),
      ("event-2025-h2-nbs-begins-industry-classification-revision", "standards"),
      ("regulation-cn-facial-recognition-application-security-measures", "deepfakes"),
      ("regulation-cn-ai-data-security-standard", "privacy"),
      ("funding-us-japan-joint-sovereign-wealth-fund-proposal-2025-05", "data-centres"),
      ("stat-cn-ai-financing-amount-ai-hardware-and-technology-2025-01-04", "chips"),
      ("stat-huawei-smart-search-monthly-unique-devices-2025", "smartphones"),
      ("stat-openai-gpt-4-parameters-estimate", "reasoning"),
    ])
  func removed(_ id: String, tag: String) throws {
    let record = try #require(try Yearbook.embedded().element(id: id).record)
    #expect(!record.tags.contains(AIYearbook.Tag(tag)))
  }

  @Test("Retagged records carry the tags their passages support")
  func retagged() throws {
    let yearbook = try Yearbook.embedded()
    func tags(_ id: String) throws -> [String] {
      try #require(try yearbook.element(id: id).record).tags.map(\.rawValue)
    }
    #expect(try tags("stat-cn-storage-capacity-2025-06") == ["data"])
    #expect(try tags("result-gpt-5-2-gdpval-win-or-tie-rate") == ["benchmarks"])
    #expect(try tags("event-2024-google-releases-gemini-1-5-pro") == ["long-context", "multimodal"])
    let forecast = try yearbook.element(Event.ID("event-forecast-ai-technology-converges-and-advances"))
    #expect(forecast.citations.count == 5)
  }
}
