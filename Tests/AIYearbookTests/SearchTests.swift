import AIYearbook
import Testing

/// `Yearbook.search(_:limit:)` and `SearchQuery` on the embedded data: the
/// expected identifiers come from reading `statistics.json`, not from the search.
@Suite("Search")
struct SearchTests {
  let yearbook: Yearbook
  init() throws { yearbook = try Yearbook.embedded() }

  static let cnnicAgeShares: Set<String> = [
    "stat-cnnic-genai-users-age-19-and-under-2025-06", "stat-cnnic-genai-users-age-20-29-2025-06",
    "stat-cnnic-genai-users-age-30-39-2025-06", "stat-cnnic-genai-users-age-40-and-over-2025-06",
  ]

  @Test("`age` finds the age breakdowns first, and nothing only through image, agent or language")
  func age() throws {
    let results = yearbook.search("age")
    let first = try #require(results.first)
    #expect(first.kind == .statistic)
    let statistic = try #require(yearbook.dataset.statistics.first { $0.id.rawValue == first.id })
    #expect(statistic.breakdown?.dimension == "age")
    let ids = Set(results.map(\.id))
    #expect(Self.cnnicAgeShares.isSubset(of: ids))
    for result in results {
      let words = result.snippet.lowercased().split { !$0.isLetter }
      #expect(
        words.contains { ["age", "ages", "aged", "ageing", "aging"].contains($0) } || result.snippet.contains("年龄")
          || result.tier == .name,
        "\(result.id) matched through \(result.snippet)")
    }
  }

  @Test("`年龄` finds the age breakdown statistics")
  func ageInChinese() {
    let ids = Set(yearbook.search("年龄").map(\.id))
    #expect(Self.cnnicAgeShares.isSubset(of: ids))
    #expect(ids.contains("stat-aigc-users-share-under-35"))
  }

  @Test("`generative AI users` finds the CNNIC user counts, by words in any order")
  func generativeAIUsers() {
    let ids = yearbook.search("generative AI users").map(\.id)
    #expect(ids.contains("stat-cnnic-genai-users-2025-06"))
    #expect(ids.contains("stat-cnnic-genai-users-change-2024-12-to-2025-06"))
    #expect(Set(yearbook.search("users generative ai").map(\.id)) == Set(ids))
  }

  @Test("`unicorn` lists the first-half 2025 unicorn figures")
  func unicorn() {
    let ids = yearbook.search("unicorn").map(\.id)
    #expect(ids.contains("stat-global-new-unicorns-2025-h1-54"))
    #expect(ids.contains("stat-global-new-unicorns-2025-h1-42"))
  }

  @Test("`人工智能` returns many results, ranked by tier, and the same list every time")
  func manyRanked() {
    let results = yearbook.search("人工智能")
    #expect(results.count > 100)
    #expect(results.map(\.tier) == results.map(\.tier).sorted())
    #expect(results.first?.tier == .name || results.first?.tier == .exactName)
    #expect(yearbook.search("人工智能") == results)
    #expect(yearbook.search("人工智能", limit: 5) == Array(results.prefix(5)))
  }

  @Test("titles are readable: no metric identifier in a statistic's title")
  func readableTitles() {
    for result in yearbook.search("users") {
      #expect(!result.title.en.contains("metric-") && !result.title.zh.contains("metric-"), "\(result.id)")
    }
  }
}
