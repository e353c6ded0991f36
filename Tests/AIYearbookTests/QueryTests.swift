import AIYearbook
import Foundation
import Testing

/// Queries on `sample.json`, seven hand-written events:
///
/// | id | date | organizations | regions | tags |
/// | --- | --- | --- | --- | --- |
/// | event-2024-11-30-google-opens-lab | 2024-11-30 | google | CN | compute |
/// | event-2025-03-bytedance-joins-un-pledge | 2025-03 | bytedance, openai | WORLD | governance, safety |
/// | event-2025-beijing-white-paper | 2025 | – | CN-BJ | market |
/// | event-2025-11-winter-campaign | 2025-11/2026-01 | – | CN-SH | safety |
/// | event-2025-12-11-deepmind-launches-agent | 2025-12-11 | google-deepmind (child of google) | GB | agents |
/// | event-2025-12-openai-releases-gpt-5-2 | 2025-12 | openai | US | reasoning, agents |
/// | event-undated-google-fined-in-france | null | google | FR | governance |
///
/// Without an ordering, results come in identifier order.
@Suite("Queries")
struct QueryTests {
  static let lab = "event-2024-11-30-google-opens-lab"
  static let pledge = "event-2025-03-bytedance-joins-un-pledge"
  static let whitePaper = "event-2025-beijing-white-paper"
  static let campaign = "event-2025-11-winter-campaign"
  static let agent = "event-2025-12-11-deepmind-launches-agent"
  static let gpt = "event-2025-12-openai-releases-gpt-5-2"
  static let fine = "event-undated-google-fined-in-france"

  let yearbook: Yearbook
  init() throws { yearbook = try TestSupport.sample() }

  // MARK: Dates

  @Test("within keeps records whose whole date lies in the period")
  func within() throws {
    #expect(try yearbook.events.within("2025").all().ids == [Self.pledge, Self.agent, Self.gpt, Self.whitePaper])
    #expect(try yearbook.events.within("2025-12").all().ids == [Self.agent, Self.gpt])
    #expect(try yearbook.events.within("2025-12-11").all().ids == [Self.agent])
    #expect(try yearbook.events.within("2025-11/2026-01").all().ids == [Self.campaign, Self.agent, Self.gpt])
  }

