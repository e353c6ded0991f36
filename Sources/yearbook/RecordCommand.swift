import AIYearbook
import Foundation

/// The record subcommands (`events`, `benchmarks`, `funding`, `regulations`,
/// `stats`): shared options, filtering through the query API, output.
enum RecordCommand {
  static let commonOptions: [OptionSpec] =
    [
      .value("from", "date", "Keep records whose date overlaps [from, to] (YYYY, YYYY-MM, YYYY-Qn …)."),
      .value("to", "date", "End of the date range."),
      .flag("within", "With --from/--to: keep only records dated entirely inside the range."),
      .value("org", "organization", "Keep records linked to an organization (id, name or alias)."),
      .value("region", "code", "Keep records for a region (CN includes CN-BJ; EU includes its members)."),
      .value("tag", "tag", "Keep records with a tag."),
      .value("search", "text", "Keep records whose text contains this (zh or en)."),
      .value("lang", "zh|en", "Language of table, csv and markdown output (default en)."),
      .value("limit", "n", "Show at most n records."),
      .value("sort", "key", "date, -date, value or -value."),
      .value("format", "format", "table, json, csv or markdown (default: table on a terminal, json otherwise)."),
      .flag("cite", "Show each record's citations."),
      .value("group-by", "key", "year, quarter, month, region, organization, category or tag: one row per group."),
      .flag("chart", "With --group-by: draw the counts as a bar chart."),
    ] + YearbookCommand.dataOptions

  static func make<R: Record>(
    name: String, abstract: String, presentation: RecordPresentation<R>, extraOptions: [OptionSpec] = [],
    example: String, query: @escaping @Sendable (Yearbook) -> RecordQuery<R>,
    refine: @escaping @Sendable (RecordQuery<R>, ParsedArguments) throws -> RecordQuery<R> = { query, _ in query }
  ) -> Subcommand {
    Subcommand(
      name: name, usage: "yearbook \(name) [options]", abstract: abstract,
      options: extraOptions + commonOptions, example: example,
      run: { arguments, output in
        try run(arguments, &output, presentation: presentation, query: query, refine: refine)
      })
  }

  static func language(_ arguments: ParsedArguments) throws -> Language {
    switch arguments.value("lang") ?? "en" {
    case "en": return .english
    case "zh": return .chinese
    case let other: throw UsageError("invalid value '\(other)' for '--lang' (expected zh or en)")
    }
  }

  static func format(_ arguments: ParsedArguments) throws -> String {
    if arguments.has("chart") {
      guard arguments.value("group-by") != nil else { throw UsageError("'--chart' needs '--group-by'") }
      guard arguments.value("format").map({ $0 == "table" }) ?? true else {
        throw UsageError(
          "'--chart' draws a table; it cannot be combined with '--format \(arguments.value("format") ?? "")'")
      }
      return "table"
    }
    let format = arguments.value("format") ?? (YearbookCommand.standardOutputIsTerminal ? "table" : "json")
    guard ["table", "json", "csv", "markdown"].contains(format) else {
      throw UsageError("invalid value '\(format)' for '--format' (expected table, json, csv or markdown)")
    }
    return format
  }

  static func date(_ text: String, option: String) throws -> PartialDate {
    do {
      return try PartialDate(parsing: text)
    } catch {
      throw UsageError("invalid value for '--\(option)': \(error)")
    }
  }

  static func applyCommonFilters<R: Record>(_ query: RecordQuery<R>, _ arguments: ParsedArguments) throws
    -> RecordQuery<R>
  {
    var query = query
    let from = try arguments.value("from").map { try date($0, option: "from") }
    let to = try arguments.value("to").map { try date($0, option: "to") }
    if let from, let to, to.lastDay < from.firstDay {
      throw UsageError("'--to \(to)' is before '--from \(from)'")
    }
    if arguments.has("within") {
      guard from != nil || to != nil else { throw UsageError("'--within' needs '--from' or '--to'") }
      if let from { query = query.filter { ($0.date?.firstDay).map { $0 >= from.firstDay } ?? false } }
      if let to { query = query.filter { ($0.date?.lastDay).map { $0 <= to.lastDay } ?? false } }
    } else {
      if let from { query = query.from(from) }
      if let to { query = query.to(to) }
    }
    if let organization = arguments.value("org") {
      let ids = query.yearbook.organizations(matching: organization)
      guard !ids.isEmpty else { throw IntegrityError("unknown organization '\(organization)'") }
      query = query.filter(organization: organization)
    }
    if let region = arguments.value("region") { query = query.filter(region: Region(region)) }
    if let tag = arguments.value("tag") { query = query.filter(tag: Tag(tag)) }
    if let text = arguments.value("search") { query = query.matching(text) }
    return query
  }

  static func run<R: Record>(
    _ arguments: ParsedArguments, _ output: inout Output, presentation: RecordPresentation<R>,
    query makeQuery: (Yearbook) -> RecordQuery<R>, refine: (RecordQuery<R>, ParsedArguments) throws -> RecordQuery<R>
  ) throws -> Int32 {
    let format = try format(arguments)
    let language = try language(arguments)
    let limit: Int? = try arguments.value("limit").map {
      guard let n = Int($0), n >= 0 else { throw UsageError("invalid value '\($0)' for '--limit' (expected a count)") }
      return n
    }
    let groupKey = try arguments.value("group-by").map { try grouping(R.self, $0) }
    if arguments.value("currency") != nil && groupKey == nil {
      throw UsageError("'--currency' needs '--group-by'")
    }
    let yearbook = try YearbookCommand.loadYearbook(arguments)
    var query = try refine(try applyCommonFilters(makeQuery(yearbook), arguments), arguments)
    switch arguments.value("sort") ?? "date" {
    case "date": query = query.sorted(by: .date)
    case "-date": query = query.sorted(by: .dateDescending)
    case "value": query = query.sorted(by: valueOrdering(descending: false))
    case "-value": query = query.sorted(by: valueOrdering(descending: true))
    case let other: throw UsageError("invalid value '\(other)' for '--sort' (expected date, -date, value or -value)")
    }
    if let groupKey {
      try GroupOutput.write(
        query.grouped(by: groupKey), query: query, arguments: arguments, format: format, output: &output)
      return 0
    }
    if let limit { query = query.limit(limit) }
    let records = query.all()
    try RecordOutput.write(
      records, yearbook: yearbook, presentation: presentation, format: format, language: language,
      cite: arguments.has("cite"), output: &output)
    return 0
  }

  /// What `--sort value` orders by: a statistic's value, a score, a round's
  /// amount in US dollars (ECB annual rates); records without one come last.
  static func valueOrdering<R: Record>(descending: Bool) -> RecordOrdering<R> {
    if let rounds = RecordOrdering<FundingRound>.amount(in: .usd, descending: descending) as? RecordOrdering<R> {
      return rounds
    }
    return .by(
      { record -> Double? in
        switch record {
        case let statistic as Statistic: statistic.value.value
        case let result as BenchmarkResult: result.score?.value
        default: nil
        }
      }, descending: descending)
  }

  static func grouping<R: Record>(_ type: R.Type, _ name: String) throws -> GroupingKey<R> {
    switch name {
    case "year": .year
    case "half": .half
    case "quarter": .quarter
    case "month": .month
    case "region": .region
    case "organization": .organization
    case "category": .category
    case "tag": .tag
    default:
      throw UsageError(
        "invalid value '\(name)' for '--group-by' (expected year, quarter, month, region, organization, category or tag)"
      )
    }
  }
}
