import AIYearbook
import Testing

/// Leaderboards, conflicts, organization profiles, breakdowns and series on
/// `analysis.json`; expected answers are worked out by hand.
@Suite("Analysis")
struct AnalysisTests {
  let yearbook: Yearbook
  init() throws { yearbook = try TestSupport.analysis() }

  // MARK: Leaderboard

  @Test("A higher-is-better metric ranks the highest score first; equal scores share a position")
  func leaderboardHigherIsBetter() throws {
    let board = yearbook.leaderboard(for: "benchmark-arena")
    #expect(Set(board.keys) == ["score", "latency"])
    let score = try #require(board["score"])
    #expect(
      score.map(\.result.id.rawValue) == [
        "result-beta-arena-score", "result-alpha-arena-score", "result-gamma-arena-score",
      ])
    #expect(score.map(\.position) == [1, 2, 2])
    // "Tops the arena" has no score and is not ranked.
    #expect(!score.contains { $0.result.id == "result-gamma-tops-arena" })
  }

  @Test("A lower-is-better metric ranks the lowest score first")
  func leaderboardLowerIsBetter() throws {
    let latency = try #require(yearbook.leaderboard(for: "benchmark-arena")["latency"])
    #expect(latency.map(\.result.id.rawValue) == ["result-beta-arena-latency", "result-alpha-arena-latency"])
    #expect(latency.map(\.position) == [1, 2])
    #expect(latency.map { $0.result.score?.value } == [95, 120])
  }

  @Test("An unknown benchmark has no leaderboard")
  func leaderboardUnknown() {
    #expect(yearbook.leaderboard(for: "benchmark-nothing").isEmpty)
  }

  // MARK: Conflicts

  @Test("conflicts() finds a statistic value conflict, a citation disagreement and an event date conflict")
  func conflicts() {
    let conflicts = yearbook.conflicts()
    let found = Set(conflicts.map { "\($0.kind.rawValue): \($0.recordIDs.joined(separator: ", "))" })
    #expect(
      found == [
        "statisticValue: stat-new-unicorns-2025-h1-42, stat-new-unicorns-2025-h1-54",
        "citationDisagreement: result-gamma-arena-score",
        "eventDate: event-2025-04-runway-releases-gen-4, event-2025-05-runway-releases-gen-4",
      ])
    #expect(conflicts.count == 3)
    let statistic = conflicts.first { $0.kind == .statisticValue }
    #expect(statistic?.detail.contains("42") == true && statistic?.detail.contains("54") == true)
    let citation = conflicts.first { $0.kind == .citationDisagreement }
    #expect(citation?.detail.contains("78") == true && citation?.detail.contains("80") == true)
  }

  @Test("2025-08 and 2025-08-26 agree; other periods, regions and categories are not conflicts")
  func nonConflicts() {
    let involved = Set(yearbook.conflicts().flatMap(\.recordIDs))
    #expect(!involved.contains("event-2025-08-plan-published"))
    #expect(!involved.contains("event-2025-08-26-plan-published"))
    // Another period, another region, the categories of a breakdown, the ends of a series.
    for id in [
      "stat-new-unicorns-2024-h1", "stat-new-unicorns-2025-h1-us", "stat-a-users-age-20-29", "stat-b-users-age-30-39",
      "stat-users-2024-12", "stat-users-2025-06",
    ] {
      #expect(!involved.contains(id), "\(id)")
    }
  }

  // MARK: Profiles

  @Test("A profile includes the child organizations, their products and records")
  func profileWithChildren() throws {
    let profile = try yearbook.profile(of: "org-acme")
    #expect(profile.organization.id == "org-acme")
    #expect(profile.children.map(\.id) == ["org-acme-labs", "org-acme-labs-tokyo"])
    #expect(profile.products.map(\.id) == ["product-alpha", "product-beta"])
    #expect(
      profile.events.ids == [
        "event-2025-09-acme-labs-tokyo-opens", "event-2025-10-beta-released", "event-2025-11-acme-partners-with-other",
      ])
    #expect(
      profile.benchmarkResults.ids == [
        "result-alpha-arena-latency", "result-alpha-arena-score", "result-beta-arena-latency",
        "result-beta-arena-score",
      ])
    #expect(profile.fundingRounds.ids == ["funding-2025-acme-labs-seed"])
    #expect(profile.regulations.isEmpty)
    #expect(profile.statistics.isEmpty)
  }

  @Test("A profile without children has the organization's own records only")
  func profileWithoutChildren() throws {
    let profile = try yearbook.profile(of: "org-acme", includingChildren: false)
    #expect(profile.children.isEmpty)
    #expect(profile.products.map(\.id) == ["product-alpha"])
    #expect(profile.events.ids == ["event-2025-11-acme-partners-with-other"])
    #expect(profile.benchmarkResults.ids == ["result-alpha-arena-latency", "result-alpha-arena-score"])
    #expect(profile.fundingRounds.isEmpty)
    let labs = try yearbook.profile(of: "org-acme-labs")
    #expect(labs.children.map(\.id) == ["org-acme-labs-tokyo"])
    #expect(labs.events.ids == ["event-2025-09-acme-labs-tokyo-opens", "event-2025-10-beta-released"])
    let bureau = try yearbook.profile(of: "org-survey-bureau")
    #expect(bureau.statistics.count == 6)
  }

  @Test("The profile of an unknown organization is an error")
  func profileUnknown() {
    #expect(throws: YearbookError.unknownID("org-nobody", kind: .organization, suggestions: [])) {
      _ = try yearbook.profile(of: "org-nobody")
    }
  }

  // MARK: Breakdowns and series

  @Test("breakdown(of:) gathers the categories of the same metric, dimension, period, regions and producer")
  func breakdown() throws {
    let ages = try yearbook.breakdown(of: "stat-b-users-age-30-39")
    #expect(ages.dimension == "age")
    #expect(ages.kind == .share)
    #expect(ages.exhaustive)
    #expect(
      ages.categories.map(\.statistic) == [
        "stat-a-users-age-20-29", "stat-b-users-age-30-39", "stat-c-users-age-other",
      ])
    #expect(ages.categories.map(\.id) == ["age-20-29", "age-30-39", "age-other"])
    #expect(ages.sum == 100)
    #expect(ages.expectedSum == 100)
    // The same category in another period belongs to another breakdown.
    let earlier = try yearbook.breakdown(of: "stat-d-users-age-20-29-2024-12")
    #expect(earlier.categories.map(\.statistic) == ["stat-d-users-age-20-29-2024-12"])
    // breakdowns() lists both, the dated-earlier one first; each statistic is in exactly one.
    let all = yearbook.breakdowns(dimension: "age")
    #expect(all.map { $0.period?.description } == ["2024-12", "2025-06"])
    #expect(all.last == ages)
    #expect(yearbook.breakdowns().count == 2)
    #expect(yearbook.breakdowns(dimension: "gender").isEmpty)
  }

  @Test("breakdown(of:) refuses a statistic outside a breakdown and an unknown id")
  func breakdownErrors() {
    #expect(throws: YearbookError.self) { _ = try yearbook.breakdown(of: "stat-users-2025-06") }
    #expect(throws: YearbookError.self) { _ = try yearbook.breakdown(of: "stat-nothing") }
  }

  @Test("series(_:) gives the statistics of one series by date")
  func series() {
    let users = yearbook.series("series-users")
    #expect(users.ids == ["stat-users-2024-12", "stat-users-2025-06"])
    #expect(users.map(\.value.value) == [249_000_000, 515_000_000])
    #expect(yearbook.series("series-nothing").isEmpty)
  }

  // MARK: Summary

  @Test("summary() counts records by kind, source and year")
  func summary() {
    let summary = yearbook.summary()
    #expect(summary.records["events"] == 8)
    #expect(summary.records["benchmarkResults"] == 6)
    #expect(summary.records["fundingRounds"] == 1)
    #expect(summary.records["regulations"] == 0)
    #expect(summary.records["statistics"] == 10)
    #expect(summary.entities["organizations"] == 5)
    #expect(summary.sources.map(\.id) == ["src-902"])
    #expect(summary.sources.first?.records["events"] == 8)
    #expect(summary.years == ["2024": 3, "2025": 22])
  }
}
