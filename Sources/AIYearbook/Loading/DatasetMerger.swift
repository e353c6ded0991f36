#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Merges datasets as DESIGN §4 says: equal copies of an identifier merge
/// silently; the same identifier with different content is an error naming
/// the fields that differ, unless the newer copy is preferred.
struct DatasetMerger {
  private(set) var dataset: Dataset?
  private(set) var origins: [String: String] = [:]
  private var locations: [String: ElementLocation] = [:]

  /// A merger with nothing in it yet.
  init() {}

  /// A merger that starts from a yearbook's data.
  init(_ yearbook: Yearbook) {
    dataset = yearbook.dataset
    origins = yearbook.origins
    locations = yearbook.locations
  }

  /// Adds a dataset, stopping at the first conflicting duplicate.
  mutating func add(_ other: Dataset, origin: String, preferringNew: Bool) throws(YearbookError) {
    if let problem = merge(other, origin: origin, preferringNew: preferringNew).first { throw problem.error }
  }

  /// A duplicate identifier whose copies differ.
  struct Duplicate {
    var error: YearbookError
    var kind: ElementKind
    var position: Int
    var id: String
  }

  /// Adds a dataset and returns every conflicting duplicate (the first copy is kept for each).
  mutating func merge(_ other: Dataset, origin: String, preferringNew: Bool) -> [Duplicate] {
    var merged = dataset ?? Dataset(schemaVersion: other.schemaVersion, dataVersion: other.dataVersion)
    var duplicates: [Duplicate] = []
    func add<E: DatasetElement>(_ type: E.Type) {
      for (position, element) in other[keyPath: E.elements].enumerated() {
        let id = element.id.rawValue
        let place = "\(origin) $.\(E.elementKind.exportKey)[\(position)]"
        guard let existing = locations[id] else {
          locations[id] = ElementLocation(kind: E.elementKind, position: merged[keyPath: E.elements].count)
          origins[id] = place
          merged[keyPath: E.elements].append(element)
          continue
        }
        guard existing.kind == E.elementKind else {
          duplicates.append(
            Duplicate(
              error: .duplicateID(id: id, first: origins[id] ?? "?", second: place, differingFields: []),
              kind: E.elementKind, position: position, id: id))
          continue
        }
        let first = merged[keyPath: E.elements][existing.position]
        if first == element { continue }
        if preferringNew {
          merged[keyPath: E.elements][existing.position] = element
          origins[id] = place
          continue
        }
        duplicates.append(
          Duplicate(
            error: .duplicateID(
              id: id, first: origins[id] ?? "?", second: place, differingFields: Self.differingFields(first, element)),
            kind: E.elementKind, position: position, id: id))
      }
    }
    for kind in ElementKind.allCases { add(kind.elementType) }
    dataset = merged
    return duplicates
  }

  /// The top-level JSON fields whose values differ between two elements.
  static func differingFields<E: Encodable>(_ first: E, _ second: E) -> [String] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let left = try? JSONDecoder().decode([String: JSONValue].self, from: encoder.encode(first)),
      let right = try? JSONDecoder().decode([String: JSONValue].self, from: encoder.encode(second))
    else { return [] }
    return Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
  }
}

/// Any JSON value, for comparing encoded elements field by field.
enum JSONValue: Hashable, Sendable, Decodable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }
}
