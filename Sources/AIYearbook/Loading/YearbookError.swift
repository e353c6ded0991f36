/// Why loading, merging, looking up or computing failed.
///
/// Every case says where or what: the file, the record's position and
/// identifier, and the field; an unknown identifier or name comes with the
/// nearest ones the data holds.
///
/// ```swift
/// do {
///   _ = try yearbook.events.filter(organization: "OpenAI")
/// } catch {
///   print(error)   // unknown organization id "OpenAI" (did you mean org-openai?)
/// }
/// ```
///
/// Its JSON is an object with `error` (the case name), `message` (the one-line
/// ``description``) and the case's fields:
///
/// ```json
/// {"error": "unknownID", "message": "…", "id": "OpenAI", "kind": "organizations", "suggestions": ["org-openai"]}
/// ```
public enum YearbookError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A file could not be read.
  case unreadableFile(file: String, reason: String)
  /// A file is not UTF-8 JSON, or its JSON is not the expected shape at the top.
  case invalidJSON(file: String, reason: String)
  /// A record or entity could not be decoded.
  case invalidRecord(file: String, path: String, id: String?, field: String, reason: String)
  /// The file's schema version is one this library cannot read (2.x and later).
  case unsupportedSchemaVersion(file: String, version: String)
  /// Two records or entities have the same identifier and different content.
  ///
  /// `differingFields` names the top-level fields whose values differ (empty
  /// when the two are of different kinds).
  case duplicateID(id: String, first: String, second: String, differingFields: [String])
  /// No element has the identifier; `suggestions` are the nearest identifiers the data holds.
  case unknownID(String, kind: ElementKind?, suggestions: [String])
  /// No entity of the kind has the name; `suggestions` are the nearest names' identifiers.
  case unknownName(String, kind: ElementKind, suggestions: [String])
  /// Several entities of the kind have the name; `candidates` are their identifiers.
  case ambiguousName(String, kind: ElementKind, candidates: [String])
  /// A date written as text is not a valid date.
  case invalidDate(String, reason: String)
  /// A currency code is not three capital letters of ISO 4217.
  case invalidCurrency(String)
  /// An exchange-rate table has no rate for the currency in the year.
  case missingExchangeRate(currency: String, year: Int, table: String)
  /// An amount cannot be converted: it states no figure, or it has no date to pick a rate.
  case notConvertible(reason: String)
  /// The statistic is not one category of a breakdown.
  case notInBreakdown(String)
  /// Validation found problems; every one is listed (warnings included).
  case invalidData([ValidationIssue])

  /// One line saying what went wrong and where.
  public var description: String {
    switch self {
    case .unreadableFile(let file, let reason): "\(file): cannot read the file: \(reason)"
    case .invalidJSON(let file, let reason): "\(file): \(reason)"
    case .invalidRecord(let file, let path, let id, let field, let reason):
      "\(file): \(path)\(id.map { " (\($0))" } ?? ""): \(field.isEmpty ? "" : field + ": ")\(reason)"
    case .unsupportedSchemaVersion(let file, let version):
      "\(file): schema version \(version) is not supported (this library reads 1.x)"
    case .duplicateID(let id, let first, let second, let fields):
      "duplicate id \(id): in \(first) and in \(second)"
        + (fields.isEmpty ? "" : " with different \(fields.joined(separator: ", "))")
    case .unknownID(let id, let kind, let suggestions):
      "unknown \(kind.map { Self.singular($0) + " " } ?? "")id \"\(id)\"" + Self.didYouMean(suggestions)
    case .unknownName(let name, let kind, let suggestions):
      "no \(Self.singular(kind)) is named \"\(name)\"" + Self.didYouMean(suggestions)
    case .ambiguousName(let name, let kind, let candidates):
      "\"\(name)\" names several \(kind.exportKey): \(candidates.joined(separator: ", "))"
    case .invalidDate(let text, let reason): "\"\(text)\" is not a valid date: \(reason)"
    case .invalidCurrency(let code): "\"\(code)\" is not an ISO 4217 currency code (three capital letters, e.g. USD)"
    case .missingExchangeRate(let currency, let year, let table):
      "no exchange rate for \(currency) in \(year) in the table '\(table)'"
    case .notConvertible(let reason): "cannot convert the amount: \(reason)"
    case .notInBreakdown(let id): "\(id) is not part of a breakdown"
    case .invalidData(let issues):
      issues.count == 1
        ? issues[0].description : "\(issues.count) problems, the first: \(issues.first?.description ?? "")"
    }
  }

  /// Whether the error is about the data's content (schema, integrity, duplicates,
  /// unknown ids or names) rather than about reading it or about a bad argument.
  ///
  /// The CLI exits 1 for these and 2 for the others.
  public var isIntegrityError: Bool {
    switch self {
    case .invalidRecord, .duplicateID, .unknownID, .unknownName, .ambiguousName, .notInBreakdown, .invalidData,
      .missingExchangeRate, .notConvertible:
      true
    case .unreadableFile, .invalidJSON, .unsupportedSchemaVersion, .invalidDate, .invalidCurrency: false
    }
  }

  static func singular(_ kind: ElementKind) -> String {
    switch kind {
    case .source: "source"
    case .organization: "organization"
    case .product: "product"
    case .benchmark: "benchmark"
    case .metric: "metric"
    case .event: "event"
    case .benchmarkResult: "benchmark result"
    case .fundingRound: "funding round"
    case .regulation: "regulation"
    case .statistic: "statistic"
    }
  }

  static func didYouMean(_ suggestions: [String]) -> String {
    suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)"
  }
}
