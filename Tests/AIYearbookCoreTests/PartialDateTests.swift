import AIYearbookCore
import Foundation
import Testing

@Suite("PartialDate")
struct PartialDateTests {
  // MARK: Parsing and printing

  @Test(
    "every valid form parses and prints back",
    arguments: [
      ("2025", PartialDate.Precision.year),
      ("2025-H1", .half),
      ("2025-H2", .half),
      ("2025-Q1", .quarter),
      ("2025-Q3", .quarter),
      ("2025-Q4", .quarter),
      ("2025-01", .month),
      ("2025-12", .month),
      ("2025-12-11", .day),
      ("2024-02-29", .day),
      ("1000", .year),
      ("9999-12-31", .day),
    ])
  func validForm(text: String, precision: PartialDate.Precision) throws {
    let parsed = try PartialDate(parsing: text)
    #expect(parsed.precision == precision)
    #expect(parsed.description == text)
    #expect(PartialDate(text) == parsed)
    #expect(String(describing: parsed) == text)
  }

  @Test("the components of each form")
  func components() throws {
    let year = try date("2025")
    #expect(year.year == 2025)
    #expect(year.half == nil && year.quarter == nil && year.month == nil && year.day == nil)

    let half = try date("2025-H1")
    #expect(half.year == 2025 && half.half == 1)
    #expect(half.quarter == nil && half.month == nil && half.day == nil)

    let quarter = try date("2025-Q3")
    #expect(quarter.quarter == 3)
    #expect(quarter.half == nil && quarter.month == nil && quarter.day == nil)

    let month = try date("2025-12")
    #expect(month.month == 12)
    #expect(month.half == nil && month.quarter == nil && month.day == nil)

    let day = try date("2025-12-11")
    #expect(day.year == 2025 && day.month == 12 && day.day == 11)
    #expect(day.half == nil && day.quarter == nil)
  }

  @Test(
    "invalid text is rejected with an error that names the input",
    arguments: [
      "2025-13", "2025-02-30", "2025-Q5", "2025-H3", "25-01", "2025-00", "2024-02-30", "", "2025-1",
      "2025-Q0", "2025-H0", "2025-13-01", "2025-01-32", "2025-04-31", "2025-01-00", "2025-1-01", "2025-01-1",
      "20250", "0999-01", "0999-H1", "0999-Q1", "0999-01-01", "2025-12-11-01", "2025-W01", " 2025", "2025 ", "2025-h1",
      "2025-q3", "2025-", "-2025",
      "2025--01", "２０２５", "2025/2026", "+202", "2025-+1",
    ])
  func invalidForm(text: String) throws {
    let error = #expect(throws: PartialDateError.self) { try PartialDate(parsing: text) }
    #expect(error?.input == text)
    #expect(error?.description.contains("\"\(text)\"") == true)
    #expect(error?.reason.isEmpty == false)
    #expect(PartialDate(text) == nil)
  }

  @Test(
    "a bare year below 1000 is rejected with an error naming the text as written",
    arguments: ["0999", "0000", "0001"])
  func bareYearBelowOneThousand(text: String) {
    #expect(PartialDate(text) == nil)
    let error = #expect(throws: PartialDateError.self) { try PartialDate(parsing: text) }
    #expect(error?.input == text)
    #expect(error?.description.contains("\"\(text)\"") == true)
    let decoding = #expect(throws: DecodingError.self) { try JSON.decode(DatePeriod.self, from: "\"\(text)\"") }
    #expect(decoding?.message.contains("\"\(text)\"") == true)
  }

  @Test("the error explains what is wrong")
  func errorReasons() throws {
    let month = #expect(throws: PartialDateError.self) { try PartialDate(parsing: "2025-13") }
    #expect(month?.description.contains("13") == true)
    let day = #expect(throws: PartialDateError.self) { try PartialDate(parsing: "2025-02-30") }
    #expect(day?.description.contains("30") == true)
    let quarter = #expect(throws: PartialDateError.self) { try PartialDate(parsing: "2025-Q5") }
    #expect(quarter?.description.contains("5") == true)
  }

