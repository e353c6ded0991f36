/// The entities' names, folded once, for resolving what a person types.
struct NameIndex: Sendable {
  /// Folded name or identifier → the identifiers of the entities that carry it, by kind.
  private let exact: [String: [ElementKind: [String]]]
  /// Every (folded name, compact name, identifier, kind), for suggestions.
  private let entries: [Entry]

  struct Entry: Sendable {
    var folded: String
    var compact: String
    var id: String
    var kind: ElementKind
  }

  init(_ yearbook: Yearbook) {
    var exact: [String: [ElementKind: [String]]] = [:]
    var entries: [Entry] = []
    func add<E: DatasetElement>(_ type: E.Type) {
      for element in yearbook.elements(E.self) {
        var seen: Set<String> = []
        for name in element.names + [element.id.rawValue] {
          let folded = NameFolding.fold(name)
          guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
          exact[folded, default: [:]][E.elementKind, default: []].append(element.id.rawValue)
          entries.append(
            Entry(folded: folded, compact: NameFolding.compact(name), id: element.id.rawValue, kind: E.elementKind))
        }
      }
    }
    for kind in ElementKind.entities { add(kind.elementType) }
    self.exact = exact
    self.entries = entries
  }

  /// The identifiers of entities (of `kind`, or of any kind) one of whose names or
  /// whose identifier folds to the same text as `text`.
  func exactMatches(_ text: String, kind: ElementKind?) -> [String] {
    guard let byKind = exact[NameFolding.fold(text)] else { return [] }
    let ids = kind.map { byKind[$0] ?? [] } ?? ElementKind.allCases.flatMap { byKind[$0] ?? [] }
    var seen: Set<String> = []
    return ids.sorted().filter { seen.insert($0).inserted }
  }

  /// The identifiers of the entities of `kind` whose names are nearest to `text`:
  /// equal once spaces and punctuation are removed first, then by edit distance.
  func nearest(_ text: String, kind: ElementKind, count: Int = 5) -> [String] {
    let folded = NameFolding.fold(text)
    let compact = NameFolding.compact(text)
    let limit = Swift.max(2, folded.count / 3)
    var best: [String: Int] = [:]
    for entry in entries where entry.kind == kind {
      let score: Int
      if !compact.isEmpty && entry.compact == compact {
        score = 0
      } else if !compact.isEmpty && (entry.compact.hasPrefix(compact) || compact.hasPrefix(entry.compact)),
        entry.compact.count >= 3
      {
        score = 1
      } else {
        let distance = NameFolding.distance(folded, entry.folded)
        guard distance <= limit else { continue }
        score = 1 + distance
      }
      best[entry.id] = Swift.min(best[entry.id] ?? .max, score)
    }
    return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(count).map(\.key)
  }
}
