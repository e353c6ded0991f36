import AIYearbookCore
import Foundation
import Testing

@Suite("Identifier")
struct IdentifierTests {
  @Test(
    "well-formed identifiers",
    arguments: [
      "event-2025-12-11-x", "event-2025-12-11-openai-releases-gpt-5-2", "org-openai", "product-gpt-5-2", "src-003",
      "stat-2025-h1-genai-users", "a-1", "benchmark-hle", "metric-genai-users", "regulation-2025-08-26-x",
    ])
  func wellFormed(text: String) {
    #expect(Event.ID.isWellFormed(text))
    #expect(Event.ID(text).isWellFormed)
  }

  @Test(
    "malformed identifiers",
    arguments: [
      "Event-x", "event", "event--x", "event-x-", "event_x", "", "-", "-event", "event-X", "event x", "event-x y",
      "1event-x", "event-x.y", "event-ü", "événement-x", "event-", "event-x\n", "ＥVENT-x",
    ])
  func malformed(text: String) {
    #expect(!Event.ID.isWellFormed(text))
    #expect(!Event.ID(text).isWellFormed)
  }

  @Test("literals, raw values and descriptions agree")
  func literals() {
    let id: Organization.ID = "org-openai"
    #expect(id.rawValue == "org-openai")
    #expect(id.description == "org-openai")
    #expect(id == Organization.ID("org-openai"))
    #expect(id == Organization.ID(rawValue: "org-openai"))
    #expect(id != Organization.ID("org-google"))
  }

  @Test("identifiers sort by their strings")
  func ordering() {
    let ids: [Product.ID] = ["product-b", "product-a-2", "product-a"]
    #expect(ids.sorted().map(\.rawValue) == ["product-a", "product-a-2", "product-b"])
  }

  @Test("identifiers encode as bare strings and decode from them")
  func codable() throws {
    let ids = try JSON.decode([Event.ID].self, from: #"["event-2025-x", "event-2025-y"]"#)
    #expect(ids == ["event-2025-x", "event-2025-y"])
    try expectEncoding(ids, matchesJSON: #"["event-2025-x", "event-2025-y"]"#)
    try expectRoundTrip(Metric.ID("metric-genai-users"))
  }

  @Test("identifiers used as dictionary keys encode as a JSON object")
  func dictionaryKeys() throws {
    let counts: [Organization.ID: Int] = ["org-openai": 3, "org-google": 2]
    try expectEncoding(counts, matchesJSON: #"{"org-openai": 3, "org-google": 2}"#)
    let decoded = try JSON.decode([Organization.ID: Int].self, from: #"{"org-a": 1, "org-b": 2}"#)
    #expect(decoded == ["org-a": 1, "org-b": 2])
  }

  @Test(
    "each kind's id prefix and export key",
    arguments: [
      (ElementKind.source, "src-", "sources"),
      (.organization, "org-", "organizations"),
      (.product, "product-", "products"),
      (.benchmark, "benchmark-", "benchmarks"),
      (.metric, "metric-", "metrics"),
      (.event, "event-", "events"),
      (.benchmarkResult, "result-", "benchmarkResults"),
      (.fundingRound, "funding-", "fundingRounds"),
      (.regulation, "regulation-", "regulations"),
      (.statistic, "stat-", "statistics"),
    ])
  func elementKinds(kind: ElementKind, prefix: String, key: String) {
    #expect(kind.idPrefix == prefix)
    #expect(kind.exportKey == key)
    #expect(ElementKind(identifier: prefix + "x-1") == kind)
    #expect(ElementKind(exportKey: key) == kind)
  }

  @Test("each type names its kind; five of the ten kinds are records")
  func typesNameTheirKind() {
    #expect(Event.elementKind == .event)
    #expect(BenchmarkResult.elementKind == .benchmarkResult)
    #expect(FundingRound.elementKind == .fundingRound)
    #expect(Regulation.elementKind == .regulation)
    #expect(Statistic.elementKind == .statistic)
    #expect(Organization.elementKind == .organization)
    #expect(ElementKind.allCases.count == 10)
    #expect(ElementKind.records == [.event, .benchmarkResult, .fundingRound, .regulation, .statistic])
    #expect(ElementKind.entities == [.source, .organization, .product, .benchmark, .metric])
  }
}
