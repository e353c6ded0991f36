/// The result of an aggregate: the value, its unit, and what went into it.
///
/// Aggregates never add what does not add: records they leave out are listed
/// in ``excluded`` with the reason, and ``approximateCount`` says how many
/// inputs were qualified (约, 超过 …), hedged or ranges.
///
/// ```swift
/// let total = try yearbook.statistics.filter(metric: "metric-financing-events").sum()
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
  public struct Exclusion: Hashable, Sendable, Codable {
    /// The record's identifier.
    public var id: String
    /// Why it was left out.
    public var reason: String

    /// Creates an exclusion.
    public init(id: String, reason: String) {
      self.id = id
      self.reason = reason
    }
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
