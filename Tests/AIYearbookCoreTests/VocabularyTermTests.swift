import AIYearbookCore
import Foundation
import Testing

@Suite("VocabularyTerm")
struct VocabularyTermTests {
  @Test("an event with unknown vocabulary decodes, reports unknown terms and re-encodes unchanged")
  func unknownVocabularyInAnEvent() throws {
    let event = try decodeFixture(Event.self, "event-unknown-vocabulary.json")
    #expect(event.category.rawValue == "quantumLeap")
    #expect(!event.category.isKnown)
    #expect(event.tags == ["new-tag", "agents"])
    #expect(!event.tags[0].isKnown)
    #expect(event.tags[1].isKnown)
    #expect(event.regions == ["ZZ", "CN"])
    #expect(!event.regions[0].isKnown)
    #expect(event.regions[1].isKnown)
    let stated = try #require(event.citations.first?.statedValue)
    #expect(stated.qualifier.rawValue == "someday")
    #expect(!stated.qualifier.isKnown)
    #expect(stated.unit.rawValue == "qubitYears")
    #expect(!stated.unit.isKnown)
    #expect(stated.isApproximate, "an unknown qualifier is not exact")
  }

  @Test("unknown terms of every vocabulary survive a round trip")
  func unknownTermsRoundTrip() throws {
    try expectUnknownTermRoundTrips(Event.Category.self, "quantumLeap")
    try expectUnknownTermRoundTrips(AIYearbookCore.Tag.self, "new-tag")
    try expectUnknownTermRoundTrips(Region.self, "ZZ")
    try expectUnknownTermRoundTrips(Qualifier.self, "someday")
    try expectUnknownTermRoundTrips(Quantity.Unit.self, "furlongs")
    try expectUnknownTermRoundTrips(Currency.self, "XAU")
    try expectUnknownTermRoundTrips(Organization.Kind.self, "guild")
    try expectUnknownTermRoundTrips(Product.Kind.self, "hologram")
    try expectUnknownTermRoundTrips(BenchmarkResult.Outcome.self, "ties")
    try expectUnknownTermRoundTrips(FundingRound.Kind.self, "crowdfunding")
    try expectUnknownTermRoundTrips(FundingRound.Status.self, "paused")
    try expectUnknownTermRoundTrips(FundingRound.Party.Role.self, "advisor")
    try expectUnknownTermRoundTrips(FundingRound.Valuation.Basis.self, "implied")
    try expectUnknownTermRoundTrips(Regulation.Status.self, "suspended")
    try expectUnknownTermRoundTrips(Regulation.Category.self, "treaty")
    try expectUnknownTermRoundTrips(Regulation.Milestone.Kind.self, "amended")
    try expectUnknownTermRoundTrips(Statistic.Measure.self, "ratio")
    try expectUnknownTermRoundTrips(Statistic.Direction.self, "flat")
    try expectUnknownTermRoundTrips(Statistic.Kind.self, "leak")
    try expectUnknownTermRoundTrips(Statistic.Breakdown.Kind.self, "median")
    try expectUnknownTermRoundTrips(Benchmark.Metric.Preference.self, "closerToZero")
  }

