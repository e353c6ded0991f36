import AIYearbook
import Foundation

/// `yearbook summary`: counts per record kind and per source.
enum SummaryCommand {
  static let spec = Subcommand(
    name: "summary",
    usage: "yearbook summary [--format table|json] [--data FILE] [--no-embedded]",
    abstract: "Count the records per kind and per source document.",
    options: [
      .value("format", "format", "Output format: table or json (default: table on a terminal, json otherwise).")
    ]
      + YearbookCommand.dataOptions,
    example: "yearbook summary --format json",
    run: run)

  static func run(_ arguments: ParsedArguments, _ output: inout Output) throws -> Int32 {
    let format = try OutputFormat.parse(arguments, allowed: [.table, .json])
    let yearbook = try YearbookCommand.loadYearbook(arguments)
    let summary = yearbook.summary()
    if format == .json {
      output.write(String(decoding: try CanonicalJSON.encode(summary), as: UTF8.self))
      return 0
    }
    output.line("AIYearbook data \(summary.dataVersion) (schema \(summary.schemaVersion))")
    output.line()
    let kinds = ElementKind.records
    let header = ["source"] + kinds.map(\.exportKey) + ["total"]
    var rows: [[String]] = []
    for source in summary.sources {
      let counts = kinds.map { source.records[$0.exportKey] ?? 0 }
      rows.append([source.id] + counts.map(String.init) + [String(counts.reduce(0, +))])
    }
    let totals = kinds.map { summary.records[$0.exportKey] ?? 0 }
    rows.append(["all"] + totals.map(String.init) + [String(totals.reduce(0, +))])
    output.write(TextTable.render(header: header, rows: rows, rightAligned: Set(1..<header.count)))
    output.line()
    output.line(
      "entities: " + summary.entities.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    )
    return 0
  }
}
