import AIYearbookCore

/// Names that show which lookup produced them: `Product product-a`, `产品product-a`.
struct StubNames: RecordNaming {
  func organizationName(_ id: Organization.ID) -> LocalizedText {
    LocalizedText(zh: "机构\(id.rawValue)", en: "Org \(id.rawValue)")
  }
  func productName(_ id: Product.ID) -> LocalizedText {
    LocalizedText(zh: "产品\(id.rawValue)", en: "Product \(id.rawValue)")
  }
  func benchmarkName(_ id: Benchmark.ID) -> LocalizedText {
    LocalizedText(zh: "基准\(id.rawValue)", en: "Bench \(id.rawValue)")
  }
  func metricLabel(_ id: Metric.ID) -> LocalizedText {
    if id == "metric-genai-users-by-age" { return LocalizedText(zh: "用户（按年龄）", en: "Users by age") }
    return LocalizedText(zh: "指标\(id.rawValue)", en: "Metric \(id.rawValue)")
  }
}
