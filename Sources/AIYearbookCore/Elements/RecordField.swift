/// A field of a record that queries filter and group on, by name.
///
/// Filters stored as data (`RecordFilter` in the `AIYearbook` module) name
/// the field they test; each record type answers ``Record/values(of:)`` for
/// the fields it has. A field a record type does not have gives no values.
///
/// ```swift
/// event.values(of: .organization)   // ["org-openai"]
/// round.values(of: .roundLabel)     // ["Series B"]
/// ```
public struct RecordField: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// The field's name.
  public let rawValue: String

  /// A field from its name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A field from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The field's name.
  public var description: String { rawValue }

  /// The record's identifier.
  public static let id: Self = "id"
  /// Every organization the record links to, in any role (``Record/linkedOrganizations``).
  public static let organization: Self = "organization"
  /// Every product the record links to (``Record/linkedProducts``).
  public static let product: Self = "product"
  /// Every region the record applies to (``Record/linkedRegions``).
  public static let region: Self = "region"
  /// The record's tags.
  public static let tag: Self = "tag"
  /// The record's category (``Record/categoryName``).
  public static let category: Self = "category"
  /// Every source the record cites.
  public static let source: Self = "source"
  /// The record's own kind field: ``FundingRound/kind``, ``Statistic/kind``.
  public static let kind: Self = "kind"
  /// The record's status: ``FundingRound/status``, ``Regulation/status``.
  public static let status: Self = "status"
  /// A statistic's metric.
  public static let metric: Self = "metric"
  /// A statistic's measure (level, share, change …).
  public static let measure: Self = "measure"
  /// A benchmark result's benchmark.
  public static let benchmark: Self = "benchmark"
  /// A funding round's label (`Series B`, `天使轮`).
  public static let roundLabel: Self = "roundLabel"
  /// The organizations a funding total belongs to: recipients and targets of a
  /// funding round; every linked organization for other records.
  public static let beneficiary: Self = "beneficiary"
}
