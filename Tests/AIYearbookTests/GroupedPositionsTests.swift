import Testing

@testable import AIYearbook

/// Grouping over columns against totalling each group's records one by one (the
/// record-level code the columns replaced): the same counts, sums to the last bit,
/// exclusions and rates.
@Suite("Grouping over columns")
struct GroupedPositionsTests {
  @Test func groupTotalsEqualTotalsOfTheGroupsRecords() throws {
    let yearbook = try Yearbook.embedded()
    let keyLists: [[GroupingKey<FundingRound>]] = [
      [.region], [.organization], [.quarter, .roundLabel], [.year, .tag], [.kind], [.month], [.tag, .region],
      [.organizations(in: [.investor, .leadInvestor])],
    ]
    for keys in keyLists {
      for query in [yearbook.fundingRounds, try yearbook.fundingRounds.during("2025")] {
        let groups = try query.grouped(by: keys, totalIn: .cny, includingRecords: true)
        #expect(!groups.isEmpty)
        for group in groups {
          let records = try #require(group.records)
          #expect(group.count == records.count)
          #expect(group.total == RecordQuery<FundingRound>.total(of: records, in: .cny, using: .default))
        }
      }
    }
    let all = try yearbook.fundingRounds.totalAmount(in: .eur)
    #expect(all == RecordQuery<FundingRound>.total(of: yearbook.fundingRounds.all(), in: .eur, using: .default))
  }

  /// `top(_:by:totalIn:)` ranks without building every group's lists: it must still equal
  /// sorting the full groups by total (largest first, groups summing nothing last, ties in key order).
  @Test func topByTotalEqualsSortingTheFullGroups() throws {
    let yearbook = try Yearbook.embedded()
    let keys: [GroupingKey<FundingRound>] = [.organization, .region, .quarter, .roundLabel, .tag, .kind]
    for key in keys {
      let groups = try yearbook.fundingRounds.grouped(by: [key], totalIn: .usd)
      let expected = groups.enumerated().sorted { lhs, rhs in
        switch (lhs.element.total?.value, rhs.element.total?.value) {
        case (let left?, let right?) where left != right: return left > right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.offset < rhs.offset
        }
      }.map(\.element)
      for count in [0, 1, 3, groups.count, groups.count + 5] {
        let top = try yearbook.fundingRounds.top(count, by: key, totalIn: .usd)
        #expect(top == Array(expected.prefix(count)), "key \(key.name), top \(count)")
      }
    }
  }

  /// Groups over a field sort by the column's ranks of its values: the same order as sorting the labels.
  @Test func groupsOverFieldsAreInKeyOrder() throws {
    let yearbook = try Yearbook.embedded()
    for key in [GroupingKey<Event>.organization, .tag, .region, .kind] {
      let labels = yearbook.events.grouped(by: key).map(\.key)
      let named = labels.compactMap(\.self)
      #expect(named == named.sorted(), "key \(key.name)")
      #expect(labels.firstIndex(of: nil).map { $0 == labels.count - 1 } ?? true)
    }
  }
}