  // MARK: Leap years

  @Test(
    "February 29 exists only in leap years",
    arguments: [
      ("2024-02-29", true), ("2025-02-29", false), ("2000-02-29", true), ("1900-02-29", false),
      ("2100-02-29", false), ("2028-02-29", true),
    ])
  func leapDay(text: String, valid: Bool) {
    #expect((PartialDate(text) != nil) == valid)
    #expect((DatePeriod(text) != nil) == valid)
  }

  @Test("leap years and month lengths", arguments: [(2024, true), (2025, false), (2000, true), (1900, false)])
  func leapYear(year: Int, leap: Bool) {
    #expect(CalendarDay.isLeapYear(year) == leap)
    #expect(CalendarDay.numberOfDays(inMonth: 2, year: year) == (leap ? 29 : 28))
  }

  @Test("month lengths")
  func monthLengths() {
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for (index, length) in lengths.enumerated() {
      #expect(CalendarDay.numberOfDays(inMonth: index + 1, year: 2025) == length, "month \(index + 1)")
    }
  }

  // MARK: Ordering

  @Test("a coarser date sorts before the finer dates it contains")
  func coarserFirst() throws {
    let chain = try ["2025", "2025-H1", "2025-Q1", "2025-01", "2025-01-01"].map(date)
    for (earlier, later) in zip(chain, chain.dropFirst()) {
      #expect(earlier < later, "\(earlier) < \(later)")
      #expect(!(later < earlier), "not \(later) < \(earlier)")
    }
    #expect(try date("2025-12") < date("2026"))
    #expect(try date("2025-12-31") < date("2026"))
    #expect(try !(date("2026") < date("2025-12")))
  }

  @Test("sorting a shuffled list gives chronological order, coarse first")
  func sorting() throws {
    let ordered = [
      "2024", "2024-12-31", "2025", "2025-H1", "2025-Q1", "2025-01", "2025-01-01", "2025-01-02", "2025-02",
      "2025-Q2", "2025-06-30", "2025-H2", "2025-Q3", "2025-07", "2025-Q4", "2025-12", "2025-12-11", "2026",
    ]
    let dates = try ordered.map(date)
    #expect(dates.reversed().sorted().map(\.description) == ordered)
    #expect(dates.shuffled().sorted().map(\.description) == ordered)
  }

  @Test("equal dates are neither less nor greater")
  func equality() throws {
    #expect(try date("2025-Q3") == date("2025-Q3"))
    #expect(try !(date("2025-Q3") < date("2025-Q3")))
    #expect(try date("2025-07") != date("2025-Q3"))
    #expect(try date("2025-H1") != date("2025-Q1"))
  }

  // MARK: Containment

  @Test(
    "contains and overlaps",
    arguments: [
      ("2025", "2025-12", true, true),
      ("2025-12", "2025-12-11", true, true),
      ("2025-12-11", "2025-12", false, true),
      ("2025-08", "2025-08-26", true, true),
      ("2025-H1", "2025-07", false, false),
      ("2025-H1", "2025-Q2", true, true),
      ("2025-Q3", "2025-H2", false, true),
      ("2025-H2", "2025-Q3", true, true),
      ("2025-06-30", "2025-H1", false, true),
      ("2025-07-01", "2025-H1", false, false),
      ("2025", "2026-01", false, false),
      ("2025-12-31", "2026", false, false),
      ("2025-Q1", "2025-03-31", true, true),
      ("2025-Q1", "2025-04-01", false, false),
      ("2025-12-11", "2025-12-11", true, true),
    ])
  func containment(outer: String, inner: String, contains: Bool, overlaps: Bool) throws {
    let a = try date(outer)
    let b = try date(inner)
    #expect(a.contains(b) == contains)
    #expect(a.overlaps(b) == overlaps)
    #expect(b.overlaps(a) == overlaps)
  }

