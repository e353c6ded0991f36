import AIYearbook
import Foundation
import Testing

/// Every number the dataset states can be found in the record's own quotes
/// (DESIGN §3, Quantity): a value in base units, converted back to the units
/// the text uses (亿, 万, million …), appears in one of the quotes, or the
/// record's `statedText` does.
///
/// Values the text gives in words or that were derived are listed in
/// ``exceptions`` with the reason; an exception that no longer fails is
/// reported so the list stays short.
@Suite("Values in quotes")
struct ValueInQuoteTests {
  /// Numbers not written as digits in their record's quotes, by "id field", and why.
  static let exceptions: [String: String] = [
    "stat-ai-index-china-top-ai-models-rank value":
      "words as numbers: 位居全球第二 (ranks second worldwide) is rank 2",
    "result-qwen3-vl-spatialbench-rank score":
      "words as numbers, derived: 包揽前两名 (took the top two places); rank 1 follows the order the text lists the two models in (noted in the record)",
    "result-qwen2-5-vl-spatialbench-rank comparedWith[0].score":
      "words as numbers, derived: Qwen3-VL's rank 1 from 包揽前两名 and the order of the list (noted in the record)",
  ]

  /// A number to look for, with the record it belongs to.
  struct Checked {
    var id: String
    var field: String
    var value: Double
    var statedText: String?
    var quotes: [String]
  }

  /// Every statistic value, benchmark score (the subject's and the compared
  /// systems'), funding amount and valuation with a numeric value.
  static func numbers(in dataset: Dataset) -> [Checked] {
    var result: [Checked] = []
    for statistic in dataset.statistics {
      guard let value = statistic.value.value else { continue }
      result.append(
        Checked(
          id: statistic.id.rawValue, field: "value", value: value, statedText: statistic.value.statedText,
          quotes: statistic.citations.map(\.quote)))
    }
    for benchmarkResult in dataset.benchmarkResults {
      guard let score = benchmarkResult.score, let value = score.value else { continue }
      result.append(
        Checked(
          id: benchmarkResult.id.rawValue, field: "score", value: value, statedText: score.statedText,
          quotes: benchmarkResult.citations.map(\.quote)))
      for (index, comparison) in benchmarkResult.comparedWith.enumerated() {
        guard let score = comparison.score, let value = score.value else { continue }
        result.append(
          Checked(
            id: benchmarkResult.id.rawValue, field: "comparedWith[\(index)].score", value: value,
            statedText: score.statedText, quotes: benchmarkResult.citations.map(\.quote)))
      }
    }
    for round in dataset.fundingRounds {
      guard let amount = round.amount, let value = amount.amount else { continue }
      result.append(
        Checked(
          id: round.id.rawValue, field: "amount", value: value, statedText: amount.statedText,
          quotes: round.citations.map(\.quote)))
    }
    for round in dataset.fundingRounds {
      guard let valuation = round.valuation?.amount, let value = valuation.amount else { continue }
      result.append(
        Checked(
          id: round.id.rawValue, field: "valuation.amount", value: value, statedText: valuation.statedText,
          quotes: round.citations.map(\.quote)))
    }
    return result
  }

  /// The divisors that turn a base-unit value back into the text's units: 1, 万,
  /// 亿, 万亿, 千, million, billion.
  static let divisors: [Double] = [1, 1e4, 1e8, 1e12, 1e3, 1e6, 1e9]

  /// The ways the text may write `value`: in each unit, with 0–4 decimals where
  /// that is exact (`5.15`, `34`, `34.0`).
  static func renderings(of value: Double) -> Set<String> {
    var result: Set<String> = []
    for divisor in divisors {
      let scaled = value / divisor
      for decimals in 0...4 {
        let text = String(format: "%.\(decimals)f", scaled)
        guard let back = Double(text), abs(back - scaled) <= 1e-9 * max(1, abs(scaled)) else { continue }
        if back == 0 && value != 0 { continue }
        result.insert(text)
      }
    }
    return result
  }

