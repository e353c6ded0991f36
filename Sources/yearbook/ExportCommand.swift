import AIYearbook
import Foundation

/// `yearbook export`: the whole dataset in the export format.
enum ExportCommand {
  static let spec = Subcommand(
    name: "export",
    usage: "yearbook export [--format json] [--data FILE] [--no-embedded]",
    abstract: "Print the whole dataset in the export format.",
    options: [.value("format", "format", "Output format: json (default).")] + YearbookCommand.dataOptions,
    example: "yearbook export --format json > aiyearbook.json",
    run: run)

  static func run(_ arguments: ParsedArguments, _ output: inout Output) throws -> Int32 {
    let format = arguments.value("format") ?? "json"
    guard format == "json" else {
      throw UsageError("invalid value '\(format)' for '--format' (expected json)")
    }
    let yearbook = try YearbookCommand.loadYearbook(arguments)
    output.write(String(decoding: try CanonicalJSON.encode(yearbook.exportedDataset()), as: UTF8.self))
    return 0
  }
}