  // MARK: First and last days

  @Test(
    "first and last days",
    arguments: [
      ("2025", "2025-01-01", "2025-12-31"),
      ("2025-H1", "2025-01-01", "2025-06-30"),
      ("2025-H2", "2025-07-01", "2025-12-31"),
      ("2025-Q1", "2025-01-01", "2025-03-31"),
      ("2025-Q2", "2025-04-01", "2025-06-30"),
      ("2025-Q3", "2025-07-01", "2025-09-30"),
      ("2025-Q4", "2025-10-01", "2025-12-31"),
      ("2024-02", "2024-02-01", "2024-02-29"),
      ("2025-02", "2025-02-01", "2025-02-28"),
      ("2025-04", "2025-04-01", "2025-04-30"),
      ("2025-12-11", "2025-12-11", "2025-12-11"),
    ])
  func firstAndLastDays(text: String, first: String, last: String) throws {
    let value = try date(text)
    #expect(value.firstDay.description == first)
    #expect(value.lastDay.description == last)
  }

  @Test("first and last days as components")
  func firstAndLastDayComponents() throws {
    let quarter = try date("2025-Q3")
    #expect(quarter.firstDay == (try day(2025, 7, 1)))
    #expect(quarter.lastDay == (try day(2025, 9, 30)))
    #expect(try date("2024-02").lastDay.day == 29)
    #expect(try date("2025-H2").lastDay == day(2025, 12, 31))
  }

  // MARK: Truncation

  @Test(
    "truncated(to:) keeps the date at a coarser precision",
    arguments: [
      ("2025-12-11", PartialDate.Precision.quarter, "2025-Q4"),
      ("2025-12-11", .half, "2025-H2"),
      ("2025-12-11", .month, "2025-12"),
      ("2025-12-11", .year, "2025"),
      ("2025-12-11", .day, "2025-12-11"),
      ("2025-05-20", .quarter, "2025-Q2"),
      ("2025-06-30", .half, "2025-H1"),
      ("2025-07-01", .half, "2025-H2"),
      ("2025-03", .quarter, "2025-Q1"),
      ("2025-03", .half, "2025-H1"),
      ("2025-04", .quarter, "2025-Q2"),
      ("2025-07", .quarter, "2025-Q3"),
      ("2025-Q2", .half, "2025-H1"),
      ("2025-Q3", .half, "2025-H2"),
      ("2025-Q3", .year, "2025"),
      ("2025-H2", .year, "2025"),
    ])
  func truncation(text: String, precision: PartialDate.Precision, expected: String) throws {
    let truncated = try date(text).truncated(to: precision)
    #expect(truncated.description == expected)
    #expect(truncated == (try date(expected)))
  }

  @Test(
    "truncating to a finer precision returns the date unchanged",
    arguments: [
      ("2025", PartialDate.Precision.month),
      ("2025", .day),
      ("2025-H1", .quarter),
      ("2025-H2", .month),
      ("2025-Q3", .month),
      ("2025-12", .day),
    ])
  func truncationToFiner(text: String, precision: PartialDate.Precision) throws {
    #expect(try date(text).truncated(to: precision).description == text)
  }

  // MARK: Successor

  @Test(
    "successor at the same precision",
    arguments: [
      ("2025", "2026"), ("2025-H1", "2025-H2"), ("2025-H2", "2026-H1"), ("2025-Q2", "2025-Q3"),
      ("2025-Q4", "2026-Q1"), ("2025-01", "2025-02"), ("2025-12", "2026-01"), ("2024-02-28", "2024-02-29"),
      ("2024-02-29", "2024-03-01"), ("2025-02-28", "2025-03-01"), ("2025-04-30", "2025-05-01"),
      ("2025-12-31", "2026-01-01"),
    ])
  func successor(text: String, next: String) throws {
    #expect(try date(text).successor()?.description == next)
  }