  /// The text with full-width digits and points made ASCII and thousands
  /// separators (`1,234`) removed, as Unicode scalars.
  static func normalized(_ text: String) -> [Unicode.Scalar] {
    let scalars: [Unicode.Scalar] = text.unicodeScalars.map { scalar in
      switch scalar.value {
      case 0xFF10...0xFF19, 0xFF0E: Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
      default: scalar
      }
    }
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    for (index, scalar) in scalars.enumerated() {
      let isSeparator =
        scalar == "," && index > 0 && isDigit(scalars[index - 1]) && index + 3 < scalars.count
        && scalars[(index + 1)...(index + 3)].allSatisfy(isDigit)
        && (index + 4 == scalars.count || !isDigit(scalars[index + 4]))
      if !isSeparator { result.append(scalar) }
    }
    return result
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  /// Whether `number` occurs in `text` as a whole number: not preceded or
  /// followed by more digits or a decimal part (`5` is not in `5.15` or `15`).
  static func contains(number: String, in text: String) -> Bool {
    let haystack = normalized(text)
    let needle = Array(number.unicodeScalars)
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      let end = start + needle.count
      if start > 0 {
        let before = haystack[start - 1]
        if isDigit(before) { continue }
        if before == ".", start > 1, isDigit(haystack[start - 2]) { continue }
      }
      if end < haystack.count {
        let after = haystack[end]
        if isDigit(after) { continue }
        if after == ".", end + 1 < haystack.count, isDigit(haystack[end + 1]) { continue }
      }
      return true
    }
    return false
  }

  /// Whether the number is found in the record's quotes.
  static func isFound(_ checked: Checked) -> Bool {
    // A fact split by a page break is cited in fragments, in reading order.
    let joined = checked.quotes.joined()
    if let stated = checked.statedText, !stated.isEmpty,
      checked.quotes.contains(where: { $0.contains(stated) }) || joined.contains(stated)
    {
      return true
    }
    let renderings = renderings(of: checked.value)
    return checked.quotes.contains { quote in renderings.contains { contains(number: $0, in: quote) } }
  }

  @Test("The matcher finds whole numbers only")
  func matcher() {
    #expect(Self.renderings(of: 515_000_000).contains("5.15"))
    #expect(Self.renderings(of: 34).isSuperset(of: ["34", "34.0", "34.00"]))
    #expect(Self.renderings(of: 40_000_000_000).isSuperset(of: ["400", "40"]))
    #expect(Self.contains(number: "5.15", in: "用户规模达 5.15 亿人"))
    #expect(!Self.contains(number: "5", in: "用户规模达5.15亿人"))
    #expect(!Self.contains(number: "15", in: "用户规模达5.15亿人"))
    #expect(!Self.contains(number: "5.1", in: "用户规模达5.15亿人"))
    #expect(Self.contains(number: "1234567", in: "共1,234,567人"))
    #expect(Self.contains(number: "36.5", in: "普及率达３６．５%"))
    #expect(Self.contains(number: "29", in: "20-29岁"))
  }

  @Test("Every stated number appears in one of its record's quotes")
  func valuesAppearInQuotes() throws {
    let numbers = Self.numbers(in: try Yearbook.embedded().dataset)
    var failures: [String] = []
    var excused: [String] = []
    for checked in numbers {
      let found = Self.isFound(checked)
      if let reason = Self.exceptions["\(checked.id) \(checked.field)"] {
        if found {
          failures.append(
            "\(checked.id): on the exception list (\(reason)) but its \(checked.field) is found; remove it")
        } else {
          excused.append(checked.id)
        }
      } else if !found {
        let renderings = Self.renderings(of: checked.value).sorted().prefix(8).joined(separator: ", ")
        failures.append(
          "\(checked.id) \(checked.field): \(checked.value) (\(renderings)…; statedText \(checked.statedText ?? "none")) is in none of \(checked.quotes)"
        )
      }
    }
    let checkedKeys = Set(numbers.map { "\($0.id) \($0.field)" })
    for key in Self.exceptions.keys.sorted() where !checkedKeys.contains(key) {
      failures.append("\(key): on the exception list but no longer in the data (or has no value); remove it")
    }
    print("ValueInQuoteTests: checked \(numbers.count) numbers; \(excused.count) on the exception list")
    #expect(numbers.count > 100)
    #expect(failures.isEmpty, "\(failures.count) problems:\n\(failures.joined(separator: "\n"))")
  }
}
