package import AIYearbook
import Foundation

/// A ``RecordPage`` whose record type is chosen at run time (`GET /records?kind=…`).
///
/// It encodes exactly as the library's `RecordPage<R>` does (`{items, total,
/// offset, limit}`, each item in its export encoding), so the JSON is the
/// library's own. The library has no type-erased page yet; this wrapper is the
/// service's stand-in for one.
package struct AnyRecordPage: Hashable, Sendable, Codable {
  /// The records of the page, in the query's order.
  package var items: [AnyElement]
  /// How many records matched, before offset and limit.
  package var total: Int
  /// How many matching records were skipped.
  package var offset: Int
  /// The largest number of records asked for.
  package var limit: Int?

  /// The page, type-erased.
  package init<R: Record>(_ page: RecordPage<R>) {
    items = page.items.map(\.erased)
    total = page.total
    offset = page.offset
    limit = page.limit
  }

  private enum CodingKeys: String, CodingKey { case items, total, offset, limit }

  /// Encodes as `RecordPage` does: items without a `type`, `limit` written even when null.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    var list = container.nestedUnkeyedContainer(forKey: .items)
    for item in items { try list.encode(item.element) }
    try container.encode(total, forKey: .total)
    try container.encode(offset, forKey: .offset)
    try container.encode(limit, forKey: .limit)
  }

  /// Decodes a page of any one kind: each item's kind is read off its identifier's prefix.
  ///
  /// - Throws: `DecodingError` when an item's identifier names no kind of record.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    var list = try container.nestedUnkeyedContainer(forKey: .items)
    var items: [AnyElement] = []
    while !list.isAtEnd {
      let item = try list.decode(Item.self)
      items.append(item.element)
    }
    self.items = items
    total = try container.decode(Int.self, forKey: .total)
    offset = try container.decode(Int.self, forKey: .offset)
    limit = try container.decodeIfPresent(Int.self, forKey: .limit)
  }

  /// One item, decoded as the kind its `id` names.
  private struct Item: Decodable {
    var element: AnyElement

    private enum Keys: String, CodingKey { case id }

    init(from decoder: any Decoder) throws {
      let id = try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .id)
      guard let kind = ElementKind(identifier: id), kind.isRecord else {
        throw DecodingError.dataCorrupted(
          DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "\(id) names no kind of record"))
      }
      func decode<E: DatasetElement>(_ type: E.Type) throws -> AnyElement { try E(from: decoder).erased }
      element = try decode(kind.elementType)
    }
  }
}

/// A group as `GET /groups` serves it: the library's ``RecordGroup`` without its
/// records, so its JSON does not depend on the record type (`Event` stands for any).
package typealias RecordGroupSummary = RecordGroup<Event>

extension RecordGroup {
  /// The same group without its records, re-typed for serving.
  var summary: RecordGroupSummary {
    RecordGroupSummary(group: group, count: count, total: total, records: nil)
  }
}

/// A benchmark's leaderboards by metric id, as ``Yearbook/leaderboard(for:)`` returns them.
package typealias LeaderboardByMetric = [String: [LeaderboardEntry]]