  @Test("there is no successor after 9999", arguments: ["9999", "9999-H2", "9999-Q4", "9999-12", "9999-12-31"])
  func noSuccessor(text: String) throws {
    #expect(try date(text).successor() == nil)
  }

  // MARK: Initializers

  @Test("the initializers agree with parsing")
  func initializers() throws {
    #expect(try PartialDate(year: 2025) == date("2025"))
    #expect(try PartialDate(year: 2025, half: 2) == date("2025-H2"))
    #expect(try PartialDate(year: 2025, quarter: 3) == date("2025-Q3"))
    #expect(try PartialDate(year: 2025, month: 12) == date("2025-12"))
    #expect(try PartialDate(year: 2025, month: 2, day: 3) == date("2025-02-03"))
    #expect(try PartialDate(year: 2025, month: 2, day: 3).description == "2025-02-03")
  }

  @Test("the initializers reject impossible dates and name them")
  func initializerErrors() {
    let month = #expect(throws: PartialDateError.self) { try PartialDate(year: 2025, month: 13) }
    #expect(month?.input == "2025-13")
    let day = #expect(throws: PartialDateError.self) { try PartialDate(year: 2025, month: 2, day: 29) }
    #expect(day?.input == "2025-02-29")
    let quarter = #expect(throws: PartialDateError.self) { try PartialDate(year: 2025, quarter: 5) }
    #expect(quarter?.input == "2025-Q5")
    let half = #expect(throws: PartialDateError.self) { try PartialDate(year: 2025, half: 3) }
    #expect(half?.input == "2025-H3")
    #expect(throws: PartialDateError.self) { try PartialDate(year: 999) }
    #expect(throws: PartialDateError.self) { try PartialDate(year: 10_000) }
  }

  // MARK: Calendar days

  @Test(
    "calendar days that do not exist",
    arguments: [(2025, 2, 29), (2025, 13, 1), (2025, 0, 1), (2025, 4, 31), (2025, 1, 0), (2025, 1, 32)])
  func impossibleCalendarDay(year: Int, month: Int, day: Int) {
    #expect(CalendarDay(year: year, month: month, day: day) == nil)
  }

  @Test("calendar days print as YYYY-MM-DD and sort chronologically")
  func calendarDay() throws {
    #expect(try day(2025, 1, 5).description == "2025-01-05")
    #expect(try day(2024, 2, 29).description == "2024-02-29")
    #expect(try day(2024, 12, 31) < day(2025, 1, 1))
    #expect(try day(2025, 1, 31) < day(2025, 2, 1))
    #expect(try day(2025, 2, 1) < day(2025, 2, 2))
  }

  // MARK: Codable

  @Test("encodes as its text and decodes from it", arguments: ["2025", "2025-H1", "2025-Q3", "2025-12", "2025-12-11"])
  func codable(text: String) throws {
    let decoded = try JSON.decode(PartialDate.self, from: "\"\(text)\"")
    #expect(decoded.description == text)
    #expect(try JSON.encodedText(decoded) == "\"\(text)\"")
    try expectRoundTrip(decoded)
  }

  @Test("decoding an invalid date is a data-corrupted error naming the input")
  func decodingError() {
    let error = #expect(throws: DecodingError.self) {
      try JSON.decode([PartialDate].self, from: #"["2025", "2025-13"]"#)
    }
    guard case .dataCorrupted = error else {
      Issue.record("expected dataCorrupted, got \(String(describing: error))")
      return
    }
    #expect(error?.path == ["[1]"])
    #expect(error?.message.contains("2025-13") == true)
  }

  @Test("a number is not a date")
  func numberIsNotADate() {
    #expect(throws: DecodingError.self) { try JSON.decode(PartialDate.self, from: "2025") }
  }
}
