import AIYearbookCore
import Foundation
import Testing

@Suite("Dataset")
struct DatasetTests {
  /// The export keys, as the contract lists them (DESIGN.md §5).
  private static let exportKeys: Set<String> = [
    "schemaVersion", "dataVersion", "sources", "organizations", "products", "benchmarks", "metrics", "events",
    "benchmarkResults", "fundingRounds", "regulations", "statistics",
  ]

  @Test("the fixture decodes, and re-encodes to the same JSON")
  func fixture() throws {
    let dataset = try decodeFixture(Dataset.self, "dataset.json")
    #expect(dataset.schemaVersion == "1.0.0")
    #expect(dataset.dataVersion == "0.4.0")
    #expect(dataset.sources.map(\.id) == ["src-900"])
    #expect(dataset.organizations.map(\.id) == ["org-acme"])
    #expect(dataset.products.map(\.id) == ["product-acme-one"])
    #expect(dataset.benchmarks.map(\.id) == ["benchmark-arena"])
    #expect(dataset.metrics.map(\.id) == ["metric-users"])
    #expect(dataset.events.map(\.id) == ["event-2025-05-acme-releases-acme-one", "event-acme-opens-office"])
    #expect(dataset.benchmarkResults.map(\.id) == ["result-2025-06-acme-one-arena"])
    #expect(dataset.fundingRounds.map(\.id) == ["funding-2025-acme-series-b"])
    #expect(dataset.regulations.map(\.id) == ["regulation-2025-09-01-labelling-measures"])
    #expect(dataset.statistics.map(\.id) == ["stat-2025-12-acme-one-users"])

    #expect(dataset.events[1].date == nil)
    #expect(dataset.fundingRounds[0].amount == nil)
    #expect(dataset.fundingRounds[0].date == (try period("2025")))
    #expect(dataset.statistics[0].value == Quantity(100_000_000, .count, qualifier: .moreThan, statedText: "1亿"))
    #expect(dataset.regulations[0].milestones == [.init(kind: .effective, date: try period("2025-09-01"))])
  }

  @Test("counts of records by kind; entities are not records")
  func counts() throws {
    let dataset = try Fixture.decode(Dataset.self, "dataset.json")
    #expect(dataset.recordCount == 6)
    #expect(dataset.count(of: .event) == 2)
    #expect(dataset.count(of: .benchmarkResult) == 1)
    #expect(dataset.count(of: .fundingRound) == 1)
    #expect(dataset.count(of: .regulation) == 1)
    #expect(dataset.count(of: .statistic) == 1)
  }

  @Test("every record's citations, in export order")
  func allCitations() throws {
    let dataset = try Fixture.decode(Dataset.self, "dataset.json")
    let pairs = dataset.allCitations
    #expect(
      pairs.map(\.recordID) == [
        "event-2025-05-acme-releases-acme-one", "event-2025-05-acme-releases-acme-one", "event-acme-opens-office",
        "result-2025-06-acme-one-arena", "funding-2025-acme-series-b", "regulation-2025-09-01-labelling-measures",
        "stat-2025-12-acme-one-users",
      ])
    #expect(pairs[0].citation.quote == "5月，极峰发布极峰一号")
    #expect(pairs[1].citation.statedDate == (try period("2025-05-20")))
  }

  @Test("an empty dataset writes every key, with empty arrays")
  func emptyDatasetWritesEveryKey() throws {
    let dataset = Dataset(dataVersion: "2.3.4")
    #expect(dataset.schemaVersion == "1.1.0")
    try expectEncoding(dataset, matchesFixture: "dataset-empty.json")
    let object = try JSON.object(JSON.encode(dataset))
    #expect(Set(object.keys) == Self.exportKeys)
  }

  @Test("every collection key is optional when reading")
  func collectionKeysOptional() throws {
    let dataset = try JSON.decode(Dataset.self, from: #"{"schemaVersion": "1.1.0", "dataVersion": "2.3.4"}"#)
    #expect(dataset.recordCount == 0)
    #expect(dataset.sources.isEmpty && dataset.organizations.isEmpty && dataset.metrics.isEmpty)
    try expectEncoding(dataset, matchesFixture: "dataset-empty.json")
  }

  @Test("a file without schemaVersion is rejected")
  func schemaVersionRequired() {
    let error = #expect(throws: DecodingError.self) {
      try JSON.decode(Dataset.self, from: #"{"dataVersion": "1.0.0", "events": []}"#)
    }
    guard case .keyNotFound(let key, _) = error else {
      Issue.record("expected keyNotFound, got \(String(describing: error))")
      return
    }
    #expect(key.stringValue == "schemaVersion")
  }

  @Test("unknown top-level keys are ignored when reading")
  func unknownKeys() throws {
    let dataset = try JSON.decode(
      Dataset.self, from: #"{"schemaVersion": "1.1.0", "dataVersion": "1.0.0", "futureThings": [1, 2]}"#)
    #expect(dataset.schemaVersion == "1.1.0")
  }

  @Test("an error deep in a record names the collection, the position and the field")
  func nestedErrorPath() {
    let json = """
      {"schemaVersion": "1.0.0", "dataVersion": "1.0.0",
       "statistics": [
         {"id": "stat-a", "date": "2025", "citations": [{"source": "src-001", "quote": "甲", "locator": "一"}],
          "metric": "metric-x", "value": {"value": 1, "unit": "count"}, "measure": "level", "kind": "estimate"},
         {"id": "stat-b", "date": "2025-00", "citations": [{"source": "src-001", "quote": "乙", "locator": "二"}],
          "metric": "metric-x", "value": {"value": 1, "unit": "count"}, "measure": "level", "kind": "estimate"}
       ]}
      """
    let error = #expect(throws: DecodingError.self) { try JSON.decode(Dataset.self, from: json) }
    #expect(error?.path == ["statistics", "[1]", "date"])
    #expect(error?.message.contains("2025-00") == true)
  }

  @Test("the canonical writer gives the same bytes every time")
  func deterministic() throws {
    let dataset = try Fixture.decode(Dataset.self, "dataset.json")
    let first = try JSON.encode(dataset)
    let again = try JSON.encode(JSONDecoder().decode(Dataset.self, from: first))
    #expect(first == again)
  }

  @Test("a built dataset round-trips")
  func roundTrip() throws {
    let citation = Citation(source: "src-001", quote: "引文", locator: "第一章")
    let dataset = Dataset(
      dataVersion: "1.2.3",
      sources: [
        Source(
          id: "src-001", title: LocalizedText(zh: "题", en: "T"), publisher: LocalizedText(zh: "社", en: "P"),
          date: nil, file: "001_x.txt")
      ],
      organizations: [Organization(id: "org-a", name: LocalizedText(zh: "甲", en: "A"), kind: .company)],
      events: [
        Event(
          id: "event-a", date: try period("2025-12"), citations: [citation],
          title: LocalizedText(zh: "事", en: "E"), category: .other)
      ],
      statistics: [
        Statistic(
          id: "stat-a", date: nil, citations: [citation], metric: "metric-a", value: Quantity(1, .count),
          kind: .estimate)
      ])
    try expectRoundTrip(dataset)
  }
}
