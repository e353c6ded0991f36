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
    ("metric-genai-first-choice-product-share", "first-choice-product", 3, 99.9),  // src-003 图 3, rounding
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
    let parts = members(metric: "metric-ai-new-industrialization-typical-cases", dimension: "case-type")
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

/// `breakdowns(dimension:)` on the embedded data.
struct BreakdownListTests {
  let yearbook: Yearbook

  init() throws { yearbook = try Yearbook.embedded() }

  @Test("breakdowns(dimension: \"age\") gives CNNIC's age breakdown, its shares summing to 100")
  func cnnicAges() throws {
    let ages = yearbook.breakdowns(dimension: "age")
    let cnnic = try #require(ages.first { $0.producer == "org-cnnic" })
    #expect(cnnic.metric == "metric-genai-user-share")
    #expect(cnnic.period?.description == "2025-06")
    #expect(cnnic.kind == .share && cnnic.exhaustive)
    #expect(cnnic.categories.map(\.id) == ["age-19-and-under", "age-20-29", "age-30-39", "age-40-and-over"])
    #expect(cnnic.categories.map(\.value.value) == [33.8, 21, 19.8, 25.4])
    let sum = try #require(cnnic.sum)
    #expect(abs(sum - 100) < 0.001)
    #expect(cnnic.expectedSum == 100)
    // The other age figure (AIGC users under 35, 2025) is a breakdown of its own, not exhaustive.
    #expect(ages.count == 2)
    #expect(ages.allSatisfy { $0.dimension == "age" })
  }

  @Test("A former dimension name finds the renamed breakdown")
  func formerNames() {
    let factories = yearbook.breakdowns(dimension: "smartFactoryLevel")
    #expect(factories.map(\.dimension) == ["smart-factory-level"])
    #expect(factories.first?.sum == 31_430)
    #expect(factories.first?.expectedSum == nil)
    #expect(yearbook.breakdowns(dimension: "smart-factory-level") == factories)
    #expect(yearbook.breakdowns(dimension: "no-such-dimension").isEmpty)
  }

  @Test("Every dimension in the data is a kebab-case term of the vocabulary")
  func dimensionsAreKebabCase() {
    let dimensions = Set(yearbook.dataset.statistics.compactMap { $0.breakdown?.dimension })
    #expect(dimensions.count == 19)
    for dimension in dimensions {
      #expect(Statistic.Breakdown.Dimension(dimension).isKnown, "\(dimension)")
      #expect(dimension.allSatisfy { $0.isLowercase || $0 == "-" }, "\(dimension)")
    }
  }

  @Test("Place dimensions gather one region per category; the school stages form one breakdown")
  func grouping() throws {
    let filings = try #require(yearbook.breakdowns(dimension: "province").first)
    #expect(filings.categories.count == 5)
    #expect(filings.regions == ["CN-BJ", "CN-GD", "CN-JS", "CN-SH", "CN-ZJ"])
    #expect(filings.sum == 422)
    #expect(!filings.exhaustive && filings.expectedSum == nil)
    let stages = yearbook.breakdowns(dimension: "school-stage")
    #expect(stages.count == 1)
    #expect(stages.first?.categories.count == 3)
    #expect(stages.first?.sum == nil)  // rates within each category do not add
    let every = yearbook.breakdowns()
    #expect(every.flatMap(\.categories).count == yearbook.dataset.statistics.filter { $0.breakdown != nil }.count)
  }

  @Test("breakdown(of:) refuses a statistic outside any breakdown")
  func notInBreakdown() {
    #expect(throws: YearbookError.self) { _ = try yearbook.breakdown(of: "stat-global-new-unicorns-2025-h1-54") }
  }
}
