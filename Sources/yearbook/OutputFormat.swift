import AIYearbook

/// The output formats of the subcommands.
enum OutputFormat: String, CaseIterable {
  case table, json, csv, markdown

  /// The `--format` value, checked against what the subcommand supports;
  /// the default is a table on a terminal and JSON otherwise.
  static func parse(_ arguments: ParsedArguments, allowed: [OutputFormat]) throws(UsageError) -> OutputFormat {
    guard let text = arguments.value("format") else {
      return YearbookCommand.standardOutputIsTerminal && allowed.contains(.table) ? .table : .json
    }
    guard let format = OutputFormat(rawValue: text), allowed.contains(format) else {
      throw UsageError(
        "invalid value '\(text)' for '--format' (expected \(allowed.map(\.rawValue).joined(separator: ", ")))")
    }
    return format
  }

  /// The help text of a `--format` option offering these formats.
  static func option(_ allowed: [OutputFormat]) -> OptionSpec {
    .value(
      "format", "format",
      "\(allowed.map(\.rawValue).joined(separator: ", ")) (default: table on a terminal, json otherwise).")
  }
}
