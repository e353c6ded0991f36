/// A small, table-driven parser for `yearbook`'s arguments.
///
/// Each subcommand declares its options; the parser accepts `--name value`,
/// `--name=value` and flags, rejects unknown options with a usage error, and
/// collects positional arguments.
struct OptionSpec: Sendable {
  let name: String
  let valueName: String?
  let repeatable: Bool
  let help: String

  static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, repeatable: false, help: help)
  }

  static func value(_ name: String, _ valueName: String, _ help: String, repeatable: Bool = false) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, repeatable: repeatable, help: help)
  }
}

struct ParsedArguments {
  var values: [String: [String]] = [:]
  var flags: Set<String> = []
  var positional: [String] = []

  func value(_ name: String) -> String? { values[name]?.last }
  func all(_ name: String) -> [String] { values[name] ?? [] }
  func has(_ name: String) -> Bool { flags.contains(name) }
}

/// An error the user can fix by changing the command line (exit status 2).
struct UsageError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// The input parsed but breaks the schema or integrity rules (exit status 1).
struct IntegrityError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

enum CommandLineParser {
  static func parse(_ arguments: [String], options: [OptionSpec], command: String) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var onlyPositional = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositional || !argument.hasPrefix("--") || argument == "-" {
        parsed.positional.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositional = true
        continue
      }
      var name = String(argument.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let spec = options.first(where: { $0.name == name }) else {
        throw UsageError("unknown option '--\(name)' for '\(command)' (see 'yearbook \(command) --help')")
      }
      if spec.valueName == nil {
        guard inlineValue == nil else { throw UsageError("option '--\(name)' takes no value") }
        parsed.flags.insert(name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count else { throw UsageError("option '--\(name)' needs a value") }
        value = arguments[index]
        index += 1
      }
      if !spec.repeatable, parsed.values[name] != nil {
        throw UsageError("option '--\(name)' was given more than once")
      }
      parsed.values[name, default: []].append(value)
    }
    return parsed
  }
}
