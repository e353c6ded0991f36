import AIYearbook
import Foundation
import Testing

/// The conflicts of the real dataset, read off the documents, and the rules on small datasets.
struct ConflictTests {
  let conflicts: [Conflict]
  let dataset: Dataset

  init() throws {
    let yearbook = try Yearbook.embedded()
    conflicts = yearbook.conflicts()
    dataset = yearbook.dataset
  }

  @Test("src-000 gives 54 and 42 new unicorns for H1 2025")
  func unicorns() throws {
    let unicorns = try #require(
      conflicts.first {
        $0.recordIDs == ["stat-global-new-unicorns-2025-h1-42", "stat-global-new-unicorns-2025-h1-54"]
      })
    #expect(unicorns.kind == .statisticValue)
    #expect(unicorns.sides.map(\.value?.number) == [42, 54])
    #expect(unicorns.sides.allSatisfy { $0.kind == .statistic && $0.source == "src-000" })
    #expect(unicorns.sides.map(\.quote) == ["2025年上半年全球新增42家独角兽企业", "**10月29日**,数据显示2025年上半年全球新增54家独角兽企业"])
    // Linked in the data as well, but reported once, by the rule.
    #expect(conflicts.filter { Set($0.recordIDs) == Set(unicorns.recordIDs) }.count == 1)
  }

  @Test("src-000 dates Sora 2 on 30 September 2025; src-001 lists it in the first week of December")
  func sora2() throws {
    let sora = try #require(
      conflicts.first { $0.kind == .eventDate && $0.recordIDs.allSatisfy { $0.contains("sora-2") } })
    let dates = [try TestSupport.period("2025-09-30"), try TestSupport.period("2025-11-30/2025-12-06")]
    #expect(sora.sides.map(\.value) == dates.map { .date($0) })
    #expect(sora.sides.map(\.kind) == [.event, .event])
    #expect(sora.sides.map(\.source) == ["src-000", "src-001"])
  }

  @Test("src-002: 约4天(约80小时) — the value and its restatement are the two sides")
  func deepSeekTrainingTime() throws {
    let restatements = conflicts.filter { $0.kind == .restatementDisagreement }
    #expect(restatements.count == 1)
    let sides = try #require(restatements.first).sides
    #expect(sides.map(\.record) == ["stat-deepseek-r1-training-duration", "stat-deepseek-r1-training-duration"])
    #expect(sides.map(\.value?.number) == [4, 80])
    #expect(sides.map(\.value?.description) == ["4 days", "80 hours"])
    #expect(sides.allSatisfy { $0.quote == "耗时约4天(约80小时)" })
  }

  /// The pairs Documentation/Sources.md links with `disagreesWith` that no rule pairs, with each side's stated value.
  static let documented: [(first: String, second: String, values: [String])] = [
    (
      "stat-cn-intelligent-computing-capacity-2025-06", "stat-gcpa-ai-compute-supply-cn-2025",
      ["788 EFLOPS", "180 EFLOPS"]
    ),
    ("stat-deepseek-r1-training-cost-total", "stat-deepseek-v3-training-cost", ["5600000 USD", "6000000 USD"]),
    (
      "stat-rare-disease-avg-diagnosis-time-reduction-deeprare", "stat-rare-disease-avg-diagnosis-time-with-deeprare",
      ["80 percent", "数天,甚至数小时"]
    ),
  ]

  @Test("The documented conflicts pair the linked records, with their values and both notes")
  func documentedConflicts() throws {
    let found = conflicts.filter { $0.kind == .documented }
    #expect(found.map(\.recordIDs) == Self.documented.map { [$0.first, $0.second] })
    for (conflict, expected) in zip(found, Self.documented) {
      #expect(conflict.sides.map { $0.value?.description } == expected.values)
      #expect(conflict.sides.allSatisfy { $0.note != nil && $0.kind == .statistic })
      #expect(conflict.note == nil)
    }
  }

  @Test("Every disagreesWith link is symmetric, resolves, and is not a self-link")
  func linksAreSymmetric() {
    var links: [String: [String]] = [:]
    func collect<R: Record>(_ records: [R]) {
      for record in records where !record.disagreesWith.isEmpty { links[record.id.rawValue] = record.disagreesWith }
    }
    collect(dataset.events)
    collect(dataset.benchmarkResults)
    collect(dataset.fundingRounds)
    collect(dataset.regulations)
    collect(dataset.statistics)
    #expect(links.count == 10)
    for (id, targets) in links {
      #expect(!targets.contains(id))
      for target in targets { #expect(links[target]?.contains(id) == true, "\(target) does not link back to \(id)") }
    }
    // Estimates and their outcomes are not linked (DESIGN §7).
    #expect(links["stat-nvidia-h20-charges-fy2026-q1"] == nil)
    #expect(links["stat-eu-ai-factories-existing-2025-04"] == nil)
  }

  @Test("conflicts() is deterministic and reports each pair of sides once")
  func deterministicAndOnce() throws {
    let again = try Yearbook.embedded().conflicts()
    #expect(again == conflicts)
    #expect(try CanonicalJSON.encode(again) == CanonicalJSON.encode(conflicts))
    let pairs = conflicts.map {
      $0.sides.map { "\($0.record)|\($0.source)|\($0.quote)|\($0.value?.description ?? "")" }
    }
    #expect(Set(pairs).count == pairs.count)
    let recordPairs = conflicts.filter { Set($0.recordIDs).count == 2 }.map { Set($0.recordIDs) }
    #expect(Set(recordPairs).count == recordPairs.count)
    for conflict in conflicts {
      #expect(conflict.sides.count == 2)
      #expect(conflict.sides.map(\.record) == conflict.sides.map(\.record).sorted())
    }
    #expect(
      conflicts.map(\.kind) == [
        .statisticValue, .eventDate, .restatementDisagreement, .documented, .documented, .documented,
      ])
  }

  @Test("A conflict encodes its kind, note and sides; a side its value as a one-key object")
  func encoding() throws {
    let conflict = Conflict(
      kind: .documented,
      sides: [
        Conflict.Side(
          record: "event-a", kind: .event, value: .date(try TestSupport.period("2025-08")), source: "src-900",
          quote: "八月", locator: "一、事件", note: nil),
        Conflict.Side(
          record: "stat-b", kind: .statistic, value: .quantity(Quantity(3, .count)), source: "src-900", quote: "三",
          note: LocalizedText(zh: "注", en: "note")),
      ])
    let json = String(decoding: try CanonicalJSON.encode(conflict), as: UTF8.self)
    #expect(
      json == """
        {
          "kind" : "documented",
          "sides" : [
            {
              "kind" : "events",
              "locator" : "一、事件",
              "quote" : "八月",
              "record" : "event-a",
              "source" : "src-900",
              "value" : {
                "date" : "2025-08"
              }
            },
            {
              "kind" : "statistics",
              "locator" : "",
              "note" : {
                "en" : "note",
                "zh" : "注"
              },
              "quote" : "三",
              "record" : "stat-b",
              "source" : "src-900",
              "value" : {
                "quantity" : {
                  "qualifier" : "exact",
                  "unit" : "count",
                  "value" : 3
                }
              }
            }
          ]
        }

        """)
    #expect(try JSONDecoder().decode(Conflict.self, from: Data(json.utf8)) == conflict)
    let unknown = try JSONDecoder().decode(Conflict.Kind.self, from: Data(#""quoteMismatch""#.utf8))
    #expect(unknown.rawValue == "quoteMismatch" && !unknown.isKnown)
  }

  @Test("A documented pair is reported once, with both records' notes; a pair a rule finds is not repeated")
  func documentedOnSmallDataset() throws {
    let source = Source(
      id: "src-900", title: LocalizedText(zh: "样例", en: "Sample"), publisher: LocalizedText(zh: "测", en: "T"),
      date: nil, file: "900.txt")
    let year = try TestSupport.period("2025")
    func statistic(_ id: String, _ value: Double, metric: Metric.ID, links: [String]) -> Statistic {
      Statistic(
        id: Statistic.ID(id), date: year, citations: [Citation(source: "src-900", quote: "q-\(id)", locator: "l")],
        metric: metric, value: Quantity(value, .count), kind: .official,
        note: LocalizedText(zh: "注\(id)", en: "note \(id)"), disagreesWith: links)
    }
    let metric = Metric(
      id: "metric-x", label: LocalizedText(zh: "甲", en: "X"), unit: .count, definition: LocalizedText(zh: "甲", en: "X"))
    let other = Metric(
      id: "metric-y", label: LocalizedText(zh: "乙", en: "Y"), unit: .count, definition: LocalizedText(zh: "乙", en: "Y"))
    let dataset = Dataset(
      dataVersion: "0.0.1", sources: [source], metrics: [metric, other],
      statistics: [
        statistic("stat-a", 1, metric: "metric-x", links: ["stat-b", "stat-c"]),
        statistic("stat-b", 2, metric: "metric-x", links: ["stat-a"]),
        statistic("stat-c", 3, metric: "metric-y", links: ["stat-a"]),
      ])
    let found = try Yearbook(dataset).conflicts()
    #expect(found.map(\.kind) == [.statisticValue, .documented])
    #expect(found.map(\.recordIDs) == [["stat-a", "stat-b"], ["stat-a", "stat-c"]])
    #expect(found.last?.sides.map { $0.note?.en } == ["note stat-a", "note stat-c"])
    #expect(found.last?.sides.map(\.value?.number) == [1, 3])
  }

  @Test func restatementsWithinFivePercentAgree() throws {
    func statistic(_ id: String, _ value: Double, _ unit: Quantity.Unit, _ alternate: Quantity) -> Statistic {
      Statistic(
        id: Statistic.ID(id), date: nil, citations: [Citation(source: "src-900", quote: "q", locator: "l")],
        metric: "metric-duration", value: Quantity(value, unit, alternates: [alternate]), kind: .estimate)
    }
    let dataset = Dataset(
      dataVersion: "0.0.1",
      sources: [
        Source(
          id: "src-900", title: LocalizedText(zh: "样例", en: "Sample"), publisher: LocalizedText(zh: "测", en: "T"),
          date: nil, file: "900.txt")
      ],
      metrics: [
        Metric(
          id: "metric-duration", label: LocalizedText(zh: "时长", en: "Duration"), unit: .days,
          definition: LocalizedText(zh: "时长", en: "Duration"))
      ],
      statistics: [
        statistic("stat-agrees", 2, .days, Quantity(48, .hours)),
        statistic("stat-rounded", 1, .hours, Quantity(62, .minutes)),
        statistic("stat-disagrees", 3, .days, Quantity(60, .hours)),
        statistic("stat-not-exact-units", 1, .years, Quantity(300, .days)),
      ])
    let conflicts = try Yearbook(dataset).conflicts()
    #expect(conflicts.map(\.recordIDs) == [["stat-disagrees"]])
    #expect(conflicts.first?.sides.map(\.value?.number) == [3, 60])
  }
}
