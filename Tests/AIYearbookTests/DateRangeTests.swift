import AIYearbook
import Testing

/// DESIGN §6's table of date modes, case for case.
@Suite("Date ranges: during, within, overlapping")
struct DateRangeTests {
  /// The record dates the table's columns name.
  static let columns = ["2025-12-11", "2025-11-30/2025-12-06", "2025-12", "2025-Q4", "2025", "2026"]

  /// Each row: the range (from, to, mode) and "in"/"out" per column, as DESIGN §6 writes them.
  static let rows: [(from: String?, to: String?, mode: DateMatching, expected: [Bool])] = [
    ("2025-12", "2025-12", .during, [true, true, true, false, false, false]),
    ("2025-12", "2025-12", .within, [true, false, true, false, false, false]),
    ("2025-12", "2025-12", .overlapping, [true, true, true, true, true, false]),
    ("2025-01", "2025-12", .during, [true, true, true, true, true, false]),
    ("2025-12", nil, .during, [true, true, true, false, false, true]),
  ]

  @Test("each row of the table", arguments: rows.indices)
  func tableRow(_ index: Int) throws {
    let row = Self.rows[index]
    let range = try DateRange(from: row.from, to: row.to, mode: row.mode)
    for (column, expected) in zip(Self.columns, row.expected) {
      let date = try DatePeriod(parsing: column)
      #expect(range.matches(date) == expected, "\(range) on \(column)")
    }
  }

  @Test("undated records never match; a range with no bounds matches every dated record")
  func undatedAndOpen() throws {
    #expect(!(try DateRange(from: "2000", to: "2100")).matches(nil))
    #expect(DateRange(from: PartialDate?.none, to: nil).matches(try DatePeriod(parsing: "1999-01-01")))
  }

  @Test("with one bound, that bound sets the precision")
  func oneBound() throws {
    let untilQ1 = try DateRange(to: "2025-Q1")
    #expect(untilQ1.matches(try DatePeriod(parsing: "2025-03")))
    #expect(untilQ1.matches(try DatePeriod(parsing: "2025-03-31/2025-04-02")))
    #expect(!untilQ1.matches(try DatePeriod(parsing: "2025-H1")))
    #expect(!untilQ1.matches(try DatePeriod(parsing: "2025")))
    #expect(untilQ1.matches(try DatePeriod(parsing: "2024")))
  }

  @Test("a bad bound or a reversed range is an invalid date")
  func badBounds() {
    #expect(throws: YearbookError.invalidDate("2025-13", reason: "month 13 is out of range 1–12")) {
      _ = try DateRange(from: "2025-13")
    }
    #expect(throws: YearbookError.self) { _ = try DateRange(from: "2025-12", to: "2025-01") }
  }

  @Test("the query methods are the three modes")
  func queryMethods() throws {
    let yearbook = try Yearbook.embedded()
    let during = try yearbook.events.during("2025-12").all()
    let within = try yearbook.events.within("2025-12").all()
    let overlapping = try yearbook.events.overlapping("2025-12").all()
    #expect(Set(within.map(\.id)).isSubset(of: Set(during.map(\.id))))
    #expect(Set(during.map(\.id)).isSubset(of: Set(overlapping.map(\.id))))
    #expect(during.count { $0.date?.description == "2025-11-30/2025-12-06" } == 7)
    #expect(within.allSatisfy { $0.date?.description.hasPrefix("2025-12") == true })
    #expect(overlapping.contains { $0.date?.description == "2025" })
    #expect(!during.contains { $0.date?.description == "2025" || $0.date?.description == "2025-Q4" })
  }
}
