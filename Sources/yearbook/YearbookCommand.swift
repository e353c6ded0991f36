import AIYearbook
import Foundation

/// A subcommand: its options, help text, and what it does.
struct Subcommand: Sendable {
  let name: String
  let usage: String
  let abstract: String
  let options: [OptionSpec]
  let example: String
  let run: @Sendable (ParsedArguments, inout Output) throws -> Int32
}

/// Text written to standard output at the end of a successful command.
struct Output {
  var text = ""
  mutating func line(_ string: String = "") { text += string + "\n" }
  mutating func write(_ string: String) { text += string }
}

enum YearbookCommand {
  static let version = "yearbook \(YearbookVersion.package)"

  static var subcommands: [Subcommand] {
    [
      SummaryCommand.spec, RecordCommands.events, RecordCommands.benchmarks, RecordCommands.funding,
      RecordCommands.regulations, RecordCommands.stats, LookupCommands.conflicts, LookupCommands.org,
      LookupCommands.show,
      LookupCommands.search, ValidateCommand.spec, ExportCommand.spec,
    ]
  }

  static let helpOption = OptionSpec.flag("help", "Show help for this command.")

  /// Runs the command line and returns the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    var output = Output()
    let status: Int32
    do {
      status = try dispatch(arguments, output: &output)
    } catch let error as UsageError {
      return fail(error.description, status: 2)
    } catch let error as IntegrityError {
      return fail(error.description, status: 1)
    } catch let error as YearbookError {
      if case .invalidData(let issues) = error {
        for issue in issues { FileHandle.standardError.write(Data("yearbook: error: \(issue)\n".utf8)) }
        return 1
      }
      return fail(error.description, status: error.isIntegrityError ? 1 : 2)
    } catch {
      return fail("\(error)", status: 2)
    }
    FileHandle.standardOutput.write(Data(output.text.utf8))
    return status
  }

  static func fail(_ message: String, status: Int32) -> Int32 {
    FileHandle.standardError.write(Data("yearbook: error: \(message)\n".utf8))
    return status
  }

  static func dispatch(_ arguments: [String], output: inout Output) throws -> Int32 {
    guard let first = arguments.first else {
      output.write(generalHelp)
      return 0
    }
    switch first {
    case "--version":
      guard arguments.count == 1 else { throw UsageError("'--version' takes no arguments") }
      let versions = try YearbookVersion.embedded()
      output.line("\(version) (data \(versions.data), schema \(versions.schema))")
      return 0
    case "--help", "-h", "help":
      if arguments.count > 1, let command = subcommands.first(where: { $0.name == arguments[1] }) {
        output.write(help(for: command))
      } else {
        output.write(generalHelp)
      }
      return 0
    default:
      guard let command = subcommands.first(where: { $0.name == first }) else {
        throw UsageError("unknown subcommand '\(first)' (see 'yearbook --help')")
      }
      let parsed = try CommandLineParser.parse(
        Array(arguments.dropFirst()), options: command.options + [helpOption], command: command.name)
      if parsed.has("help") {
        output.write(help(for: command))
        return 0
      }
      return try command.run(parsed, &output)
    }
  }

  static var generalHelp: String {
    var text = """
      yearbook — query the AIYearbook dataset of the AI industry in 2024–2025

      USAGE: yearbook <subcommand> [options]
             yearbook --version

      SUBCOMMANDS:

      """
    for command in subcommands {
      text += "  " + command.name.padding(toLength: 14, withPad: " ", startingAt: 0) + command.abstract + "\n"
    }
    text += "\nSee 'yearbook <subcommand> --help' for a subcommand's options.\n"
    return text
  }

  static func help(for command: Subcommand) -> String {
    var text = "\(command.abstract)\n\nUSAGE: \(command.usage)\n\nOPTIONS:\n"
    for option in command.options + [helpOption] {
      let head = "--\(option.name)" + (option.valueName.map { " <\($0)>" } ?? "")
      text += "  " + head.padding(toLength: 24, withPad: " ", startingAt: 0) + option.help
      text += option.repeatable ? " (repeatable)\n" : "\n"
    }
    text += "\nEXAMPLE:\n  \(command.example)\n"
    return text
  }

  /// Whether standard output is a terminal (tables there, JSON otherwise).
  static var standardOutputIsTerminal: Bool { isatty(1) == 1 }

  /// The yearbook the data options describe: the embedded data, the user's
  /// files merged in, or the user's files alone with `--no-embedded`.
  static func loadYearbook(_ arguments: ParsedArguments) throws -> Yearbook {
    let files = arguments.all("data")
    if arguments.has("no-embedded") && files.isEmpty {
      throw UsageError("'--no-embedded' needs at least one '--data FILE'")
    }
    if arguments.has("prefer-file") && files.isEmpty { throw UsageError("'--prefer-file' needs '--data FILE'") }
    if files.isEmpty { return try Yearbook.embedded() }
    if files.contains("-") {
      return try Yearbook.load(
        try files.map(readInput), includingEmbedded: !arguments.has("no-embedded"),
        preferringFiles: arguments.has("prefer-file"))
    }
    // Files on disk: read by the library (JSON Lines block by block), with a progress line on a terminal.
    for path in files {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
        FileManager.default.isReadableFile(atPath: path)
      else { throw UsageError("cannot read '\(path)'") }
    }
    let progress = LoadProgressLine(enabled: isatty(2) == 1)
    defer { progress.finish() }
    return try Yearbook.load(
      files.map { URL(fileURLWithPath: $0) }, includingEmbedded: !arguments.has("no-embedded"),
      preferringFiles: arguments.has("prefer-file"), progress: progress.show)
  }

  /// Prints `yearbook: warning:` on standard error for each identifier a data
  /// release replaced (DESIGN §4: it keeps resolving, with a warning).
  static func warnIfReplaced(_ yearbook: Yearbook, _ texts: [String?]) {
    for case let text? in texts {
      if let replacement = yearbook.replacement(for: text) {
        FileHandle.standardError.write(
          Data("yearbook: warning: \(text) was replaced by \(replacement) (see DataChangelog.md)\n".utf8))
      }
    }
  }

  /// A file named on the command line, `-` for standard input.
  static func readInput(_ path: String) throws -> DatasetInput {
    if path == "-" { return DatasetInput(name: "-", data: FileHandle.standardInput.readDataToEndOfFile()) }
    guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read '\(path)'") }
    return DatasetInput(name: URL(fileURLWithPath: path).lastPathComponent, data: data)
  }

  static let dataOptions: [OptionSpec] = [
    .value("data", "file", "Merge a file in the export format with the data.", repeatable: true),
    .flag("no-embedded", "Use only the '--data' files, not the embedded data."),
    .flag("prefer-file", "When a '--data' file redefines an id with other content, use the file's copy."),
  ]
}
