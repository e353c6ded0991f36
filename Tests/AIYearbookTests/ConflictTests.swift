import AIYearbook
import Testing

/// The conflicts of the real dataset, read off the documents, and the restatement rule.
struct ConflictTests {
  @Test("src-000 gives 54 and 42 new unicorns for H1 2025")
  func unicorns() throws {
    let conflicts = try Yearbook.embedded().conflicts()
    let unicorns = try #require(conflicts.first { $0.kind == .statisticValue && $0.detail.contains("unicorn") })
    #expect(unicorns.detail.contains(": 42 count") && unicorns.detail.contains(": 54 count"))
  }

  @Test("src-000 dates Sora 2 on 30 September 2025; src-001 lists it in the first week of December")
  func sora2() throws {
    let conflicts = try Yearbook.embedded().conflicts().filter { $0.kind == .eventDate }
    let sora = try #require(conflicts.first { $0.recordIDs.allSatisfy { $0.contains("sora-2") } })
    #expect(sora.detail.contains("2025-09-30"))
    #expect(sora.detail.contains("2025-11-30/2025-12-06"))
  }

  @Test("src-002: 约4天(约80小时) — four days are 96 hours")
  func deepSeekTrainingTime() throws {
    let conflicts = try Yearbook.embedded().conflicts().filter { $0.kind == .restatementDisagreement }
    #expect(conflicts.map(\.detail) == ["4 days is restated as 80 hours"])
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
  }
}
