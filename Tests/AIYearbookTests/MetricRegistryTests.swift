import AIYearbook
import Foundation
import Testing

/// The statistic registry holds one metric per measure: no two metrics share a
/// label or a definition, in either language (issue "Data 0.2").
@Suite("Metric registry")
struct MetricRegistryTests {
  /// Folds a label or definition for comparison: case and width (``TextFolding``),
  /// then without spaces and punctuation, so "AI enterprises." and "AI  Enterprises" meet.
  static func fold(_ text: String) -> String {
    String(
      TextFolding.fold(text).unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
  }

  /// The metrics sharing a folded text, for each text shared by several.
  static func shared(_ text: (Metric) -> String?, in metrics: [Metric]) -> [String: [String]] {
    var byText: [String: [String]] = [:]
    for metric in metrics {
      guard let value = text(metric) else { continue }
      byText[fold(value), default: []].append(metric.id.rawValue)
    }
    return byText.filter { $0.value.count > 1 }
  }

  @Test("The folding meets case, width, spaces and punctuation")
  func folding() {
    #expect(Self.fold("AI enterprises.") == Self.fold("ＡＩ  Enterprises"))
    #expect(Self.fold("人工智能企业数量。") == Self.fold("人工智能企业数量"))
    #expect(Self.fold("AI enterprises") != Self.fold("AI enterprise counts"))
  }

  @Test("No two metrics share a label or a definition (zh or en, folded)")
  func noSharedTexts() throws {
    let metrics = try Yearbook.embedded().dataset.metrics
    let fields: [(String, (Metric) -> String?)] = [
      ("label.zh", { $0.label.zh }), ("label.en", { $0.label.en }),
      ("definition.zh", { $0.definition.zh }), ("definition.en", { $0.definition.en }),
    ]
    for (name, text) in fields {
      let duplicates = Self.shared(text, in: metrics)
      #expect(duplicates.isEmpty, "metrics sharing a \(name): \(duplicates.values.sorted { $0[0] < $1[0] })")
    }
  }

  @Test("The check finds two metrics with one label")
  func findsDuplicates() {
    let first = Metric(
      id: "metric-a", label: LocalizedText(zh: "生产效率提升", en: "Production efficiency gain"), unit: .percent,
      definition: LocalizedText(zh: "甲", en: "A"))
    let second = Metric(
      id: "metric-b", label: LocalizedText(zh: "生产效率提升。", en: "Efficiency"), unit: .percent,
      definition: LocalizedText(zh: "乙", en: "B"))
    #expect(Self.shared({ $0.label.zh }, in: [first, second]).values.first == ["metric-a", "metric-b"])
    #expect(Self.shared({ $0.label.en }, in: [first, second]).isEmpty)
  }

  @Test("The merged and split measures: each statistic names the metric of its passage")
  func mergedAndSplit() throws {
    let yearbook = try Yearbook.embedded()
    let expected: [String: String] = [
      "stat-example-manufacturer-ai-inspection-efficiency-gain": "metric-production-efficiency-change",
      "stat-example-manufacturer-ai-inspection-efficiency-target": "metric-production-efficiency-change",
      "stat-example-manufacturer-ai-scheduling-efficiency-gain": "metric-production-efficiency-change",
      "stat-cn-smart-factory-productivity-gain-2025-04": "metric-production-efficiency-change",
      "stat-ai-industry-financing-2025-h1-vs-2024-full-year": "metric-ai-financing-amount",
      "stat-cn-ai-financing-amount-2025-01-04": "metric-ai-financing-amount",
      "stat-cn-ai-enterprises-2025-09": "metric-ai-enterprises",
      "stat-cn-ai-enterprises-growth-2024": "metric-enterprises-developing-or-using-ai",
    ]
    for (statistic, metric) in expected.sorted(by: { $0.key < $1.key }) {
      #expect(try yearbook.element(Statistic.ID(statistic)).metric.rawValue == metric, "\(statistic)")
    }
    let split = try yearbook.element(Metric.ID("metric-enterprises-developing-or-using-ai"))
    #expect(split.label.zh == "开发或应用人工智能的企业数量")
  }
}
