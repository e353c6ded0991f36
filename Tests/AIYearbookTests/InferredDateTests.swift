import AIYearbook
import Foundation
import Testing

/// A `date` or `reportedOn` that no quote or locator of the record states is
/// listed in `inferred` (issue "Data 0.2"). The rule is mechanical: each end of
/// the period is stated when its year, its half or quarter (上半年, 第一季度), its
/// month (4月, 1-4月) and its day (18日) are all written somewhere in the record's
/// quotes and locators — a heading naming the year counts. A date taken from a
/// footnote (`upstream`), the document's own date or arithmetic is inferred.
@Suite("Inferred dates")
struct InferredDateTests {
  static let quarterNumerals = ["一", "二", "三", "四"]

  /// Whether the texts state every part of `period` in some written form.
  static func isStated(_ period: DatePeriod, in texts: [String]) -> Bool {
    let text = texts.joined(separator: " ")
    let ends = period.description.split(separator: "/").map(String.init)
    return ends.allSatisfy { isStated(end: $0, in: text) }
  }

  static func isStated(end: String, in text: String) -> Bool {
    let parts = end.split(separator: "-").map(String.init)
    guard let year = parts.first, text.contains(year) else { return false }
    if parts.count >= 2 {
      let middle = parts[1]
      switch middle {
      case "H1": if !text.contains("上半年") { return false }
      case "H2": if !text.contains("下半年") { return false }
      case "Q1", "Q2", "Q3", "Q4":
        let quarter = Int(middle.dropFirst()) ?? 1
        if !text.contains("第\(quarterNumerals[quarter - 1])季度") && !text.contains(middle) { return false }
      default:
        guard let month = Int(middle) else { return false }
        if !mentions(month, before: ["月"], in: text) && !text.contains("\(year)-\(middle)") { return false }
      }
    }
    if parts.count >= 3, let day = Int(parts[2]), !mentions(day, before: ["日", "号"], in: text) { return false }
    return true
  }

  /// Whether `number` is written as a whole number followed (after spaces, or
  /// as the start of a range such as 1-4月) by one of `suffixes`.
  static func mentions(_ number: Int, before suffixes: [String], in text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    let digits = Array(String(number).unicodeScalars)
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    guard scalars.count >= digits.count else { return false }
    for start in 0...(scalars.count - digits.count) where scalars[start..<(start + digits.count)].elementsEqual(digits)
    {
      if start > 0, isDigit(scalars[start - 1]) { continue }
      var index = start + digits.count
      if index < scalars.count, isDigit(scalars[index]) { continue }
      while index < scalars.count, scalars[index] == " " { index += 1 }
      let rest = String(String.UnicodeScalarView(scalars[index...].prefix(6)))
      if suffixes.contains(where: { rest.hasPrefix($0) }) { return true }
      // The first month of a range: 1-4月, 1 至 4 月.
      if let range = rest.first, "-–—~至到".contains(range) {
        let after = rest.dropFirst().drop { $0 == " " || ("0"..."9").contains($0) }
        if suffixes.contains(where: { after.hasPrefix($0) }) { return true }
      }
      // The last month of a range: 1-4月 (the number follows the dash).
      if start > 0, "-–—~至到".unicodeScalars.contains(scalars[start - 1]),
        suffixes.contains(where: { rest.hasPrefix($0) })
      {
        return true
      }
    }
    return false
  }

  @Test("The rule: written forms that state a date, and forms that do not")
  func rule() throws {
    #expect(Self.isStated(try TestSupport.period("2025-04-18"), in: ["2025年4月18日，某公司发布"]))
    #expect(Self.isStated(try TestSupport.period("2025-04-18"), in: ["4月18日，某公司发布", "2025年大事记 > 4月"]))
    #expect(Self.isStated(try TestSupport.period("2025-01/2025-04"), in: ["2025 年 1-4 月，融资"]))
    #expect(Self.isStated(try TestSupport.period("2025-H1"), in: ["2025年上半年全球新增"]))
    #expect(!Self.isStated(try TestSupport.period("2025-07-31"), in: ["截至7月，个人用户注册总数"]))
    #expect(!Self.isStated(try TestSupport.period("2025-10"), in: ["34.0%的用户表示"]))
    #expect(!Self.isStated(try TestSupport.period("2025-04"), in: ["2025年14个省"]))
  }

  @Test("Every date and reportedOn the quotes and locators do not state is listed in inferred")
  func unstatedDatesAreInferred() throws {
    let dataset = try Yearbook.embedded().dataset
    var failures: [String] = []
    var checked = 0
    func check(_ id: String, _ field: String, _ period: DatePeriod?, _ citations: [Citation], _ inferred: [String]) {
      guard let period else { return }
      checked += 1
      let texts = citations.flatMap { [$0.quote, $0.locator] }
      if !Self.isStated(period, in: texts) && !inferred.contains(field) {
        failures.append("\(id): \(field) \(period) is stated by no quote or locator but not listed in inferred")
      }
    }
    for record in dataset.allRecords {
      check(record.rawID, "date", record.date, record.citations, record.inferred)
    }
    for statistic in dataset.statistics {
      check(statistic.rawID, "reportedOn", statistic.reportedOn, statistic.citations, statistic.inferred)
    }
    #expect(checked > 600)
    #expect(failures.isEmpty, "\(failures.count):\n\(failures.joined(separator: "\n"))")
  }
}
