import AIYearbookCore
import Foundation
import Testing

@Suite("Entities")
struct EntityTests {
  // MARK: Source

  @Test("sources: the fixture decodes, and re-encodes to the same JSON")
  func sources() throws {
    let sources = try decodeFixture([Source].self, "sources.json")
    try #require(sources.count == 2)
    let cnnic = sources[0]
    #expect(cnnic.id == "src-003")
    #expect(cnnic.title.zh == "生成式人工智能应用发展报告（2025）")
    #expect(cnnic.publisher.en == "China Internet Network Information Center (CNNIC)")
    #expect(cnnic.date == (try period("2025-10")))
    #expect(cnnic.language == "zh")
    #expect(cnnic.file == "003_cnnic_genai_report.txt")
    #expect(cnnic.summary?.en == "Users and applications")
    #expect(cnnic.note?.en == "Dated from the cover")

    let undated = sources[1]
    #expect(undated.date == nil)
    #expect(undated.summary == nil && undated.note == nil)
  }

  @Test("a source without a date or language: the language defaults to zh, and date null is written")
  func sourceDefaults() throws {
    let json = """
      {"id": "src-004", "title": {"zh": "年度回顾", "en": "Year in review"},
       "publisher": {"zh": "未注明", "en": "Not stated"}, "file": "004_review.txt"}
      """
    let source = try JSON.decode(Source.self, from: json)
    #expect(source.language == "zh")
    #expect(source.date == nil)
    let object = try JSON.object(JSON.encode(source))
    #expect(object["date"] is NSNull)
    #expect(object["language"] as? String == "zh")
  }

  // MARK: Organization

  @Test("organizations: the fixture decodes, and re-encodes to the same JSON")
  func organizations() throws {
    let organizations = try decodeFixture([Organization].self, "organizations.json")
    try #require(organizations.count == 3)
    let deepMind = organizations[0]
    #expect(deepMind.id == "org-google-deepmind")
    #expect(deepMind.name.zh == "谷歌DeepMind")
    #expect(deepMind.aliases == ["DeepMind", "谷歌 DeepMind"])
    #expect(deepMind.kind == .researchInstitute)
    #expect(deepMind.country == .unitedKingdom)
    #expect(deepMind.parent == "org-google")
    #expect(deepMind.citations.count == 1)
    #expect(deepMind.allNames == ["谷歌DeepMind", "Google DeepMind", "DeepMind", "谷歌 DeepMind"])

    let openAI = organizations[1]
    #expect(openAI.kind == .company)
    #expect(openAI.country == .unitedStates)
    #expect(openAI.parent == nil && openAI.citations.isEmpty && openAI.aliases.isEmpty)

    let panel = organizations[2]
    #expect(panel.kind == .intergovernmental)
    #expect(panel.country == nil)
  }

