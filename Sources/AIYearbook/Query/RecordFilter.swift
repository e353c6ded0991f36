/// One condition of a ``RecordQuery``, stored as data: a field, how to test it,
/// and the value.
///
/// Queries keep their filters as values so they can be inspected, encoded and
/// answered from indexes; a closure given to `RecordQuery.filter(_:)`
/// is kept beside them and scans.
///
/// ```swift
/// let query = try yearbook.events.filter(organization: "org-openai").during("2025-12")
/// query.filters
/// // [.field(.organization, anyOf: ["org-openai"]), .date(2025-12..2025-12 (during))]
/// ```
///
/// JSON: `{"date": DateRange}`, `{"field": {"_0": "tag", "anyOf": […]}}` … (Swift's
/// synthesized enum coding).
public enum RecordFilter: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The record's date is in the range.
  case date(DateRange)
  /// The field (``Record/values(of:)``) takes at least one of the values.
  case field(RecordField, anyOf: Set<String>)
  /// The record applies to the region or a region within it (a province is in
  /// its country, EU members are in `EU`; `WORLD` matches only WORLD).
  case region(Region)
  /// The record's texts match a search (DESIGN §6 tokens: every term, whole words).
  case text(String)

  /// Whether a record passes the filter; names (for text search) are looked up in `yearbook`.
  public func matches<R: Record>(_ record: R, in yearbook: Yearbook) -> Bool {
    switch self {
    case .date(let range): range.matches(record.date)
    case .field(let field, let values): record.values(of: field).contains(where: values.contains)
    case .region(let region): record.linkedRegions.contains(where: region.contains)
    case .text(let text): SearchQuery(text).matches(record, names: yearbook)
    }
  }

  /// `organization ∈ {org-openai}`.
  public var description: String {
    switch self {
    case .date(let range): "date \(range)"
    case .field(let field, let values): "\(field) ∈ {\(values.sorted().joined(separator: ", "))}"
    case .region(let region): "region within \(region)"
    case .text(let text): "text \"\(text)\""
    }
  }
}
