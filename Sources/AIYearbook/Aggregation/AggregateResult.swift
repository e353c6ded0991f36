/// The result of an aggregate: the value, its unit, and what went into it.
///
/// Aggregates never add what does not add: records they leave out are listed
/// in ``excluded`` with the reason, and ``approximateCount`` says how many
/// inputs were qualified (约, 超过 …), hedged or ranges.
///
/// ```swift
/// let total = try yearbook.statistics.filter(metric: "metric-new-unicorns").sum()
/// total.value              // the sum
/// total.approximateCount   // how many inputs were approximate
/// total.excluded           // what was left out, and why
/// ```
public struct AggregateResult: Hashable, Sendable, Codable {
  /// The aggregate; `nil` when no input could be used.
  public var value: Double?
  /// The unit of ``value``.
  public var unit: String?
  /// How many inputs went into the value.
  public var count: Int
  /// How many of them were approximate.
  public var approximateCount: Int
  /// The inputs left out, and why.
  public var excluded: [Exclusion]
  /// Which exchange rates were used, for money converted to one currency.
  public var ratesUsed: [RateUse]

  /// Creates a result.
  public init(
    value: Double?, unit: String?, count: Int, approximateCount: Int, excluded: [Exclusion] = [],
    ratesUsed: [RateUse] = []
  ) {
    self.value = value
    self.unit = unit
    self.count = count
    self.approximateCount = approximateCount
    self.excluded = excluded
    self.ratesUsed = ratesUsed
  }

  /// A record an aggregate left out.
  ///
  /// JSON: `{"id": "funding-…", "reason": "noRate", "detail": "no exchange rate for CAD in 2026 …"}`
  /// (`detail` only when there is more to say).
  public struct Exclusion: Hashable, Sendable, Codable {
    /// The record's identifier.
    public var id: String
    /// Why it was left out.
    public var reason: Reason
    /// More about the reason, in words (the missing rate, the unit).
    public var detail: String?

    /// Creates an exclusion.
    public init(id: String, reason: Reason, detail: String? = nil) {
      self.id = id
      self.reason = reason
      self.detail = detail
    }

    /// Why a record was left out of an aggregate.
    public struct Reason: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
      /// The reason's name.
      public let rawValue: String
      /// A reason from its name (newer versions may add reasons).
      public init(rawValue: String) { self.rawValue = rawValue }
      /// The record states no amount or value (数十亿美元 has no figure).
      public static let noAmount = Self(rawValue: "noAmount")
      /// The exchange-rate table has no rate for the currency in the record's year.
      public static let noRate = Self(rawValue: "noRate")
      /// The record has no date, so no year to pick a rate.
      public static let undated = Self(rawValue: "undated")
      /// The value does not add: a share, a rank, a change, a multiple, or a record without money.
      public static let notAddable = Self(rawValue: "notAddable")
      /// The reason's name.
      public var description: String { rawValue }

      /// Decodes the name.
      public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
      }
      /// Encodes the name.
      public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
      }
    }
  }

  private enum CodingKeys: String, CodingKey {
    case value, unit, count, approximateCount, excluded, ratesUsed
  }

  /// Encodes the result; `value` and `unit` are written as `null` when absent.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(unit, forKey: .unit)
    try container.encode(count, forKey: .count)
    try container.encode(approximateCount, forKey: .approximateCount)
    try container.encode(excluded, forKey: .excluded)
    try container.encode(ratesUsed, forKey: .ratesUsed)
  }

  /// An exchange rate an aggregate used.
  public struct RateUse: Hashable, Sendable, Codable {
    /// The converted currency.
    public var from: String
    /// The target currency.
    public var to: String
    /// The year of the rate.
    public var year: Int
    /// Units of `to` per unit of `from`.
    public var factor: Double
    /// The table the rate comes from.
    public var table: String

    /// Creates a rate use.
    public init(from: String, to: String, year: Int, factor: Double, table: String) {
      self.from = from
      self.to = to
      self.year = year
      self.factor = factor
      self.table = table
    }
  }
}

/// Why an aggregate could not be computed at all.
public enum AggregationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The inputs are in different units; convert or filter first.
  case mixedUnits([String])

  /// A sentence saying what is wrong.
  public var description: String {
    switch self {
    case .mixedUnits(let units):
      "the inputs have different units (\(units.joined(separator: ", "))); filter to one unit or convert first"
    }
  }
}
