// The date parser: PartialDate(parsing:) and DatePeriod(parsing:) on arbitrary text.
//
// Properties: parsing never crashes; it accepts exactly what an independent reading of the
// grammar (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD, years 1000–9999, real calendar days)
// accepts, with the same fields; an accepted date's text form parses back to the same date;
// a period's first day is not after its last.
import AIYearbookCore
import Foundation
import FuzzDriver
import FuzzSupport

/// What a date text means under the grammar, read independently of the library.
struct Expected: Equatable {
  var year: Int
  var precision: PartialDate.Precision
  var part: Int?
  var day: Int?
}

func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
  guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
  return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
}

func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

func expected(_ text: String) -> Expected? {
  let b = Array(text.utf8)
  guard b.count >= 4, let year = digits(b[0..<4]), year >= 1000 else { return nil }
  if b.count == 4 { return Expected(year: year, precision: .year) }
  guard b[4] == UInt8(ascii: "-") else { return nil }
  if b.count == 7 {
    if b[5] == UInt8(ascii: "H"), let half = digits(b[6..<7]), (1...2).contains(half) {
      return Expected(year: year, precision: .half, part: half)
    }
    if b[5] == UInt8(ascii: "Q"), let quarter = digits(b[6..<7]), (1...4).contains(quarter) {
      return Expected(year: year, precision: .quarter, part: quarter)
    }
    if let month = digits(b[5..<7]), (1...12).contains(month) {
      return Expected(year: year, precision: .month, part: month)
    }
    return nil
  }
  guard b.count == 10, b[7] == UInt8(ascii: "-"), let month = digits(b[5..<7]), (1...12).contains(month),
    let day = digits(b[8..<10])
  else { return nil }
  let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  guard day >= 1, day <= lengths[month - 1] else { return nil }
  return Expected(year: year, precision: .day, part: month, day: day)
}

func actual(_ date: PartialDate) -> Expected {
  Expected(
    year: date.year, precision: date.precision, part: date.half ?? date.quarter ?? date.month, day: date.day)
}

func test(_ data: Data) {
  let text = String(decoding: data, as: UTF8.self)
  let parsed = try? PartialDate(parsing: text)
  let reference = expected(text)
  fuzzCheck(
    parsed.map(actual) == reference,
    "PartialDate(parsing: \(text.debugDescription)) gave \(String(describing: parsed.map(actual))), "
      + "the grammar \(String(describing: reference))")
  if let parsed {
    fuzzCheck(parsed.description == text, "\(text.debugDescription) prints as \(parsed.description)")
    fuzzCheck(parsed.firstDay <= parsed.lastDay, "\(text.debugDescription): first day after last")
  }
  if let period = try? DatePeriod(parsing: text) {
    fuzzCheck(period.firstDay <= period.lastDay, "period \(text.debugDescription): first day after last")
    fuzzCheck(
      (try? DatePeriod(parsing: period.description)) == period,
      "period \(text.debugDescription) prints as \(period.description), which does not parse back")
  }
}

exit(
  yearbook_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    test(fuzzInput(data, size))
    return 0
  })