  @Test("overlapping keeps records sharing at least one day with the period")
  func overlapping() throws {
    #expect(
      try yearbook.events.overlapping("2025").all().ids == [
        Self.pledge, Self.campaign, Self.agent, Self.gpt, Self.whitePaper,
      ])
    #expect(
      try yearbook.events.overlapping("2025-12-11").all().ids == [Self.campaign, Self.agent, Self.gpt, Self.whitePaper])
    #expect(try yearbook.events.overlapping("2026").all().ids == [Self.campaign])
    #expect(try yearbook.events.overlapping("2024-12/2025-02").all().ids == [Self.whitePaper])
  }

  @Test("A record dated 2025-12 is within 2025, overlaps 2025-12-11 and is not within 2025-12-11")
  func monthAgainstDay() throws {
    let december = try #require(yearbook.events.filter { $0.id.rawValue == Self.gpt }.first())
    #expect(december.date == (try TestSupport.period("2025-12")))
    #expect(try yearbook.events.within("2025").all().ids.contains(Self.gpt))
    #expect(try yearbook.events.overlapping("2025-12-11").all().ids.contains(Self.gpt))
    #expect(try !yearbook.events.within("2025-12-11").all().ids.contains(Self.gpt))
  }

  @Test("from and to keep records ending on or after, starting on or before")
  func fromAndTo() throws {
    #expect(
      try yearbook.events.filter(date: DateRange(from: try TestSupport.date("2025-12"), mode: .overlapping)).all().ids
        == [
          Self.campaign, Self.agent, Self.gpt, Self.whitePaper,
        ])
    #expect(
      try yearbook.events.filter(date: DateRange(to: try TestSupport.date("2025-03"), mode: .overlapping)).all().ids
        == [Self.lab, Self.pledge, Self.whitePaper])
    #expect(
      try yearbook.events.filter(date: DateRange(from: try TestSupport.date("2025-12-12"), mode: .overlapping)).filter(
        date: DateRange(to: try TestSupport.date("2026"), mode: .overlapping)
      ).all().ids == [
        Self.campaign, Self.gpt, Self.whitePaper,
      ])
  }

  @Test("Every date filter drops undated records")
  func undatedDropped() throws {
    #expect(try yearbook.events.count() == 7)
    #expect(try yearbook.events.dated().count() == 6)
    let filters: [RecordQuery<Event>] = [
      try yearbook.events.within("2000/2100"),
      try yearbook.events.overlapping("2000/2100"),
      yearbook.events.filter(date: DateRange(from: try TestSupport.date("2000"), mode: .overlapping)),
      yearbook.events.filter(date: DateRange(to: try TestSupport.date("2100"), mode: .overlapping)),
    ]
    for query in filters {
      #expect(query.count() == 6)
      #expect(!query.all().ids.contains(Self.fine))
    }
  }

  @Test("A bad date given to a filter is an invalid argument")
  func badDateArgument() throws {
    #expect(throws: YearbookError.self) { _ = try yearbook.events.within("2025-13") }
    do {
      _ = try yearbook.events.overlapping("2025-13")
    } catch {
      guard case .invalidDate(let message, _) = error else {
        Issue.record("expected invalidDate, got \(error)")
        return
      }
      #expect(message.contains("2025-13"))
    }
  }

  // MARK: Organizations

  @Test("An organization is found by id, English name, Chinese name or alias, ignoring case and width")
  func organizationByName() throws {
    for name in ["org-google", "Google", "google", "谷歌", "ＧＯＯＧＬＥ"] {
      #expect(
        try yearbook.events.filter(organization: yearbook.resolve(name, as: Organization.self)).all().ids == [
          Self.lab, Self.fine,
        ], "\(name)")
    }
    for name in ["字节", "字节跳动", "ByteDance"] {
      #expect(
        try yearbook.events.filter(organization: yearbook.resolve(name, as: Organization.self)).all().ids == [
          Self.pledge
        ], "\(name)")
    }
    #expect(
      try yearbook.events.filter(organization: yearbook.resolve("openai", as: Organization.self)).all().ids == [
        Self.pledge, Self.gpt,
      ])
    #expect(
      try yearbook.events.filter(organization: yearbook.resolve("DeepMind", as: Organization.self)).all().ids == [
        Self.agent
      ])
    #expect(throws: YearbookError.self) { try yearbook.resolve("Nobody Inc", as: Organization.self) }
    #expect(throws: YearbookError.self) { try yearbook.events.filter(organization: "Google") }
  }

  @Test("includingChildren adds the records of child organizations")
  func organizationChildren() throws {
    #expect(
      try yearbook.events.filter(organization: yearbook.resolve("谷歌", as: Organization.self), includingChildren: true)
        .all().ids == [
          Self.lab, Self.agent, Self.fine,
        ])
    #expect(
      try yearbook.events.filter(organization: Organization.ID("org-google"), includingChildren: true).all().ids == [
        Self.lab, Self.agent, Self.fine,
      ])
    #expect(try yearbook.events.filter(organization: Organization.ID("org-google")).all().ids == [Self.lab, Self.fine])
    #expect(yearbook.candidates(named: "Google", as: Organization.self) == ["org-google"])
    #expect(try yearbook.descendants(of: "org-google") == ["org-google-deepmind"])
  }

  @Test("Records of a product")
  func product() throws {
    #expect(try yearbook.events.filter(product: yearbook.resolve("GPT-5.2", as: Product.self)).all().ids == [Self.gpt])
    #expect(try yearbook.events.filter(product: yearbook.resolve("ｇｐｔ－５.２", as: Product.self)).all().ids == [Self.gpt])
  }

  // MARK: Regions

  @Test("A region finds records of the regions within it")
  func regions() throws {
    #expect(try yearbook.events.filter(region: .china).all().ids == [Self.lab, Self.campaign, Self.whitePaper])
    #expect(try yearbook.events.filter(region: "CN-BJ").all().ids == [Self.whitePaper])
    #expect(try yearbook.events.filter(region: .jingJinJi).all().ids == [Self.whitePaper])
    #expect(try yearbook.events.filter(region: .europeanUnion).all().ids == [Self.fine])
    #expect(try yearbook.events.filter(region: .europe).all().ids == [Self.agent, Self.fine])
    #expect(try yearbook.events.filter(region: .asia).all().ids == [Self.lab, Self.campaign, Self.whitePaper])
    #expect(try yearbook.events.filter(region: .unitedStates).all().ids == [Self.gpt])
    #expect(try yearbook.events.filter(region: .japan).isEmpty())
  }

  @Test("WORLD finds only records about the world as a whole")
  func world() throws {
    #expect(try yearbook.events.filter(region: .world).all().ids == [Self.pledge])
  }

  // MARK: Tags and text

  @Test("A tag keeps the records carrying it")
  func tags() throws {
    #expect(try yearbook.events.filter(tag: .agents).all().ids == [Self.agent, Self.gpt])
    #expect(try yearbook.events.filter(tag: .governance).all().ids == [Self.pledge, Self.fine])
    #expect(try yearbook.events.filter(tag: .safety).filter(tag: .governance).all().ids == [Self.pledge])
    #expect(try yearbook.events.filter(tag: .robotics).all().isEmpty)
  }

  @Test("Free text ignores case and full-width forms")
  func freeText() throws {
    #expect(try yearbook.events.matching("ｇｐｔ").all().ids == [Self.gpt])
    #expect(try yearbook.events.matching("GPT").all().ids == [Self.gpt])
    #expect(try yearbook.events.matching("ＯｐｅｎＡＩ").all().ids == [Self.pledge, Self.gpt])
    #expect(try yearbook.events.matching("deepmind").all().ids == [Self.agent])
    #expect(try yearbook.events.matching("白皮书").all().ids == [Self.whitePaper])
    #expect(try yearbook.events.matching("quantum").all().isEmpty)
    #expect(try yearbook.events.matching("").count() == 7)
  }

  // MARK: Ordering, limits, results

  @Test("Sorting by date: oldest first, a coarser date before the finer dates it contains, undated last")
  func sortByDate() throws {
    #expect(
      try yearbook.events.sorted(by: .date).all().ids == [
        Self.lab, Self.whitePaper, Self.pledge, Self.campaign, Self.gpt, Self.agent, Self.fine,
      ])
    #expect(
      try yearbook.events.sorted(by: .date.reversed()).all().ids == [
        Self.agent, Self.gpt, Self.campaign, Self.pledge, Self.whitePaper, Self.lab, Self.fine,
      ])
  }

  @Test("Sorting statistics by value, missing values last")
  func sortByValue() throws {
    #expect(
      try yearbook.statistics.sorted(by: .value().reversed()).all().ids == [
        "stat-h-spending", "stat-a-users-2025-06", "stat-b-users-2025-06-approximate", "stat-f-percent-level",
        "stat-c-user-share", "stat-d-users-change", "stat-e-rank", "stat-g-users-unspecified",
      ])
    #expect(try yearbook.statistics.sorted(by: .value()).first()?.id == "stat-e-rank")
  }

  @Test("limit caps the results, replacing an earlier limit; count is the total before it")
  func limit() throws {
    let firstThree = yearbook.events.sorted(by: .date).limit(3)
    #expect(firstThree.all().ids == [Self.lab, Self.whitePaper, Self.pledge])
    #expect(firstThree.count() == 7)
    #expect(firstThree.limit(1).all().ids == [Self.lab])
    #expect(firstThree.limit(100).count() == 7)
    #expect(try yearbook.events.limit(0).all().isEmpty)
    #expect(yearbook.events.limit(-5).all().isEmpty)
    #expect(try yearbook.events.within("2025").sorted(by: .date).limit(2).all().ids == [Self.whitePaper, Self.pledge])
    #expect(try yearbook.events.sorted(by: .date).first()?.id.rawValue == Self.lab)
  }

  @Test("count and isEmpty")
  func count() throws {
    #expect(try yearbook.events.count() == 7)
    #expect(try yearbook.events.within("2025").count() == 4)
    #expect(try yearbook.events.filter(region: .china).filter(tag: .safety).count() == 1)
    #expect(try yearbook.fundingRounds.count() == 7)
    #expect(try yearbook.statistics.filter(metric: "metric-users").count() == 4)
    #expect(try yearbook.regulations.isEmpty())
    #expect(!yearbook.events.isEmpty())
  }

  @Test("A query is a value: refining returns a copy and leaves the original alone")
  func queriesAreValues() throws {
    let all = yearbook.events
    let agents = all.filter(tag: .agents)
    _ = agents.sorted(by: .date.reversed()).limit(1)
    #expect(all.count() == 7)
    #expect(agents.all().ids == [Self.agent, Self.gpt])
  }

  @Test("offset and limit select a page; the page knows the total")
  func paging() throws {
    let ordered = yearbook.events.sorted(by: .date)
    let page = ordered.offset(2).limit(3).page()
    #expect(page.items.ids == [Self.pledge, Self.campaign, Self.gpt])
    #expect(page.total == 7)
    #expect(page.offset == 2)
    #expect(page.limit == 3)
    #expect(ordered.offset(6).limit(3).all().ids == [Self.fine])
    #expect(ordered.offset(9).all().isEmpty)
    #expect(ordered.sorted(by: .date.reversed()).first()?.id.rawValue == Self.agent)
  }
}
