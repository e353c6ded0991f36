import AIYearbook
import Testing

/// The embedded dataset loads once, from any thread, and its versions without decoding records.
struct EmbeddedLoadingTests {
  @Test func concurrentLoadsSeeOneDataset() async throws {
    let counts = try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<32 {
        group.addTask { try Yearbook.embedded().dataset.recordCount }
      }
      var counts: [Int] = []
      for try await count in group { counts.append(count) }
      return counts
    }
    #expect(counts.count == 32)
    #expect(Set(counts).count == 1)
    #expect((counts.first ?? 0) > 600)
  }

  @Test func versionsComeFromMeta() throws {
    let versions = try YearbookVersion.embedded()
    #expect(versions.schema == "1.1.0")
    #expect(versions.schema == Dataset.currentSchemaVersion)
    #expect(versions.data.split(separator: ".").count == 3)
    #expect(try Yearbook.embedded().dataVersion == versions.data)
  }
}
