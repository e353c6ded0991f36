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
      yearbook.events.from(try TestSupport.date("2025-12")).all().ids == [
        Self.campaign, Self.agent, Self.gpt, Self.whitePaper,
      ])
    #expect(yearbook.events.to(try TestSupport.date("2025-03")).all().ids == [Self.lab, Self.pledge, Self.whitePaper])
    #expect(
      yearbook.events.from(try TestSupport.date("2025-12-12")).to(try TestSupport.date("2026")).all().ids == [
        Self.campaign, Self.gpt, Self.whitePaper,
      ])
  }

  @Test("Every date filter drops undated records")
  func undatedDropped() throws {
    #expect(yearbook.events.count() == 7)
    #expect(yearbook.events.dated().count() == 6)
    let filters: [RecordQuery<Event>] = [
      try yearbook.events.within("2000/2100"),
      try yearbook.events.overlapping("2000/2100"),
      yearbook.events.from(try TestSupport.date("2000")),
      yearbook.events.to(try TestSupport.date("2100")),
    ]
    for query in filters {
      #expect(query.count() == 6)
      #expect(!query.all().ids.contains(Self.fine))
    }
  }

  @Test("A bad date given to a filter is an invalid argument")
  func badDateArgument() {
    #expect(throws: YearbookError.self) { _ = try yearbook.events.within("2025-13") }
    do {
      _ = try yearbook.events.overlapping("2025-13")
    } catch {
      guard case .invalidArgument(let message) = error else {
        Issue.record("expected invalidArgument, got \(error)")
        return
      }
      #expect(message.contains("2025-13"))
    }
  }

  // MARK: Organizations

  @Test("An organization is found by id, English name, Chinese name or alias, ignoring case and width")
  func organizationByName() {
    for name in ["org-google", "Google", "google", "谷歌", "ＧＯＯＧＬＥ"] {
      #expect(yearbook.events.filter(organization: name).all().ids == [Self.lab, Self.fine], "\(name)")
    }
    for name in ["字节", "字节跳动", "ByteDance"] {
      #expect(yearbook.events.filter(organization: name).all().ids == [Self.pledge], "\(name)")
    }
    #expect(yearbook.events.filter(organization: "openai").all().ids == [Self.pledge, Self.gpt])
    #expect(yearbook.events.filter(organization: "DeepMind").all().ids == [Self.agent])
    #expect(yearbook.events.filter(organization: "Nobody Inc").all().isEmpty)
  }

  @Test("includingChildren adds the records of child organizations")
  func organizationChildren() {
    #expect(
      yearbook.events.filter(organization: "谷歌", includingChildren: true).all().ids == [
        Self.lab, Self.agent, Self.fine,
      ])
    #expect(
      yearbook.events.filter(organization: Organization.ID("org-google"), includingChildren: true).all().ids == [
        Self.lab, Self.agent, Self.fine,
      ])
    #expect(yearbook.events.filter(organization: Organization.ID("org-google")).all().ids == [Self.lab, Self.fine])
    #expect(
      yearbook.organizations(matching: "Google", includingChildren: true) == ["org-google", "org-google-deepmind"])
    #expect(yearbook.descendants(of: "org-google") == ["org-google-deepmind"])
  }

  @Test("Records of a product")
  func product() {
    #expect(yearbook.events.filter(product: "GPT-5.2").all().ids == [Self.gpt])
    #expect(yearbook.events.filter(product: "ｇｐｔ－５.２").all().ids == [Self.gpt])
  }

  // MARK: Regions

  @Test("A region finds records of the regions within it")
  func regions() {
    #expect(yearbook.events.filter(region: .china).all().ids == [Self.lab, Self.campaign, Self.whitePaper])
    #expect(yearbook.events.filter(region: "CN-BJ").all().ids == [Self.whitePaper])
    #expect(yearbook.events.filter(region: .jingJinJi).all().ids == [Self.whitePaper])
    #expect(yearbook.events.filter(region: .europeanUnion).all().ids == [Self.fine])
    #expect(yearbook.events.filter(region: .europe).all().ids == [Self.agent, Self.fine])
    #expect(yearbook.events.filter(region: .asia).all().ids == [Self.lab, Self.campaign, Self.whitePaper])
    #expect(yearbook.events.filter(region: .unitedStates).all().ids == [Self.gpt])
    #expect(yearbook.events.filter(region: .japan).isEmpty())
  }

  @Test("WORLD finds only records about the world as a whole")
  func world() {
    #expect(yearbook.events.filter(region: .world).all().ids == [Self.pledge])
  }

  // MARK: Tags and text

  @Test("A tag keeps the records carrying it")
  func tags() {
    #expect(yearbook.events.filter(tag: .agents).all().ids == [Self.agent, Self.gpt])
    #expect(yearbook.events.filter(tag: .governance).all().ids == [Self.pledge, Self.fine])
    #expect(yearbook.events.filter(tag: .safety).filter(tag: .governance).all().ids == [Self.pledge])
    #expect(yearbook.events.filter(tag: .robotics).all().isEmpty)
  }

  @Test("Free text ignores case and full-width forms")
  func freeText() {
    #expect(yearbook.events.matching("ｇｐｔ").all().ids == [Self.gpt])
    #expect(yearbook.events.matching("GPT").all().ids == [Self.gpt])
    #expect(yearbook.events.matching("ＯｐｅｎＡＩ").all().ids == [Self.pledge, Self.gpt])
    #expect(yearbook.events.matching("deepmind").all().ids == [Self.agent])
    #expect(yearbook.events.matching("白皮书").all().ids == [Self.whitePaper])
    #expect(yearbook.events.matching("quantum").all().isEmpty)
    #expect(yearbook.events.matching("").count() == 7)
  }

  // MARK: Ordering, limits, results

  @Test("Sorting by date: oldest first, a coarser date before the finer dates it contains, undated last")
  func sortByDate() {
    #expect(
      yearbook.events.sorted(by: .date).all().ids == [
        Self.lab, Self.whitePaper, Self.pledge, Self.campaign, Self.gpt, Self.agent, Self.fine,
      ])
    #expect(
      yearbook.events.sorted(by: .dateDescending).all().ids == [
        Self.agent, Self.gpt, Self.campaign, Self.pledge, Self.whitePaper, Self.lab, Self.fine,
      ])
  }

  @Test("Sorting statistics by value, missing values last")
  func sortByValue() {
    #expect(
      yearbook.statistics.sorted(by: .valueDescending).all().ids == [
        "stat-h-spending", "stat-a-users-2025-06", "stat-b-users-2025-06-approximate", "stat-f-percent-level",
        "stat-c-user-share", "stat-d-users-change", "stat-e-rank", "stat-g-users-unspecified",
      ])
    #expect(yearbook.statistics.sorted(by: .value).first()?.id == "stat-e-rank")
  }

  @Test("limit caps the results, replacing an earlier limit; count honours it")
  func limit() throws {
    let firstThree = yearbook.events.sorted(by: .date).limit(3)
    #expect(firstThree.all().ids == [Self.lab, Self.whitePaper, Self.pledge])
    #expect(firstThree.count() == 3)
    #expect(firstThree.limit(1).all().ids == [Self.lab])
    #expect(firstThree.limit(100).count() == 7)
    #expect(yearbook.events.limit(0).all().isEmpty)
    #expect(yearbook.events.limit(-5).count() == 0)
    #expect(try yearbook.events.within("2025").sorted(by: .date).limit(2).all().ids == [Self.whitePaper, Self.pledge])
    #expect(yearbook.events.sorted(by: .date).first()?.id.rawValue == Self.lab)
  }

  @Test("count and isEmpty")
  func count() throws {
    #expect(yearbook.events.count() == 7)
    #expect(try yearbook.events.within("2025").count() == 4)
    #expect(yearbook.events.filter(region: .china).filter(tag: .safety).count() == 1)
    #expect(yearbook.fundingRounds.count() == 7)
    #expect(yearbook.statistics.filter(metric: "metric-users").count() == 4)
    #expect(yearbook.regulations.isEmpty())
    #expect(!yearbook.events.isEmpty())
  }

  @Test("A query is a value: refining returns a copy and leaves the original alone")
  func queriesAreValues() {
    let all = yearbook.events
    let agents = all.filter(tag: .agents)
    _ = agents.sorted(by: .dateDescending).limit(1)
    #expect(all.count() == 7)
    #expect(agents.all().ids == [Self.agent, Self.gpt])
  }

  /// Counts how often a filter runs.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
  }

  @Test("lazy runs the filters as you iterate, in storage order, without ordering or limit")
  func lazy() {
    let counter = Counter()
    let query = yearbook.events.filter { _ in
      counter.increment()
      return true
    }.filter(tag: .agents).sorted(by: .dateDescending).limit(1)
    let sequence = query.lazy
    #expect(counter.count == 0)
    // Storage order is the file's: lab, pledge, white paper, campaign, agent, gpt, fine.
    #expect(sequence.first?.id.rawValue == Self.agent)
    #expect(counter.count == 5)
    #expect(Array(sequence).ids == [Self.agent, Self.gpt])
  }
}
