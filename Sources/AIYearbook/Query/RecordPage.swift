/// One page of a query's results, with the number of matching records.
///
/// JSON: `{"items": [...], "total": 52, "offset": 20, "limit": 10}` (`limit` is
/// `null` when the query has none).
///
/// ```swift
/// let page = yearbook.events.offset(20).limit(10).page()
/// page.items.count   // at most 10
/// page.total         // every matching event
/// ```
public struct RecordPage<Element: Record>: Hashable, Sendable, Codable {
  /// The records of the page, in the query's order.
  public var items: [Element]
  /// The number of matching records, on every page.
  public var total: Int
  /// How many matching records come before the page.
  public var offset: Int
  /// The page's size limit; `nil` when the query has none.
  public var limit: Int?

  /// Creates a page.
  public init(items: [Element], total: Int, offset: Int, limit: Int?) {
    self.items = items
    self.total = total
    self.offset = offset
    self.limit = limit
  }

  private enum CodingKeys: String, CodingKey { case items, total, offset, limit }

  /// Encodes the page; `limit` is written as `null` when there is none.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(items, forKey: .items)
    try container.encode(total, forKey: .total)
    try container.encode(offset, forKey: .offset)
    try container.encode(limit, forKey: .limit)
  }
}
