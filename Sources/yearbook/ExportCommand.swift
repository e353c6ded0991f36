import AIYearbook
import Foundation

/// `yearbook export`: the whole dataset in the export format, as JSON Lines,
/// as CSV per record kind, or as markdown tables.
enum ExportCommand {
  static let spec = Subcommand(
    name: "export",
    usage: "yearbook export [--format json|jsonl|csv|markdown] [--type KIND] [--bom] [--data FILE] [--no-embedded]",
    abstract: "Print the whole dataset in the export format (json, jsonl, csv per type, markdown).",
    options: [
      .value("format", "format", "json (default), jsonl, csv or markdown."),
      .value(
        "type", "kind",
        "With csv (required) or markdown: events, benchmarkResults, fundingRounds, regulations or statistics."),
      .flag("bom", "With csv: start with a UTF-8 byte-order mark (for Excel)."),
    ] + YearbookCommand.dataOptions,
    example: "yearbook export --format csv --type fundingRounds > funding.csv",
    run: run)

  static func run(_ arguments: ParsedArguments, _ output: inout Output) throws -> Int32 {
    let format = arguments.value("format") ?? "json"
    guard ["json", "jsonl", "csv", "markdown"].contains(format) else {
      throw UsageError("invalid value '\(format)' for '--format' (expected json, jsonl, csv or markdown)")
    }
    let kind = try arguments.value("type").map { name in
      guard let kind = RecordKind(rawValue: name) else {
        throw UsageError(
          "invalid value '\(name)' for '--type' (expected events, benchmarkResults, fundingRounds, regulations or statistics)"
        )
      }
      return kind
    }
    if format == "csv" && kind == nil { throw UsageError("'--format csv' needs '--type'") }
    if kind != nil && !["csv", "markdown"].contains(format) {
      throw UsageError("'--type' applies to csv and markdown")
    }
    if arguments.has("bom") && format != "csv" { throw UsageError("'--bom' applies to csv") }
    let dataset = try YearbookCommand.loadYearbook(arguments).exportedDataset()
    switch format {
    case "jsonl":
      output.write(try JSONLinesExport.render(dataset))
    case "csv":
      let bom = arguments.has("bom")
      switch kind {
      case .event: output.write(try CSVExport.render(dataset.events, byteOrderMark: bom))
      case .benchmarkResult: output.write(try CSVExport.render(dataset.benchmarkResults, byteOrderMark: bom))
      case .fundingRound: output.write(try CSVExport.render(dataset.fundingRounds, byteOrderMark: bom))
      case .regulation: output.write(try CSVExport.render(dataset.regulations, byteOrderMark: bom))
      case .statistic: output.write(try CSVExport.render(dataset.statistics, byteOrderMark: bom))
      case nil: break
      }
    case "markdown":
      let kinds = kind.map { [$0] } ?? RecordKind.allCases
      let yearbook = try Yearbook(dataset)
      for kind in kinds {
        output.line("## \(kind.exportKey) (\(dataset.count(of: kind)))")
        output.line()
        switch kind {
        case .event: markdown(dataset.events, Presentations.events, yearbook, &output)
        case .benchmarkResult: markdown(dataset.benchmarkResults, Presentations.benchmarkResults, yearbook, &output)
        case .fundingRound: markdown(dataset.fundingRounds, Presentations.fundingRounds, yearbook, &output)
        case .regulation: markdown(dataset.regulations, Presentations.regulations, yearbook, &output)
        case .statistic: markdown(dataset.statistics, Presentations.statistics, yearbook, &output)
        }
        output.line()
      }
    default:
      output.write(String(decoding: try CanonicalJSON.encode(dataset), as: UTF8.self))
    }
    return 0
  }

  static func markdown<R: Record>(
    _ records: [R], _ presentation: RecordPresentation<R>, _ yearbook: Yearbook, _ output: inout Output
  ) {
    let columns = presentation.columns + ["source", "quote"]
    output.line("| " + columns.joined(separator: " | ") + " |")
    output.line("|" + columns.map { _ in " --- |" }.joined())
    for record in records {
      let cells =
        presentation.cells(record, yearbook, .english)
        + [record.citations.first?.source.rawValue ?? "", record.citations.first?.quote ?? ""]
      output.line("| " + cells.map(RecordOutput.markdownCell).joined(separator: " | ") + " |")
    }
  }
}
