/// The records sharing one value of each grouping key: the key, the count, and
/// on request the total in a currency and the records themselves.
///
/// JSON (DESIGN §6): `{"group": "2025-Q1", "count": 12}`; with several keys
/// `group` is an object (`{"year": "2025", "tag": "agents"}`); with a total,
/// `summedCount`, `total` (`null` when nothing was summed), `currency`,
/// `ratesUsed` and `excluded: [{id, reason}]` are added; with records, `records`.
///
/// ```swift
/// let years = try yearbook.fundingRounds.grouped(by: [.year], totalIn: .usd)
/// years[0].group.values      // ["2024"]
/// years[0].count             // rounds dated 2024
/// years[0].total?.value      // their total in US dollars
/// ```
public struct RecordGroup<Element: Record>: Hashable, Sendable, Codable {
  /// The group's value of each key.
  public var group: GroupKey
  /// The number of records in the group.
  public var count: Int
  /// The group's total in a currency, when one was asked for.
  public var total: AggregateResult?
  /// The group's records, when asked for, in the query's order.
  public var records: [Element]?

  /// Creates a group.
  public init(group: GroupKey, count: Int, total: AggregateResult? = nil, records: [Element]? = nil) {
    self.group = group
    self.count = count
    self.total = total
    self.records = records
  }

  /// The value of a single-key group (`nil` for the group of records without one).
  public var key: String? { group.values.first ?? nil }

  private enum CodingKeys: String, CodingKey {
    case group, count, summedCount, total, currency, ratesUsed, excluded, approximateCount, records
  }

  /// Encodes the group as DESIGN §6 says.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(group, forKey: .group)
    try container.encode(count, forKey: .count)
    if let total {
      try container.encode(total.count, forKey: .summedCount)
      try container.encode(total.value, forKey: .total)
      try container.encode(total.unit, forKey: .currency)
      try container.encode(total.ratesUsed, forKey: .ratesUsed)
      try container.encode(total.excluded, forKey: .excluded)
      try container.encode(total.approximateCount, forKey: .approximateCount)
    }
    try container.encodeIfPresent(records, forKey: .records)
  }

  /// Decodes what ``encode(to:)`` writes.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    group = try container.decode(GroupKey.self, forKey: .group)
    count = try container.decode(Int.self, forKey: .count)
    if container.contains(.summedCount) {
      total = AggregateResult(
        value: try container.decodeIfPresent(Double.self, forKey: .total),
        unit: try container.decodeIfPresent(String.self, forKey: .currency),
        count: try container.decode(Int.self, forKey: .summedCount),
        approximateCount: try container.decodeIfPresent(Int.self, forKey: .approximateCount) ?? 0,
        excluded: try container.decode([AggregateResult.Exclusion].self, forKey: .excluded),
        ratesUsed: try container.decode([AggregateResult.RateUse].self, forKey: .ratesUsed))
    }
    records = try container.decodeIfPresent([Element].self, forKey: .records)
  }
}

/// A group's value of each grouping key.
///
/// JSON: the value as a string (`null` for the group without one) when there
/// is one key; an object from key name to value when there are several.
public struct GroupKey: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The keys' names, in grouping order.
  public var names: [String]
  /// The values, one per name; `nil` for records without a value.
  public var values: [String?]

  /// Creates a group key.
  public init(names: [String], values: [String?]) {
    self.names = names
    self.values = values
  }

  /// `2025-Q1`, or `year=2025, tag=agents`; `(none)` for a missing value.
  public var description: String {
    if values.count == 1 { return values[0] ?? "(none)" }
    return zip(names, values).map { "\($0)=\($1 ?? "(none)")" }.joined(separator: ", ")
  }

  /// Encodes a string or `null` for one key, an object for several.
  public func encode(to encoder: any Encoder) throws {
    if names.count == 1 {
      var container = encoder.singleValueContainer()
      try container.encode(values[0])
    } else {
      var container = encoder.container(keyedBy: AnyCodingKey.self)
      for (name, value) in zip(names, values) { try container.encode(value, forKey: AnyCodingKey(name)) }
    }
  }

  /// Decodes a string, `null` (one key, named `group`) or an object.
  public init(from decoder: any Decoder) throws {
    if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
      let keys = container.allKeys.map(\.stringValue).sorted()
      names = keys
      values = try keys.map { try container.decodeIfPresent(String.self, forKey: AnyCodingKey($0)) }
    } else {
      let container = try decoder.singleValueContainer()
      names = ["group"]
      values = [container.decodeNil() ? nil : try container.decode(String.self)]
    }
  }
}
