import AIYearbookCore
import Foundation
import Testing

@Suite("DatePeriod")
struct DatePeriodTests {
  @Test(
    "single dates parse and print back",
    arguments: ["2025", "2025-H1", "2025-Q3", "2025-12", "2025-12-11"])
  func singleDate(text: String) throws {
    let value = try DatePeriod(parsing: text)
    #expect(!value.isSpan)
    #expect(value.start == value.end)
    #expect(value.start.description == text)
    #expect(value.description == text)
    #expect(DatePeriod(text) == value)
    #expect(value == DatePeriod(try date(text)))
  }

  @Test(
    "spans parse and print back",
    arguments: [
      ("2025-01/2025-04", "2025-01", "2025-04"),
      ("2024/2030", "2024", "2030"),
      ("2025-06-30/2025-12", "2025-06-30", "2025-12"),
      ("2024-Q4/2025-H1", "2024-Q4", "2025-H1"),
    ])
  func span(text: String, start: String, end: String) throws {
    let value = try DatePeriod(parsing: text)
    #expect(value.isSpan)
    #expect(value.start.description == start)
    #expect(value.end.description == end)
    #expect(value.description == text)
    #expect(DatePeriod(text) == value)
    #expect(try value == DatePeriod(from: date(start), to: date(end)))
  }

  @Test(
    "invalid periods are rejected with an error that names the input",
    arguments: [
      "2025-13", "2025-02-30", "2025-Q5", "2025-H3", "25-01", "2025/2024", "2025-00", "2024-02-30", "", "2025-1",
      "2025/2025", "2025-12/2025-01", "2025-12-11/2025-12-11", "2025-01/", "/2025", "/", "2025/2026/2027",
      "2025-13/2026", "2025/2026-13", "2025-02-29/2025-03", "2025/2025-06",
    ])
  func invalid(text: String) throws {
    let error = #expect(throws: PartialDateError.self) { try DatePeriod(parsing: text) }
    #expect(error?.input == text)
    #expect(error?.description.contains("\"\(text)\"") == true)
    #expect(DatePeriod(text) == nil)
  }

  @Test("a span that ends before it starts, or has two equal ends, cannot be built")
  func invalidSpanInitializer() throws {
    let reversed = #expect(throws: PartialDateError.self) { try DatePeriod(from: date("2025"), to: date("2024")) }
    #expect(reversed?.input == "2025/2024")
    let same = #expect(throws: PartialDateError.self) { try DatePeriod(from: date("2025-03"), to: date("2025-03")) }
    #expect(same?.input == "2025-03/2025-03")
  }

  @Test(
    "first and last days",
    arguments: [
      ("2025-01/2025-04", "2025-01-01", "2025-04-30"),
      ("2024/2030", "2024-01-01", "2030-12-31"),
      ("2024-02", "2024-02-01", "2024-02-29"),
      ("2025-Q3", "2025-07-01", "2025-09-30"),
      ("2025-H2", "2025-07-01", "2025-12-31"),
      ("2024-Q4/2025-H1", "2024-10-01", "2025-06-30"),
    ])
  func firstAndLastDays(text: String, first: String, last: String) throws {
    let value = try period(text)
    #expect(value.firstDay.description == first)
    #expect(value.lastDay.description == last)
  }

  @Test(
    "contains and overlaps",
    arguments: [
      ("2025", "2025-12", true, true),
      ("2025-12-11", "2025-12", false, true),
      ("2025-12", "2025-12-11", true, true),
      ("2025-08", "2025-08-26", true, true),
      ("2025-H1", "2025-07", false, false),
      ("2025-01/2025-04", "2025-04-15", true, true),
      ("2025-01/2025-04", "2025-05", false, false),
      ("2025-01/2025-04", "2025-Q2", false, true),
      ("2025-01/2025-04", "2025-04/2025-06", false, true),
      ("2025-01/2025-04", "2025-05/2025-06", false, false),
      ("2024/2030", "2025-12-11", true, true),
      ("2024/2030", "2025-01/2025-04", true, true),
      ("2024/2030", "2031", false, false),
      ("2025-02", "2025-01/2025-04", false, true),
    ])
  func containment(outer: String, inner: String, contains: Bool, overlaps: Bool) throws {
    let a = try period(outer)
    let b = try period(inner)
    #expect(a.contains(b) == contains)
    #expect(a.overlaps(b) == overlaps)
    #expect(b.overlaps(a) == overlaps)
  }

  @Test("ordering: by first day, the longer of two periods starting together first")
  func ordering() throws {
    let ordered = [
      "2024/2030", "2024", "2024-H1", "2024-12-31", "2025-01/2025-04", "2025-01", "2025-01-01", "2025-02",
      "2025-12", "2026",
    ]
    let periods = try ordered.map(period)
    #expect(periods.reversed().sorted().map(\.description) == ordered)
    #expect(periods.shuffled().sorted().map(\.description) == ordered)
    #expect(try period("2025") < period("2025-01/2025-04"))
    #expect(try period("2025-01/2025-04") < period("2025-01"))
    #expect(try !(period("2025-01") < period("2025-01/2025-04")))
  }

  @Test(
    "encodes as its text and decodes from it",
    arguments: ["2025", "2025-H1", "2025-12-11", "2025-01/2025-04", "2024/2030"])
  func codable(text: String) throws {
    let decoded = try JSON.decode(DatePeriod.self, from: "\"\(text)\"")
    #expect(decoded.description == text)
    #expect(try JSON.encodedText(decoded) == "\"\(text)\"")
    try expectRoundTrip(decoded)
  }

  @Test("decoding an invalid span is a data-corrupted error naming the input")
  func decodingError() {
    let error = #expect(throws: DecodingError.self) {
      try JSON.decode([String: DatePeriod].self, from: #"{"coverage": "2025/2024"}"#)
    }
    guard case .dataCorrupted = error else {
      Issue.record("expected dataCorrupted, got \(String(describing: error))")
      return
    }
    #expect(error?.path == ["coverage"])
    #expect(error?.message.contains("2025/2024") == true)
  }
}