  private func expectUnknownTermRoundTrips<T: VocabularyTerm>(
    _ type: T.Type, _ raw: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let decoded = try JSON.decode([T].self, from: "[\"\(raw)\"]")
    #expect(decoded.map(\.rawValue) == [raw], sourceLocation: sourceLocation)
    #expect(decoded.first?.isKnown == false, sourceLocation: sourceLocation)
    #expect(
      try JSON.normalized(JSON.encode(decoded)) == JSON.normalized("[\"\(raw)\"]"), sourceLocation: sourceLocation)
    #expect(T(raw) == T(rawValue: raw), sourceLocation: sourceLocation)
  }

  @Test("terms are created from literals and print their raw strings")
  func literals() {
    let category: Event.Category = "modelRelease"
    #expect(category == .modelRelease)
    #expect(category.isKnown)
    #expect(category.description == "modelRelease")
    #expect(Event.Category("quantumLeap") != .modelRelease)
    #expect(AIYearbookCore.Tag.videoGeneration.rawValue == "video-generation")
  }

  @Test("terms sort by their raw strings")
  func ordering() {
    let tags: [AIYearbookCore.Tag] = ["video-generation", "agents", "new-tag", "coding"]
    #expect(tags.sorted().map(\.rawValue) == ["agents", "coding", "new-tag", "video-generation"])
  }

  @Test("terms encode as bare strings")
  func encoding() throws {
    #expect(try JSON.encodedText(Event.Category.modelRelease) == #""modelRelease""#)
    #expect(try JSON.encodedText(AIYearbookCore.Tag("new-tag")) == #""new-tag""#)
  }

  // MARK: The documented terms (DESIGN.md §2–3, Documentation/Vocabulary.md)

  @Test("funding round kinds")
  func fundingRoundKinds() {
    #expect(
      FundingRound.Kind.knownTerms.map(\.rawValue) == [
        "ventureRound", "strategicInvestment", "acquisition", "publicProgramme", "fund", "sovereignFund",
        "capitalExpenditurePlan", "nonCashStake",
      ])
  }

  @Test("funding round statuses, party roles and valuation bases")
  func fundingRoundTerms() {
    #expect(
      Set(FundingRound.Status.knownTerms.map(\.rawValue)) == [
        "announced", "completed", "proposed", "rumored", "cancelled",
      ])
    #expect(
      Set(FundingRound.Party.Role.knownTerms.map(\.rawValue)) == [
        "recipient", "investor", "leadInvestor", "acquirer", "target", "issuer",
      ])
    #expect(Set(FundingRound.Valuation.Basis.knownTerms.map(\.rawValue)) == ["pre", "post", "unspecified"])
  }

  @Test("regulation statuses and milestone kinds")
  func regulationTerms() {
    #expect(
      Set(Regulation.Status.knownTerms.map(\.rawValue)) == [
        "draft", "proposed", "adopted", "inForce", "repealed", "unknown",
      ])
    #expect(
      Set(Regulation.Milestone.Kind.knownTerms.map(\.rawValue)) == [
        "draftPublished", "issued", "adopted", "effective", "repealed",
      ])
  }

  @Test("statistic measures, kinds, directions and breakdown kinds")
  func statisticTerms() {
    #expect(
      Set(Statistic.Measure.knownTerms.map(\.rawValue)) == [
        "level", "change", "relativeChange", "multiple", "share", "rank",
      ])
    #expect(
      Set(Statistic.Kind.knownTerms.map(\.rawValue)) == [
        "survey", "market", "official", "estimate", "forecast", "target",
      ])
    #expect(Set(Statistic.Direction.knownTerms.map(\.rawValue)) == ["increase", "decrease"])
    #expect(
      Set(Statistic.Breakdown.Kind.knownTerms.map(\.rawValue)) == [
        "share", "rateWithinCategory", "multiSelect", "count",
      ])
  }

  @Test("benchmark result outcomes and metric preferences")
  func benchmarkTerms() {
    #expect(Set(BenchmarkResult.Outcome.knownTerms.map(\.rawValue)) == ["scored", "beats", "ranks"])
    #expect(Set(Benchmark.Metric.Preference.knownTerms.map(\.rawValue)) == ["higher", "lower"])
  }

  @Test("qualifiers")
  func qualifiers() {
    #expect(
      Set(Qualifier.knownTerms.map(\.rawValue)) == [
        "exact", "approximately", "moreThan", "atLeast", "lessThan", "atMost", "upTo", "unspecified",
      ])
  }

  @Test(
    "the units the conventions name are known",
    arguments: [
      "count", "percent", "percentagePoints", "times", "EFLOPS", "kWh", "TB", "ms", "GPUHours", "cubicMetresPerMu",
      "days", "USD", "CNY",
    ])
  func documentedUnits(unit: String) {
    #expect(Quantity.Unit(unit).isKnown)
  }

  @Test("ISO 4217 currencies the documents use are known", arguments: ["USD", "CNY", "EUR", "GBP", "CAD", "INR"])
  func documentedCurrencies(code: String) {
    #expect(Currency(code).isKnown)
  }

  @Test("no vocabulary lists a term twice")
  func noDuplicates() {
    #expect(Set(AIYearbookCore.Tag.knownTerms).count == AIYearbookCore.Tag.knownTerms.count)
    #expect(Set(Event.Category.knownTerms).count == Event.Category.knownTerms.count)
    #expect(Set(Quantity.Unit.knownTerms).count == Quantity.Unit.knownTerms.count)
    #expect(Set(Region.knownTerms).count == Region.knownTerms.count)
    #expect(Set(Currency.knownTerms).count == Currency.knownTerms.count)
  }
}
