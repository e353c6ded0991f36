import AIYearbook
import Foundation

/// `yearbook validate FILE…`: one line per problem on standard output.
enum ValidateCommand {
  static let spec = Subcommand(
    name: "validate", usage: "yearbook validate <file>… [--no-embedded] [--prefer-file]",
    abstract:
      "Check files in the export format (JSON or JSON Lines; - for standard input) against the schema and the integrity rules, in one pass (unknown fields and vocabulary are warnings).",
    options: [
      .flag("no-embedded", "Check the files alone, not against the embedded data."),
      .flag("prefer-file", "Accept a file's copy of an id the embedded data or an earlier file defines differently."),
    ],
    example: "yearbook validate mine.json   (or: yearbook export | yearbook validate -)",
    run: run)

  static func run(_ arguments: ParsedArguments, _ output: inout Output) throws -> Int32 {
    guard !arguments.positional.isEmpty else {
      throw UsageError("'validate' needs at least one file (- for standard input)")
    }
    let includingEmbedded = !arguments.has("no-embedded")
    let report: ValidationReport
    if arguments.positional.contains("-") {
      let inputs = try arguments.positional.map(YearbookCommand.readInput)
      report = Yearbook.validate(
        inputs, includingEmbedded: includingEmbedded, preferringFiles: arguments.has("prefer-file"))
    } else {
      // Files are read in place (mapped, or block by block), so a large file is not held twice.
      for path in arguments.positional where !FileManager.default.isReadableFile(atPath: path) {
        throw UsageError("cannot read '\(path)'")
      }
      report = Yearbook.validate(
        files: arguments.positional.map { URL(fileURLWithPath: $0) }, includingEmbedded: includingEmbedded,
        preferringFiles: arguments.has("prefer-file"))
    }
    for issue in report.issues {
      if issue.rule == .readable {
        FileHandle.standardError.write(Data("yearbook: error: \(issue.file): \(issue.message)\n".utf8))
      } else {
        output.line(issue.description)
      }
    }
    return report.exitStatus
  }
}