  @Test("an organization's missing lists decode as empty; aliases are written, empty citations are not")
  func organizationMinimal() throws {
    let organization = try JSON.decode(
      Organization.self, from: #"{"id": "org-a", "name": {"zh": "甲", "en": "A"}, "kind": "company"}"#)
    try expectEncoding(
      organization, matchesJSON: #"{"id": "org-a", "name": {"zh": "甲", "en": "A"}, "aliases": [], "kind": "company"}"#)
  }

  // MARK: Product

  @Test("products: the fixture decodes, and re-encodes to the same JSON")
  func products() throws {
    let products = try decodeFixture([Product].self, "products.json")
    try #require(products.count == 3)
    let app = products[0]
    #expect(app.id == "product-deepseek-app")
    #expect(app.kind == .app)
    #expect(app.organizations == ["org-deepseek"])
    #expect(app.aliases == ["DeepSeek"])
    #expect(app.parent == nil && app.citations.isEmpty)
    #expect(app.allNames == ["DeepSeek应用", "DeepSeek app", "DeepSeek"])

    let pro = products[1]
    #expect(pro.kind == .model)
    #expect(pro.parent == "product-gpt-5-2")
    #expect(pro.citations.first?.quote == "GPT-5.2 Pro")

    let robot = products[2]
    #expect(robot.kind == .robot)
    #expect(robot.organizations.isEmpty)
  }

  @Test("a product's missing lists decode as empty and are written")
  func productMinimal() throws {
    let product = try JSON.decode(
      Product.self, from: #"{"id": "product-a", "name": {"zh": "甲", "en": "A"}, "kind": "chip"}"#)
    try expectEncoding(
      product,
      matchesJSON:
        #"{"id": "product-a", "name": {"zh": "甲", "en": "A"}, "aliases": [], "kind": "chip", "organizations": []}"#
    )
  }

  // MARK: Benchmark

  @Test("benchmarks: the fixture decodes, and re-encodes to the same JSON")
  func benchmarks() throws {
    let benchmarks = try decodeFixture([Benchmark].self, "benchmarks.json")
    try #require(benchmarks.count == 2)
    let hle = benchmarks[0]
    #expect(hle.id == "benchmark-hle")
    #expect(hle.name.en == "Humanity's Last Exam")
    #expect(hle.aliases == ["HLE", "人类终极考试"])
    #expect(hle.description.en == "Hard questions across disciplines")
    #expect(hle.metrics.map(\.id) == ["accuracy", "rank"])
    #expect(hle.citations.count == 1)

    let accuracy = try #require(hle.metric("accuracy"))
    #expect(accuracy.label.zh == "准确率")
    #expect(accuracy.unit == .percent)
    #expect(accuracy.minimum == 0 && accuracy.maximum == 100)
    #expect(accuracy.better == .higher)

    let rank = try #require(hle.metric("rank"))
    #expect(rank.unit == .rank)
    #expect(rank.minimum == 1 && rank.maximum == nil)
    #expect(rank.better == .lower)
    #expect(hle.metric("latency") == nil)

    let diagnosis = benchmarks[1]
    #expect(diagnosis.citations.isEmpty)
    #expect(diagnosis.metrics.first?.minimum == nil && diagnosis.metrics.first?.maximum == nil)
  }

  @Test(
    "a metric allows scores within its declared range",
    arguments: [
      (0.0, true), (100.0, true), (55.5, true), (-0.1, false), (100.1, false),
    ])
  func metricRange(score: Double, allowed: Bool) throws {
    let hle = try Fixture.decode([Benchmark].self, "benchmarks.json")[0]
    let accuracy = try #require(hle.metric("accuracy"))
    #expect(accuracy.allows(score) == allowed)
  }

  @Test("an unbounded metric allows any score; a half-bounded one checks its bound")
  func unboundedMetric() throws {
    let benchmarks = try Fixture.decode([Benchmark].self, "benchmarks.json")
    let speedUp = try #require(benchmarks[1].metric("speedUp"))
    #expect(speedUp.allows(-1_000) && speedUp.allows(1_000_000))
    let rank = try #require(benchmarks[0].metric("rank"))
    #expect(rank.allows(1) && rank.allows(500))
    #expect(!rank.allows(0))
  }

  // MARK: Metric

  @Test("metrics: the fixture decodes, and re-encodes to the same JSON")
  func metrics() throws {
    let metrics = try decodeFixture([Metric].self, "metrics.json")
    try #require(metrics.count == 2)
    #expect(metrics[0].id == "metric-genai-users")
    #expect(metrics[0].label.en == "Generative AI users")
    #expect(metrics[0].unit == .count)
    #expect(metrics[0].definition.zh == "使用过生成式人工智能产品的网民人数")
    #expect(metrics[0].population?.en == "Internet users in China")
    #expect(metrics[1].unit == .eflops)
    #expect(metrics[1].population == nil)
  }

  // MARK: Round trips

  @Test("every entity round-trips")
  func roundTrips() throws {
    let citation = Citation(source: "src-001", quote: "引文", locator: "第一章")
    try expectRoundTrip(
      Source(
        id: "src-009", title: LocalizedText(zh: "题", en: "Title"), publisher: LocalizedText(zh: "社", en: "Pub"),
        date: try period("2025-H2"), language: "en", file: "009_x.txt", summary: LocalizedText(zh: "要", en: "Sum"),
        note: LocalizedText(zh: "注", en: "Note")))
    try expectRoundTrip(
      Source(
        id: "src-010", title: LocalizedText(zh: "题", en: "Title"), publisher: LocalizedText(zh: "社", en: "Pub"),
        date: nil, file: "010_x.txt"))
    try expectRoundTrip(
      Organization(
        id: "org-a", name: LocalizedText(zh: "甲", en: "A"), aliases: ["甲公司"], kind: "guild", country: "ZZ",
        parent: "org-b", citations: [citation]))
    try expectRoundTrip(
      Product(
        id: "product-a", name: LocalizedText(zh: "甲", en: "A"), aliases: ["A1"], kind: .agent,
        organizations: ["org-a", "org-b"], parent: "product-b", citations: [citation]))
    try expectRoundTrip(
      Benchmark(
        id: "benchmark-a", name: LocalizedText(zh: "甲", en: "A"), aliases: ["A-Bench"],
        description: LocalizedText(zh: "描述", en: "Description"),
        metrics: [
          .init(id: "score", label: LocalizedText(zh: "分", en: "Score"), unit: .points, minimum: 0, better: .higher),
          .init(id: "error", label: LocalizedText(zh: "误差", en: "Error"), unit: .percent, better: .lower),
        ],
        citations: [citation]))
    try expectRoundTrip(
      Metric(
        id: "metric-a", label: LocalizedText(zh: "甲", en: "A"), unit: .gpuHours,
        definition: LocalizedText(zh: "定义", en: "Definition"), population: LocalizedText(zh: "人群", en: "People")))
  }
}
