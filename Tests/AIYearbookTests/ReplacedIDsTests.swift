import AIYearbook
import Foundation
import Testing

/// Removed or merged identifiers keep resolving to their replacements (DESIGN §4),
/// and DataChangelog.md names each with its replacement.
@Suite("Replaced identifiers")
struct ReplacedIDsTests {
  /// Every identifier a release removed or merged, and its replacement.
  static let expected: [String: String] = [
    "metric-ai-deployment-efficiency-gain": "metric-production-efficiency-change",
    "metric-ai-industry-financing": "metric-ai-financing-amount",
  ]

  @Test("The embedded table lists exactly the removed and merged identifiers")
  func table() {
    #expect(Yearbook.replacedIDs == Self.expected)
  }

  @Test("A replaced identifier is gone from the data; its replacement is there, of the same kind")
  func wellFormed() throws {
    let yearbook = try Yearbook.embedded()
    for (old, new) in Yearbook.replacedIDs.sorted(by: { $0.key < $1.key }) {
      let kind = try #require(ElementKind(identifier: old), "\(old) has no kind prefix")
      #expect(ElementKind(identifier: new) == kind, "\(old) → \(new) changes kind")
      let ids = Set(yearbook.dataset.elements(of: kind).map(\.id))
      #expect(!ids.contains(old), "\(old) is replaced but still in the data")
      #expect(ids.contains(new), "\(new), the replacement of \(old), is not in the data")
      #expect(yearbook.replacement(for: old) == new)
    }
  }

  @Test("element(id:) and element(_:) answer a replaced identifier with its replacement's element")
  func lookup() throws {
    let yearbook = try Yearbook.embedded()
    let element = try yearbook.element(id: "metric-ai-deployment-efficiency-gain")
    #expect(element.id == "metric-production-efficiency-change")
    #expect(element.kind == .metric)
    let metric = try yearbook.element(Metric.ID("metric-ai-industry-financing"))
    #expect(metric.id == "metric-ai-financing-amount")
    #expect(metric.label.zh == "人工智能投融资金额")
    #expect(yearbook.metric("metric-ai-industry-financing")?.id == "metric-ai-financing-amount")
    #expect(throws: YearbookError.self) { try yearbook.element(Organization.ID("metric-ai-industry-financing")) }
  }

  @Test("resolve(_:as:) maps a replaced identifier to its replacement, for its own kind only")
  func resolve() throws {
    let yearbook = try Yearbook.embedded()
    #expect(try yearbook.resolve("metric-ai-industry-financing", as: Metric.self) == "metric-ai-financing-amount")
    #expect(
      try yearbook.resolve("metric-ai-deployment-efficiency-gain", as: Metric.self)
        == "metric-production-efficiency-change")
    #expect(throws: YearbookError.self) { try yearbook.resolve("metric-ai-industry-financing", as: Product.self) }
  }

  @Test("replacement(for:) is nil for an identifier the data holds and for one never replaced")
  func noReplacement() throws {
    let yearbook = try Yearbook.embedded()
    #expect(yearbook.replacement(for: "metric-ai-financing-amount") == nil)
    #expect(yearbook.replacement(for: "metric-ai-enterprises") == nil)
    #expect(yearbook.replacement(for: "metric-never-existed") == nil)
    #expect(throws: YearbookError.self) { try yearbook.element(id: "metric-never-existed") }
  }

  @Test("Without the embedded data a replacement that is not loaded is no answer")
  func withoutEmbedded() throws {
    let yearbook = try TestSupport.sample()
    #expect(yearbook.replacement(for: "metric-ai-industry-financing") == nil)
    #expect(throws: YearbookError.self) { try yearbook.element(id: "metric-ai-industry-financing") }
  }

  @Test("DataChangelog.md names each replaced identifier with its replacement")
  func changelog() throws {
    let url = TestSupport.packageRoot.appendingPathComponent("Documentation/DataChangelog.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    for (old, new) in Yearbook.replacedIDs.sorted(by: { $0.key < $1.key }) {
      #expect(text.contains("`\(old)` → `\(new)`"), "DataChangelog.md lacks `\(old)` → `\(new)`")
    }
  }
}
