import AIYearbook
import Foundation

/// `yearbook validate FILE`: one line per problem on standard output.
enum ValidateCommand {
  static let spec = Subcommand(
    name: "validate", usage: "yearbook validate <file> [--no-embedded]",
    abstract:
      "Check a file in the export format against the schema and the integrity rules (unknown fields and vocabulary are warnings).",
    options: [.flag("no-embedded", "Resolve references within the file only, not against the embedded data.")],
    example: "yearbook validate mine.json",
    run: run)

  static func run(_ arguments: ParsedArguments, _ output: inout Output) throws -> Int32 {
    guard arguments.positional.count == 1, let path = arguments.positional.first else {
      throw UsageError("'validate' needs exactly one file")
    }
    guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read '\(path)'") }
    let name = URL(fileURLWithPath: path).lastPathComponent
    let decoded: (dataset: Dataset, errors: [YearbookError])
    do {
      decoded = try DatasetReader.decodeDatasetCollectingErrors(from: data, file: name)
    } catch {
      if case .unsupportedSchemaVersion = error {
        output.line(error.description)
        return 1
      }
      throw error
    }
    if !decoded.errors.isEmpty {
      for error in decoded.errors { output.line(error.description) }
      return 1
    }
    let dataset = decoded.dataset
    let context = arguments.has("no-embedded") ? nil : try Yearbook.embedded().dataset
    var issues = DatasetValidator.validate(dataset, file: name, context: context)
    if let context {
      let embeddedIDs = Set(
        context.events.map(\.id.rawValue) + context.statistics.map(\.id.rawValue)
          + context.regulations.map(\.id.rawValue)
          + context.fundingRounds.map(\.id.rawValue) + context.benchmarkResults.map(\.id.rawValue))
      let mine =
        dataset.events.map(\.id.rawValue) + dataset.statistics.map(\.id.rawValue)
        + dataset.regulations.map(\.id.rawValue) + dataset.fundingRounds.map(\.id.rawValue)
        + dataset.benchmarkResults.map(\.id.rawValue)
      for id in mine where embeddedIDs.contains(id) {
        issues.append(
          ValidationIssue(
            file: name, path: "$", id: id, field: "id", message: "duplicates an id of the embedded data",
            rule: .uniqueIdentifiers))
      }
    }
    let warnings = DatasetValidator.warnings(in: data, decodedAs: dataset, file: name)
    for issue in issues + warnings { output.line(issue.description) }
    return issues.isEmpty ? 0 : 1
  }
}
