import AIYearbook
import Foundation
import Testing

/// Readable titles and leaderboards on the embedded data; the expected names
/// are read from the resource files by hand.
@Suite("Titles and leaderboards")
struct TitleTests {
  let yearbook: Yearbook
  init() throws { yearbook = try Yearbook.embedded() }

  @Test("a benchmark result is titled by its subject's and benchmark's names")
  func benchmarkResult() throws {
    let result = try #require(yearbook.dataset.benchmarkResults.first { $0.id == "result-gpt-5-2-swe-bench-pro" })
    #expect(yearbook.title(of: result) == LocalizedText(zh: "GPT-5.2：SWE-Bench Pro", en: "GPT-5.2 on SWE-Bench Pro"))
    #expect(yearbook.name(of: .product("product-gpt-5-2")).en == "GPT-5.2")
    #expect(yearbook.name(of: .regions(["US", "CN"])) == LocalizedText(zh: "美国与中国", en: "United States and China"))
  }

  @Test("a statistic is titled by its metric label and scope")
  func statistic() throws {
    let users = try #require(yearbook.dataset.statistics.first { $0.id == "stat-cnnic-genai-users-2025-06" })
    #expect(
      yearbook.title(of: users)
        == LocalizedText(zh: "生成式人工智能用户规模（中国，2025-06）", en: "Generative-AI users (China, 2025-06)"))
    let share = try #require(
      yearbook.dataset.statistics.first { $0.id == "stat-cnnic-genai-users-age-20-29-2025-06" })
    #expect(
      yearbook.title(of: share).en
        == "Share of generative-AI users by attribute (China, Generative-AI users in China, age: 20–29, 2025-06)")
  }

  @Test("no record's title spells an identifier")
  func noIdentifiers() {
    func check<R: Record>(_ records: [R]) {
      for record in records {
        let title = yearbook.title(of: record)
        for prefix in ["metric-", "product-", "org-", "benchmark-"] {
          #expect(!title.en.contains(prefix) && !title.zh.contains(prefix), "\(record.id): \(title.en)")
        }
      }
    }
    check(yearbook.dataset.benchmarkResults)
    check(yearbook.dataset.statistics)
  }

  @Test("a stated rank is the position, even alone on the board")
  func statedRank() throws {
    let india = try #require(yearbook.leaderboard(for: "benchmark-global-ai-power-rankings")["rank"])
    #expect(india.map(\.position) == [4])
    #expect(india.map(\.statedRank) == [4])
    let spatial = try #require(yearbook.leaderboard(for: "benchmark-spatialbench")["rank"])
    #expect(
      spatial.map(\.result.id.rawValue) == ["result-qwen3-vl-spatialbench-rank", "result-qwen2-5-vl-spatialbench-rank"])
    #expect(spatial.map(\.position) == [1, 2])
  }

  @Test("a leaderboard entry encodes position, statedRank and the result, and decodes back")
  func entryJSON() throws {
    let entry = try #require(yearbook.leaderboard(for: "benchmark-global-ai-power-rankings")["rank"]?.first)
    let data = try JSONEncoder().encode(entry)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["position"] as? Int == 4)
    #expect(object["statedRank"] as? Int == 4)
    #expect((object["result"] as? [String: Any])?["id"] as? String == "result-india-rank-global-ai-power-rankings-2024")
    #expect(try JSONDecoder().decode(LeaderboardEntry.self, from: data) == entry)
  }
}
