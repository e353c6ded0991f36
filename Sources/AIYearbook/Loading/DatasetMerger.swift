#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Merges datasets as DESIGN §4 says: equal copies of an identifier merge
/// silently; the same identifier with different content is an error naming
/// the fields that differ, unless the newer copy is preferred.
///
/// A dataset added is taken over, not copied: when the caller holds no other
/// reference to its collections, a million records are merged in place.
struct DatasetMerger {
  private(set) var dataset: Dataset?
  /// Where each element was defined.
  private(set) var origins = ElementOrigins()
  /// Where each identifier's element is in ``dataset``.
  private(set) var locations: [String: ElementLocation] = [:]

  /// A merger with nothing in it yet.
  init() {}

  /// A merger that starts from a yearbook's data.
  init(_ yearbook: Yearbook) {
    dataset = yearbook.dataset
    origins = yearbook.elementOrigins
    locations = yearbook.locations
  }

  /// Where an identifier was defined (`mine.json $.events[3]`).
  func origin(of id: String) -> String? {
    locations[id].flatMap { origins.description(kind: $0.kind, position: $0.position) }
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
  mutating func merge(_ other: consuming Dataset, origin: String, preferringNew: Bool) -> [Duplicate] {
    var remaining = consume other
    var merged = dataset ?? Dataset(schemaVersion: remaining.schemaVersion, dataVersion: remaining.dataVersion)
    dataset = nil
    var duplicates: [Duplicate] = []
    let file = origins.file(named: origin)
    func add<E: DatasetElement>(_ type: E.Type) {
      let kind = E.elementKind
      var incoming = remaining[keyPath: E.elements]
      remaining[keyPath: E.elements] = []
      guard !incoming.isEmpty else { return }
      var existing = merged[keyPath: E.elements]
      merged[keyPath: E.elements] = []
      // New identifiers go after the existing elements; copies of known ones are left out.
      var left: Set<Int> = []
      var added: [ElementOrigins.Place] = []
      added.reserveCapacity(incoming.count)
      for position in incoming.indices {
        let id = incoming[position].id.rawValue
        guard let known = locations[id] else {
          locations[id] = ElementLocation(kind: kind, position: existing.count + added.count)
          added.append(ElementOrigins.Place(file: file, position: Int32(position)))
          continue
        }
        left.insert(position)
        let place = ElementOrigins.describe(origin, kind, position)
        // The first copy is in the merged data, or earlier in this same dataset.
        let earlierHere = known.kind == kind && known.position >= existing.count ? known.position - existing.count : nil
        let first =
          earlierHere.map { ElementOrigins.describe(origin, kind, Int(added[$0].position)) }
          ?? origins.description(kind: known.kind, position: known.position) ?? "?"
        guard known.kind == kind else {
          duplicates.append(
            Duplicate(
              error: .duplicateID(id: id, first: first, second: place, differingFields: []),
              kind: kind, position: position, id: id))
          continue
        }
        let element = incoming[position]
        let firstCopy = earlierHere.map { incoming[Int(added[$0].position)] } ?? existing[known.position]
        if firstCopy == element { continue }
        if preferringNew {
          let newPlace = ElementOrigins.Place(file: file, position: Int32(position))
          if let earlierHere {
            // The later copy takes the earlier one's place in the order.
            incoming[Int(added[earlierHere].position)] = element
            added[earlierHere] = newPlace
          } else {
            existing[known.position] = element
            origins.replace(kind: kind, position: known.position, with: newPlace)
          }
          continue
        }
        duplicates.append(
          Duplicate(
            error: .duplicateID(
              id: id, first: first, second: place, differingFields: Self.differingFields(firstCopy, element)),
            kind: kind, position: position, id: id))
      }
      if !left.isEmpty {
        incoming = incoming.indices.filter { !left.contains($0) }.map { incoming[$0] }
      }
      if existing.count <= incoming.count {
        // The larger collection is kept and the smaller moved in front of it.
        let earlier = origins.places[kind] ?? []
        incoming.insert(contentsOf: existing, at: 0)
        existing = []
        merged[keyPath: E.elements] = incoming
        origins.replacePlaces(kind: kind, with: earlier + added)
      } else {
        existing.append(contentsOf: incoming)
        merged[keyPath: E.elements] = existing
        for place in added { origins.append(place, kind: kind) }
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
