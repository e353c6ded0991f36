import AIYearbook
import Testing

/// The dataset's breakdowns against the totals the documents give (Dataset II rules).
struct BreakdownSumTests {
  let yearbook: Yearbook

  init() throws { yearbook = try Yearbook.embedded() }

  func members(metric: String, dimension: String) -> [Statistic] {
    (try? yearbook.statistics.filter(metric: Metric.ID(metric)))?.filter { $0.breakdown?.dimension == dimension }.all()
      ?? []
  }

  /// Every exhaustive share breakdown, named with the sum read off the documents.
  static let exhaustiveShares: [(metric: String, dimension: String, categories: Int, sum: Double)] = [
    ("metric-genai-user-share", "age", 4, 100.0),  // src-003 图 6
    ("metric-genai-user-share", "gender", 2, 100.0),  // src-003 图 5
    ("metric-genai-first-choice-product-share", "firstChoiceProduct", 3, 99.9),  // src-003 图 3, rounding
  ]

  @Test(arguments: exhaustiveShares.map { "\($0.metric) by \($0.dimension)" })
  func exhaustiveShareBreakdownSumsToHundred(_ name: String) throws {
    let expected = try #require(Self.exhaustiveShares.first { "\($0.metric) by \($0.dimension)" == name })
    let shares = members(metric: expected.metric, dimension: expected.dimension).filter {
      $0.breakdown?.exhaustive == true
    }
    #expect(shares.count == expected.categories)
    let sum = shares.compactMap(\.value.value).reduce(0, +)
    #expect(abs(sum - expected.sum) < 0.001, "\(name) sums to \(sum)")
    #expect(abs(sum - 100) <= 0.5)
  }

  @Test func noOtherExhaustiveShareBreakdownExists() {
    let named = Set(Self.exhaustiveShares.map { "\($0.metric)|\($0.dimension)" })
    let found = Set(
      yearbook.dataset.statistics.compactMap { statistic -> String? in
        guard let breakdown = statistic.breakdown, breakdown.exhaustive, breakdown.kind == .share else { return nil }
        return "\(statistic.metric)|\(breakdown.dimension)"
      })
    #expect(found.isSubset(of: named), "unlisted exhaustive share breakdowns: \(found.subtracting(named))")
  }

  @Test("the 151 MIIT typical cases add up by case type")
  func typicalCasesAddUp() throws {
    let parts = members(metric: "metric-ai-new-industrialization-typical-cases", dimension: "caseType")
    #expect(parts.compactMap(\.value.value).reduce(0, +) == 151)
    let total = try yearbook.statistics.filter(metric: "metric-ai-new-industrialization-typical-cases")
      .filter { $0.breakdown == nil }.all()
    #expect(total.contains { $0.value.value == 151 })
  }

  @Test("filings by province are a partial list: 422 of 538")
  func filingsByProvinceArePartial() throws {
    let provinces = members(metric: "metric-genai-services-filed", dimension: "province")
    #expect(provinces.count == 5)
    #expect(provinces.allSatisfy { $0.breakdown?.exhaustive == false })
    #expect(provinces.compactMap(\.value.value).reduce(0, +) == 422)
  }
}
