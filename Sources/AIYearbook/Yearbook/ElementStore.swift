/// Where a yearbook's elements live: a dataset held in full, or the embedded
/// resource files, each decoded on first use.
///
/// A query over events decodes `events.json` only; the whole ``Dataset`` is
/// assembled only when someone asks for it.
final class ElementStore: Sendable {
  enum Contents: Sendable {
    /// Every collection, already decoded.
    case loaded(Dataset)
    /// The embedded resources, decoded per collection on first use.
    case embedded(schemaVersion: String, dataVersion: String)
  }

  let contents: Contents
  private let decoded = Lock<[ElementKind: any Sendable]>([:])
  private let whole = Lock<Dataset?>(nil)

  init(_ contents: Contents) { self.contents = contents }

  var schemaVersion: String {
    switch contents {
    case .loaded(let dataset): dataset.schemaVersion
    case .embedded(let schemaVersion, _): schemaVersion
    }
  }

  var dataVersion: String {
    switch contents {
    case .loaded(let dataset): dataset.dataVersion
    case .embedded(_, let dataVersion): dataVersion
    }
  }

  /// The elements of one kind, in storage order.
  func elements<E: DatasetElement>(_ type: E.Type) -> [E] {
    switch contents {
    case .loaded(let dataset):
      return dataset[keyPath: E.elements]
    case .embedded:
      if let cached = decoded.withLock({ $0[E.elementKind] }) as? [E] { return cached }
      // The embedded files decode by construction: ResourceFilesTests decode each with these
      // types before a build can land, and `Yearbook.embedded()` checks that every file is there.
      let elements = (try? EmbeddedData.load(E.self, file: EmbeddedData.fileName(of: E.elementKind)).get()) ?? []
      return decoded.withLock { storage in
        if let existing = storage[E.elementKind] as? [E] { return existing }
        storage[E.elementKind] = elements
        return elements
      }
    }
  }

  /// Every collection, as one dataset (decoding whatever is not decoded yet).
  var dataset: Dataset {
    if case .loaded(let dataset) = contents { return dataset }
    if let cached = whole.withLock({ $0 }) { return cached }
    var dataset = Dataset(schemaVersion: schemaVersion, dataVersion: dataVersion)
    func fill<E: DatasetElement>(_ type: E.Type) { dataset[keyPath: E.elements] = elements(E.self) }
    for kind in ElementKind.allCases { fill(kind.elementType) }
    whole.withLock { $0 = dataset }
    return dataset
  }
}
