import AIYearbook
import Foundation

/// The record subcommands (`events`, `benchmarks`, `funding`, `regulations`,
/// `stats`): shared options, one query through the library, output.
enum RecordCommand {
  static let formats: [OutputFormat] = [.table, .json, .csv, .markdown]

  static let commonOptions: [OptionSpec] =
    [
      .value("from", "date", "Keep records dated during [from, to] (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD)."),
      .value("to", "date", "End of the date range."),
      .flag("within", "With --from/--to: keep only records dated entirely inside the range."),
      .flag("overlapping", "With --from/--to: keep every record that could fall in the range, coarser dates too."),
      .value("org", "organization", "Keep records linked to an organization (id, name or alias)."),
      .value("product", "product", "Keep records linked to a product (id, name or alias)."),
      .value("region", "code", "Keep records for a region (CN includes CN-BJ; EU includes its members)."),
      .value("tag", "tag", "Keep records with a tag."),
      .value("search", "text", "Keep records whose texts match every term (zh or en, whole words)."),
      .value("lang", "zh|en", "Language of table and markdown output (default en)."),
      .value("limit", "n", "Show at most n records."),
      .value("offset", "n", "Skip the first n records."),
      .value("sort", "key", "date, -date, value or -value (value: statistics, scores, amounts in USD)."),
      OutputFormat.option(formats),
      .flag("cite", "With table or markdown: show each record's citations."),
      .value(
        "group-by", "keys",
        "One row per group: year, half, quarter, month, region, organization, category, tag, kind, roundLabel (comma-separated)."
      ),
      .flag("chart", "With --group-by: draw the counts as a bar chart."),
    ] + YearbookCommand.dataOptions

  static func make<R: Record>(
    _ type: R.Type, name: String, abstract: String, extraOptions: [OptionSpec] = [], example: String,
    preempt: @escaping @Sendable (ParsedArguments, inout Output) throws -> Int32? = { _, _ in nil },
    refine: @escaping @Sendable (RecordQuery<R>, ParsedArguments) throws -> RecordQuery<R> = { query, _ in query },
    groupingKey: @escaping @Sendable (String, ParsedArguments) throws -> GroupingKey<R>? = { _, _ in nil }
  ) -> Subcommand {
    Subcommand(
      name: name, usage: "yearbook \(name) [options]", abstract: abstract,
      options: extraOptions + commonOptions, example: example,
      run: { arguments, output in
        if let status = try preempt(arguments, &output) { return status }
        return try run(R.self, arguments, &output, refine: refine, groupingKey: groupingKey)
      })
  }

  static func language(_ arguments: ParsedArguments) throws(UsageError) -> Language {
    switch arguments.value("lang") ?? "en" {
    case "en": return .english
    case "zh": return .chinese
    case let other: throw UsageError("invalid value '\(other)' for '--lang' (expected zh or en)")
    }
  }

  static func count(_ arguments: ParsedArguments, _ option: String) throws(UsageError) -> Int? {
    guard let text = arguments.value(option) else { return nil }
    guard let n = Int(text), n >= 0 else {
      throw UsageError("invalid value '\(text)' for '--\(option)' (expected a count)")
    }
    return n
  }

  /// The date range of `--from`, `--to`, `--within` and `--overlapping`.
  static func dateRange(_ arguments: ParsedArguments) throws -> DateRange? {
    let from = arguments.value("from")
    let to = arguments.value("to")
    if arguments.has("within") && arguments.has("overlapping") {
      throw UsageError("'--within' and '--overlapping' exclude each other")
    }
    let mode: DateMatching = arguments.has("within") ? .within : arguments.has("overlapping") ? .overlapping : .during
    guard from != nil || to != nil else {
      if mode != .during { throw UsageError("'--\(mode)' needs '--from' or '--to'") }
      return nil
    }
    do {
      return try DateRange(from: from, to: to, mode: mode)
    } catch {
      throw UsageError("invalid date range: \(error)")
    }
  }

