/// What to group records by: a time bucket, a field, or your own key.
///
/// A key may give a record several values (its organizations, its tags); the
/// record then counts in each group. A record without a value goes to the
/// `nil` group.
///
/// ```swift
/// yearbook.events.grouped(by: .quarter)        // 2025-Q1, 2025-Q2 …
/// yearbook.fundingRounds.grouped(by: .organization)
/// yearbook.statistics.grouped(by: .custom("metric") { [$0.metric.rawValue] })
/// ```
public struct GroupingKey<Element: Record>: Sendable {
  /// The key's name (`year`, `organization`), as the JSON of a multi-key group writes it.
  public let name: String
  /// Whether a record can have several values of this key, so groups may overlap.
  public let isMultiValued: Bool
  let values: @Sendable (Element, DateRange?) -> [String?]
  /// What the key reads from a kind's columns; `nil` for a custom key, which runs its closure.
  var column: GroupingColumn?

  init(
    name: String, isMultiValued: Bool, column: GroupingColumn? = nil,
    values: @escaping @Sendable (Element, DateRange?) -> [String?]
  ) {
    self.name = name
    self.isMultiValued = isMultiValued
    self.column = column
    self.values = values
  }

  /// A key from a function returning a record's values (an empty list means the `nil` group).
  public static func custom(
    _ name: String, multiValued: Bool = true, _ values: @escaping @Sendable (Element) -> [String]
  ) -> Self {
    Self(name: name, isMultiValued: multiValued) { record, _ in
      let list = values(record)
      return list.isEmpty ? [nil] : list
    }
  }

  /// A key whose values are a field's (``Record/values(of:)``), read from the columns.
  static func fieldKey(_ field: RecordField, name: String, multiValued: Bool) -> Self {
    var key = custom(name, multiValued: multiValued) { $0.values(of: field) }
    key.column = .field(field)
    return key
  }

  /// Groups by a field's values (``Record/values(of:)``).
  public static func field(_ field: RecordField, named name: String? = nil, multiValued: Bool = true) -> Self {
    fieldKey(field, name: name ?? field.rawValue, multiValued: multiValued)
  }

  /// Groups by the bucket of the start of a record's date at `precision`.
  ///
  /// A record whose date is coarser than the bucket keeps its own, coarser
  /// group (a bare `2025` in a month grouping is the group `2025`, never a
  /// guessed month). With a date filter, a date that starts before the range
  /// is grouped in the range's first bucket, so no group lies outside the
  /// range. Undated records go to the `nil` group.
  public static func time(_ precision: PartialDate.Precision) -> Self {
    Self(name: "\(precision)", isMultiValued: false, column: .time(precision)) { record, range in
      guard let date = record.date else { return [nil] }
      var start = date.start
      if let from = range?.from, date.firstDay < from.firstDay,
        let first = try? PartialDate(year: from.firstDay.year, month: from.firstDay.month, day: from.firstDay.day)
      {
        start = first.truncated(to: Swift.min(date.start.precision, from.precision))
      }
      return [start.truncated(to: Swift.min(precision, start.precision)).description]
    }
  }

  /// Calendar year.
  public static var year: Self { time(.year) }
  /// Half-year (`2025-H1`).
  public static var half: Self { time(.half) }
  /// Quarter (`2025-Q3`).
  public static var quarter: Self { time(.quarter) }
  /// Month (`2025-12`).
  public static var month: Self { time(.month) }

  /// Every region the record applies to.
  public static var region: Self { field(.region) }
  /// The organizations of the record: for a funding round its recipients and
  /// targets (``RecordField/beneficiary``), for other records every linked organization.
  public static var organization: Self { field(.beneficiary, named: "organization") }
  /// The record's category (``Record/categoryName``).
  public static var category: Self { field(.category, multiValued: false) }
  /// Every tag.
  public static var tag: Self { field(.tag) }
  /// Every source the record cites.
  public static var source: Self { field(.source) }
  /// The record's own kind field (a funding round's kind, a statistic's kind); `nil` for others.
  public static var kind: Self { field(.kind, multiValued: false) }
  /// A funding round's label (`Series B`); `nil` for others.
  public static var roundLabel: Self { field(.roundLabel, multiValued: false) }

  /// The key a name of DESIGN §6 names: `year`, `half`, `quarter`, `month`,
  /// `region`, `organization`, `category`, `tag`, `kind`, `roundLabel`, `source`.
  ///
  /// - Returns: `nil` for any other name.
  public static func named(_ name: String) -> Self? {
    switch name {
    case "year": .year
    case "half": .half
    case "quarter": .quarter
    case "month": .month
    case "region": .region
    case "organization": .organization
    case "category": .category
    case "tag": .tag
    case "kind": .kind
    case "roundLabel": .roundLabel
    case "source": .source
    default: nil
    }
  }

  /// The names ``named(_:)`` accepts.
  public static var names: [String] {
    ["year", "half", "quarter", "month", "region", "organization", "category", "tag", "kind", "roundLabel", "source"]
  }
}

extension GroupingKey where Element == FundingRound {
  /// The organizations of a funding round in the given roles.
  ///
  /// ```swift
  /// yearbook.fundingRounds.grouped(by: .organizations(in: [.investor, .leadInvestor]))
  /// ```
  public static func organizations(in roles: Set<FundingRound.Party.Role>) -> Self {
    custom("organization") { round in
      round.parties.filter { roles.contains($0.role) }.map(\.organization.rawValue)
    }
  }
}
