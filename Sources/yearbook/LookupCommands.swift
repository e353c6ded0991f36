import AIYearbook
import Foundation

/// `conflicts`, `org`, `show` and `search`.
enum LookupCommands {
  static let formatOption = OptionSpec.value(
    "format", "format", "table or json (default: table on a terminal, json otherwise).")

  static func format(_ arguments: ParsedArguments) throws -> OutputFormat {
    try OutputFormat.parse(arguments, allowed: [.table, .json])
  }

  static let conflicts = Subcommand(
    name: "conflicts", usage: "yearbook conflicts [--format table|json]",
    abstract: "List statements in the data that disagree with each other.",
    options: [formatOption] + YearbookCommand.dataOptions, example: "yearbook conflicts",
    run: { arguments, output in
      let format = try format(arguments)
      let yearbook = try YearbookCommand.loadYearbook(arguments)
      let conflicts = yearbook.conflicts()
      if format == .json {
        output.write(String(decoding: try CanonicalJSON.encode(conflicts), as: UTF8.self))
        return 0
      }
      var rows: [[String]] = []
      for (number, conflict) in conflicts.enumerated() {
        for (index, side) in conflict.sides.enumerated() {
          let title =
            (try? yearbook.element(id: side.record)).map { $0.element.title(names: yearbook).en } ?? side.record
          rows.append([
            index == 0 ? "\(number + 1). \(conflict.kind)" : "", RecordOutput.truncate(title, 40),
            side.value.map { $0.formatted(.english) } ?? "-", side.source.rawValue,
            RecordOutput.truncate(side.quote, 50),
          ])
        }
      }
      output.write(TextTable.render(header: ["conflict", "record", "value", "source", "quote"], rows: rows))
      output.line("\(conflicts.count) conflicts")
      return 0
    })

  static let org = Subcommand(
    name: "org", usage: "yearbook org <id-or-name> [--format table|json]",
    abstract: "Show an organization and everything linked to it (children included).",
    options: [formatOption] + YearbookCommand.dataOptions, example: "yearbook org org-openai",
    run: { arguments, output in
      guard arguments.positional.count == 1, let name = arguments.positional.first else {
        throw UsageError("'org' needs exactly one organization id or name")
      }
      let format = try format(arguments)
      let yearbook = try YearbookCommand.loadYearbook(arguments)
      YearbookCommand.warnIfReplaced(yearbook, [name])
      let profile = try yearbook.profile(of: yearbook.resolve(name, as: Organization.self))
      if format == .json {
        output.write(String(decoding: try CanonicalJSON.encode(profile), as: UTF8.self))
        return 0
      }
      let organization = profile.organization
      output.line("\(organization.name.en) / \(organization.name.zh)  (\(organization.id), \(organization.kind))")
      if !organization.aliases.isEmpty { output.line("aliases: " + organization.aliases.joined(separator: ", ")) }
      if !profile.children.isEmpty {
        output.line("children: " + profile.children.map(\.id.rawValue).joined(separator: ", "))
      }
      output.line()
      func section(_ title: String, _ rows: [[String]]) {
        guard !rows.isEmpty else { return }
        output.line("\(title) (\(rows.count))")
        output.write(TextTable.render(header: ["id", "date", "what"], rows: rows))
        output.line()
      }
      section("events", profile.events.map { [$0.id.rawValue, $0.date?.description ?? "", $0.title.en] })
      section(
        "benchmark results",
        profile.benchmarkResults.map { [$0.id.rawValue, $0.date?.description ?? "", Presentations.quantity($0.score)] })
      section(
        "funding rounds", profile.fundingRounds.map { [$0.id.rawValue, $0.date?.description ?? "", $0.title.en] })
      section("regulations", profile.regulations.map { [$0.id.rawValue, $0.date?.description ?? "", $0.title.en] })
      section(
        "statistics",
        profile.statistics.map { [$0.id.rawValue, $0.date?.description ?? "", Presentations.quantity($0.value)] })
      return 0
    })

  static let show = Subcommand(
    name: "show", usage: "yearbook show <id>",
    abstract: "Print one record or entity as JSON, with its citations.",
    options: YearbookCommand.dataOptions, example: "yearbook show org-openai",
    run: { arguments, output in
      guard arguments.positional.count == 1, let id = arguments.positional.first else {
        throw UsageError("'show' needs exactly one id")
      }
      let yearbook = try YearbookCommand.loadYearbook(arguments)
      YearbookCommand.warnIfReplaced(yearbook, [id])
      let element = try yearbook.element(id: id)
      output.write(String(decoding: try CanonicalJSON.encode(element), as: UTF8.self))
      return 0
    })

  static let search = Subcommand(
    name: "search", usage: "yearbook search <text> [--limit N] [--format table|json]",
    abstract: "Search every text a reader sees (zh or en, whole words, term* for a prefix), best matches first.",
    options: [formatOption, .value("limit", "n", "Show at most n results.")] + YearbookCommand.dataOptions,
    example: "yearbook search 人工智能+",
    run: { arguments, output in
      guard arguments.positional.count == 1, let text = arguments.positional.first, !text.isEmpty else {
        throw UsageError("'search' needs exactly one non-empty text")
      }
      let format = try format(arguments)
      let limit = try arguments.value("limit").map {
        guard let n = Int($0), n >= 0 else {
          throw UsageError("invalid value '\($0)' for '--limit' (expected a count)")
        }
        return n
      }
      let yearbook = try YearbookCommand.loadYearbook(arguments)
      let hits = yearbook.search(text, limit: limit)
      if format == .json {
        output.write(String(decoding: try CanonicalJSON.encode(hits), as: UTF8.self))
      } else {
        output.write(
          TextTable.render(
            header: ["kind", "id", "date", "title", "snippet"],
            rows: hits.map {
              [
                $0.kind.exportKey, $0.id, $0.date ?? "", RecordOutput.truncate($0.title.en, 50),
                RecordOutput.truncate($0.snippet, 50),
              ]
            }))
        output.line("\(hits.count) results")
      }
      return 0
    })
}