  /// The query the options describe.
  static func query<R: Record>(_ query: RecordQuery<R>, _ arguments: ParsedArguments) throws -> RecordQuery<R> {
    var query = query
    if let range = try dateRange(arguments) { query = query.filter(date: range) }
    let yearbook = query.yearbook
    YearbookCommand.warnIfReplaced(
      yearbook, ["org", "product", "benchmark", "metric"].map { arguments.value($0) })
    if let name = arguments.value("org") {
      query = try query.filter(organization: yearbook.resolve(name, as: Organization.self))
    }
    if let name = arguments.value("product") {
      query = try query.filter(product: yearbook.resolve(name, as: Product.self))
    }
    if let region = arguments.value("region") { query = query.filter(region: Region(region)) }
    if let tag = arguments.value("tag") { query = query.filter(tag: Tag(tag)) }
    if let text = arguments.value("search") { query = query.matching(text) }
    switch arguments.value("sort") ?? "date" {
    case "date": query = query.sorted(by: .date)
    case "-date": query = query.sorted(by: .date.reversed())
    case "value", "-value":
      guard R.elementKind.hasValues else {
        throw UsageError(
          "'--sort value' applies to benchmarks, funding and stats: \(R.elementKind.exportKey) state no values")
      }
      query = query.sorted(by: arguments.value("sort") == "value" ? .value() : .value().reversed())
    case let other: throw UsageError("invalid value '\(other)' for '--sort' (expected date, -date, value or -value)")
    }
    return query
  }

  static func run<R: Record>(
    _ type: R.Type, _ arguments: ParsedArguments, _ output: inout Output,
    refine: (RecordQuery<R>, ParsedArguments) throws -> RecordQuery<R>,
    groupingKey: (String, ParsedArguments) throws -> GroupingKey<R>?
  ) throws -> Int32 {
    let grouping = arguments.value("group-by")
    let format: OutputFormat
    if arguments.has("chart") {
      guard grouping != nil else { throw UsageError("'--chart' needs '--group-by'") }
      guard arguments.value("format").map({ $0 == "table" }) ?? true else {
        throw UsageError(
          "'--chart' draws a table; it cannot be combined with '--format \(arguments.value("format") ?? "")'")
      }
      format = .table
    } else {
      format = try OutputFormat.parse(arguments, allowed: formats)
    }
    let language = try language(arguments)
    if grouping != nil {
      for option in ["limit", "offset", "lang"] where arguments.value(option) != nil {
        throw UsageError("'--\(option)' does not apply with '--group-by' (every group is listed)")
      }
      if arguments.has("cite") { throw UsageError("'--cite' does not apply with '--group-by'") }
    } else {
      if arguments.value("currency") != nil { throw UsageError("'--currency' needs '--group-by'") }
      if arguments.value("role") != nil { throw UsageError("'--role' needs '--group-by organization'") }
      if arguments.has("cite") && (format == .json || format == .csv) {
        throw UsageError(
          "'--cite' applies to table and markdown: \(format.rawValue) output always carries the citations")
      }
      if arguments.value("lang") != nil && (format == .json || format == .csv) {
        throw UsageError("'--lang' applies to table and markdown: \(format.rawValue) output carries both languages")
      }
    }
    let yearbook = try YearbookCommand.loadYearbook(arguments)
    var query = try refine(try self.query(yearbook.records(R.self), arguments), arguments)
    if let grouping {
      let keys = try grouping.split(separator: ",").map { name throws -> GroupingKey<R> in
        let name = String(name)
        if let custom = try groupingKey(name, arguments) { return custom }
        guard let key = GroupingKey<R>.named(name) else {
          throw UsageError(
            "invalid value '\(name)' for '--group-by' (expected \(GroupingKey<R>.names.joined(separator: ", ")))")
        }
        return key
      }
      let currency = try arguments.value("currency").map { code throws -> Currency in
        guard R.elementKind.hasAmounts else { throw UsageError("'--currency' applies to 'funding' only") }
        return Currency(code)
      }
      let groups = try query.grouped(by: keys, totalIn: currency)
      try GroupOutput.write(groups, keys: keys, format: format, chart: arguments.has("chart"), output: &output)
      return 0
    }
    if let offset = try count(arguments, "offset") { query = query.offset(offset) }
    if let limit = try count(arguments, "limit") { query = query.limit(limit) }
    try RecordOutput.write(
      query.all(), yearbook: yearbook, format: format, language: language, cite: arguments.has("cite"),
      output: &output)
    return 0
  }
}
