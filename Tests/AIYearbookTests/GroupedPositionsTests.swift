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
}
