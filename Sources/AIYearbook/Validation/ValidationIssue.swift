/// One way the data breaks the dataset's schema or integrity rules.
///
/// ```swift
/// for issue in yearbook.validate() { print(issue) }
/// // dataset: $.statistics[12] (stat-x): metric: metric-y does not exist
/// ```
public struct ValidationIssue: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The file or data set the issue is in.
  public var file: String
  /// Where in the export object (`$.events[3]`).
  public var path: String
  /// The record's or entity's identifier.
  public var id: String?
  /// The field (`date`, `citations[0].quote`); empty for the whole record.
  public var field: String
  /// What is wrong.
  public var message: String
  /// Which rule was broken.
  public var rule: ValidationRule

  /// Creates an issue.
  public init(file: String, path: String, id: String?, field: String, message: String, rule: ValidationRule) {
    self.file = file
    self.path = path
    self.id = id
    self.field = field
    self.message = message
    self.rule = rule
  }

  /// `FILE: PATH (ID): FIELD: MESSAGE`, one line; warnings start with `warning: `.
  public var description: String {
    (rule.isWarning ? "warning: " : "")
      + "\(file): \(path)\(id.map { " (\($0))" } ?? ""): \(field.isEmpty ? "" : field + ": ")\(message)"
  }
}

/// The integrity rules ``Yearbook/validate()`` checks.
public enum ValidationRule: String, Hashable, Sendable, CaseIterable, Codable {
  /// A file could not be read as UTF-8 JSON in the export format at all (exit status 2).
  case readable
  /// A record or entity could not be decoded.
  case schema
  /// Identifiers match `^[a-z]+(-[a-z0-9]+)+$` with their kind's prefix.
  case identifierFormat
  /// No identifier is used twice.
  case uniqueIdentifiers
  /// Every referenced identifier exists.
  case referencesResolve
  /// Every record has at least one citation with a quote of at most 200 characters and a locator.
  case cited
  /// Currency codes are three capital letters listed in ISO 4217.
  case currencyCode
  /// Amounts, values and scores are not negative.
  case nonNegative
  /// Scores lie within their benchmark metric's range, and the metric is declared.
  case scoreWithinRange
  /// Statistics have a unit and a metric that exists.
  case statisticHasMetric
  /// A forecast's or target's period does not end before it was reported.
  case forecastAfterReport
  /// An exhaustive share breakdown sums to 100 ± 0.5.
  case exhaustiveSharesSum
  /// Every ``Record/disagreesWith`` target is a record that exists, is not the record
  /// itself, and links back.
  case disagreementsLinked
  /// A warning: a field this version does not know (ignored when reading).
  case unknownField
  /// A warning: a vocabulary value this version does not list (kept and re-encoded unchanged).
  case unknownVocabulary

  /// Whether breaking the rule is only a warning: the data still loads and is kept.
  public var isWarning: Bool { self == .unknownField || self == .unknownVocabulary }
}
