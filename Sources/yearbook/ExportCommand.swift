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
      guard let kind = ElementKind(exportKey: name), kind.isRecord else {
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
      if let kind { output.write(try CSVExport.render(dataset, kind: kind, byteOrderMark: arguments.has("bom"))) }
    case "markdown":
      let yearbook = try Yearbook(dataset)
      for kind in kind.map({ [$0] }) ?? ElementKind.records {
        output.line("## \(kind.exportKey) (\(dataset.count(of: kind)))")
        output.line()
        markdown(dataset.elements(of: kind), Presentations.presentation(for: kind), yearbook, &output)
        output.line()
      }
    default:
      output.write(String(decoding: try CanonicalJSON.encode(dataset), as: UTF8.self))
    }
    return 0
  }

  static func markdown(
    _ records: [AnyElement], _ presentation: RecordPresentation, _ yearbook: Yearbook, _ output: inout Output
  ) {
    let columns = presentation.columns + ["source", "quote"]
    output.line("| " + columns.joined(separator: " | ") + " |")
    output.line("|" + columns.map { _ in " --- |" }.joined())
    for record in records {
      let cells =
        presentation.cells(record, yearbook, .english)
        + [record.record?.citations.first?.source.rawValue ?? "", record.record?.citations.first?.quote ?? ""]
      output.line("| " + cells.map(RecordOutput.markdownCell).joined(separator: " | ") + " |")
    }
  }
}
