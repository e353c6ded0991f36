import AIYearbook
import Foundation

/// One row of a query's answer: a group key, how many records, their total in US dollars.
///
/// Every engine writes its answers as `{"Q1": [Row], …}`; run.sh compares them
/// (counts and keys exactly, totals within 1e-9 relative).
struct Row: Codable, Hashable, Sendable {
  var key: String
  var count: Int
  var total: Double
}

extension Row {
  /// A group's row: its key values joined with `|` (`(none)` for a missing value).
  init<R: Record>(_ group: RecordGroup<R>) {
    self.init(
      key: group.group.values.map { $0 ?? "(none)" }.joined(separator: "|"), count: group.count,
      total: group.total?.value ?? 0)
  }
}

extension Array where Element == Row {
  /// The `count` rows with the largest totals (ties by key).
  func top(_ count: Int) -> [Row] {
    Array(sorted { $0.total != $1.total ? $0.total > $1.total : $0.key < $1.key }.prefix(count))
  }

  /// The rows sorted by key.
  var byKey: [Row] { sorted { $0.key < $1.key } }

  /// These rows with `other`'s counts and totals taken away; rows left empty are dropped.
  func subtracting(_ other: [Row]) -> [Row] {
    let others = Dictionary(other.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    return compactMap { row in
      guard let taken = others[row.key] else { return row }
      let count = row.count - taken.count
      return count == 0 ? nil : Row(key: row.key, count: count, total: row.total - taken.total)
    }
  }
}

/// Writes a value as sorted, pretty JSON.
func writeJSON<T: Encodable>(_ value: T, to path: String) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
  try encoder.encode(value).write(to: URL(fileURLWithPath: path))
}

/// Prints a value as one line of sorted JSON on standard output.
func printJSON<T: Encodable>(_ value: T) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys]
  print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
