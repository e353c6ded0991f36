import AIYearbook
import Foundation

/// `yearbook stats --breakdown DIMENSION`: one table per breakdown, with its
/// categories, their values and, for share and count breakdowns, the sum as a check.
enum BreakdownOutput {
  static let options: Set<String> = ["breakdown", "format", "lang", "data", "no-embedded", "prefer-file", "help"]

  static func run(_ dimension: String, _ arguments: ParsedArguments, _ output: inout Output) throws -> Int32 {
    let given = Set(arguments.values.keys).union(arguments.flags)
    if let other = given.subtracting(options).sorted().first {
      throw UsageError("'--\(other)' does not apply with '--breakdown' (every breakdown of the dimension is listed)")
    }
    let format = try OutputFormat.parse(arguments, allowed: [.table, .json, .markdown])
    let language = try RecordCommand.language(arguments)
    if format == .json && arguments.value("lang") != nil {
      throw UsageError("'--lang' applies to table and markdown: json output carries both languages")
    }
    let yearbook = try YearbookCommand.loadYearbook(arguments)
    let breakdowns = yearbook.breakdowns(dimension: dimension)
    guard !breakdowns.isEmpty else {
      let known = Set(yearbook.breakdowns().map(\.dimension)).sorted()
      throw IntegrityError(
        "no breakdown has the dimension '\(dimension)' (dimensions: \(known.joined(separator: ", ")))")
    }
    if format == .json {
      output.write(String(decoding: try CanonicalJSON.encode(breakdowns), as: UTF8.self))
      return 0
    }
    for (index, breakdown) in breakdowns.enumerated() {
      if index > 0 { output.line() }
      let scope = [
        breakdown.period?.description,
        breakdown.regions.isEmpty ? nil : breakdown.regions.map(\.rawValue).joined(separator: ", "),
        breakdown.population?[language],
      ].compactMap(\.self).joined(separator: "; ")
      let title = "\(breakdown.metricLabel[language]) by \(breakdown.dimension) (\(scope))"
      let nature = "\(breakdown.kind)\(breakdown.exhaustive ? ", exhaustive" : "")"
      var rows = breakdown.categories.map { [$0.label[language], $0.value.formatted(language), $0.statistic.rawValue] }
      if let sum = breakdown.sum {
        let unit = breakdown.categories.first?.value.unit ?? .count
        let check = Quantity(sum, unit).formatted(language)
        let expected = breakdown.expectedSum.map { " (expected \(Quantity($0, unit).formatted(language)))" } ?? ""
        rows.append(["check: sum", check + expected, ""])
      }
      if format == .markdown {
        output.line("### \(title) — \(nature)")
        output.line()
        output.line("| category | value | statistic |")
        output.line("| --- | --- | --- |")
        for row in rows { output.line("| " + row.map(RecordOutput.markdownCell).joined(separator: " | ") + " |") }
      } else {
        output.line("\(title) — \(nature)")
        output.write(TextTable.render(header: ["category", "value", "statistic"], rows: rows))
      }
    }
    return 0
  }
}
