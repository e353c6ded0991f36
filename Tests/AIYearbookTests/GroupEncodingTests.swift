import AIYearbook
import Foundation
import Testing

/// The JSON of groups, totals and pages (DESIGN §6), on `sample.json` (see ``AggregationTests``).
@Suite("Group and page encoding")
struct GroupEncodingTests {
  let yearbook: Yearbook
  init() throws { yearbook = try TestSupport.sample() }

  static func json(_ value: some Encodable) throws -> Any {
    try JSONSerialization.jsonObject(with: CanonicalJSON.encode(value), options: [.fragmentsAllowed])
  }

  @Test("one key: group is a string or null; count only, without a currency")
  func oneKey() throws {
    let groups = try #require(try Self.json(yearbook.events.grouped(by: .year)) as? [[String: Any]])
    #expect(groups.allSatisfy { Set($0.keys) == ["group", "count"] })
    #expect(groups.last?["group"] is NSNull)
  }

  @Test("several keys: group is an object of key to value")
  func severalKeys() throws {
    let groups = try yearbook.fundingRounds.grouped(by: [.year, .kind])
    let encoded = try #require(try Self.json(groups) as? [[String: Any]])
    let first = try #require(encoded.first?["group"] as? [String: Any])
    #expect(Set(first.keys) == ["year", "kind"])
    #expect(groups.map(\.count).reduce(0, +) == yearbook.fundingRounds.count())
  }

  @Test("with a currency: summedCount, total (null when nothing was summed), currency, ratesUsed, excluded")
  func totals() throws {
    let groups = try yearbook.fundingRounds.grouped(by: [.year], totalIn: .usd)
    let encoded = try #require(try Self.json(groups) as? [[String: Any]])
    for group in encoded {
      for key in ["group", "count", "summedCount", "total", "currency", "ratesUsed", "excluded"] {
        #expect(group[key] != nil, "\(key) missing in \(group)")
      }
      #expect(group["currency"] as? String == "USD")
      let excluded = try #require(group["excluded"] as? [[String: Any]])
      #expect(
        excluded.allSatisfy { ["noAmount", "noRate", "undated", "notAddable"].contains($0["reason"] as? String ?? "") })
    }
    #expect(encoded.contains { $0["total"] is NSNull })
    let decoded = try JSONDecoder().decode([RecordGroup<FundingRound>].self, from: CanonicalJSON.encode(groups))
    // One key's name is not in the JSON (`group` is a bare string): compare what is.
    #expect(decoded.map(\.key) == groups.map(\.key))
    #expect(decoded.map(\.count) == groups.map(\.count))
    #expect(decoded.map(\.total) == groups.map(\.total))
  }

  @Test("an unknown currency code is refused, not silently summed to nothing")
  func badCurrency() {
    #expect(throws: YearbookError.invalidCurrency("usd")) {
      _ = try yearbook.fundingRounds.grouped(by: [.year], totalIn: Currency("usd"))
    }
    #expect(throws: YearbookError.invalidCurrency("RMB")) { _ = try yearbook.fundingRounds.totalAmount(in: "RMB") }
  }

  @Test("a page encodes items, total, offset and limit (null without a limit)")
  func page() throws {
    let limited = try #require(
      try Self.json(yearbook.events.sorted(by: .date).offset(1).limit(2).page()) as? [String: Any])
    #expect((limited["items"] as? [Any])?.count == 2)
    #expect(limited["total"] as? Int == 7)
    #expect(limited["offset"] as? Int == 1)
    #expect(limited["limit"] as? Int == 2)
    let all = try #require(try Self.json(yearbook.events.page()) as? [String: Any])
    #expect(all["limit"] is NSNull)
  }

  @Test("a date filter puts records that start before the range in its first bucket")
  func clampedToRange() throws {
    let event = Event(
      id: "event-x-week", date: try DatePeriod(parsing: "2025-11-30/2025-12-06"),
      citations: [Citation(source: "src-900", quote: "q", locator: "l")], title: LocalizedText(zh: "周", en: "Week"),
      category: .other)
    let yearbook = try self.yearbook.merging(Dataset(dataVersion: "0.0.1", events: [event]), origin: "week.json")
    let december = try yearbook.events.during("2025-12").grouped(by: .month, includingRecords: true)
    let week = try #require(december.first { $0.records?.contains { $0.id == "event-x-week" } == true })
    #expect(week.key == "2025-12")
    // One group per bucket: the clamped record joins the records that start in December.
    #expect(Set(december.map(\.key)).count == december.count)
    #expect(week.count > 1)
    let unfiltered = yearbook.events.grouped(by: .month, includingRecords: true)
    #expect(unfiltered.first { $0.records?.contains { $0.id == "event-x-week" } == true }?.key == "2025-11")
  }

  @Test("a clamped record whose bucket no record starts in gets a group of its own, in order")
  func clampedIntoANewBucket() throws {
    let citation = Citation(source: "src-900", quote: "q", locator: "l")
    let events = [
      Event(
        id: "event-x-span", date: try DatePeriod(parsing: "2026-12-30/2027-01-02"), citations: [citation],
        title: LocalizedText(zh: "跨年", en: "Span"), category: .other),
      Event(
        id: "event-x-march", date: try DatePeriod(parsing: "2027-03-01"), citations: [citation],
        title: LocalizedText(zh: "三月", en: "March"), category: .other),
    ]
    let yearbook = try self.yearbook.merging(Dataset(dataVersion: "0.0.1", events: events), origin: "span.json")
    let groups = try yearbook.events.during("2027").grouped(by: .month, includingRecords: true)
    // Clamped to the range's start, at the coarser of the two precisions (the year), before the months.
    #expect(groups.map(\.key) == ["2027", "2027-03"])
    #expect(groups.map { $0.records?.map(\.id.rawValue) } == [["event-x-span"], ["event-x-march"]])
  }
}
