#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// The dataset, indexed for lookups and queries.
///
/// A `Yearbook` is an immutable value. ``embedded()`` gives the dataset compiled
/// into the library (decoded once, on first use, thread-safely); a user's own
/// files in the export format can be read alone or merged with it.
///
/// ```swift
/// import AIYearbook
///
/// let yearbook = try Yearbook.embedded()
/// yearbook.organization("org-openai")?.name.zh        // "OpenAI"
/// try yearbook.element(id: "org-openai").kind         // .organization
/// try yearbook.events.during("2025-12").count()       // events of December 2025
/// ```
public struct Yearbook: Sendable {
  /// The data, as plain values.
  public let dataset: Dataset
  /// Where each identifier was defined (`embedded data $.events[3]`, `mine.json $.events[0]`), for error messages.
  let origins: [String: String]
  /// Where each identifier's element is stored.
  let locations: [String: ElementLocation]
  /// The children of each organization.
  let childOrganizations: [Organization.ID: [Organization.ID]]
  /// Folded names of the entities, for name resolution.
  let nameIndex: NameIndex
  /// Caches built on first use (the search index).
  let caches: YearbookCaches
  /// The search index, built on the first ``search(_:limit:)``.
  let searchCache: SearchIndexCache

  /// Indexes a dataset.
  ///
  /// - Parameters:
  ///   - dataset: The data.
  ///   - origin: Where the data comes from (a file name), for error messages.
  /// - Throws: ``YearbookError/duplicateID(id:first:second:differingFields:)`` when
  ///   two elements share an identifier and differ.
  public init(_ dataset: Dataset, origin: String = "dataset") throws(YearbookError) {
    var merger = DatasetMerger()
    try merger.add(dataset, origin: origin, preferringNew: false)
    self.init(indexing: merger.dataset ?? dataset, origins: merger.origins)
  }

  init(indexing dataset: Dataset, origins: [String: String]) {
    self.dataset = dataset
    self.origins = origins
    var locations: [String: ElementLocation] = [:]
    func index<E: DatasetElement>(_ type: E.Type) {
      for (position, element) in dataset[keyPath: E.elements].enumerated() where locations[element.id.rawValue] == nil {
        locations[element.id.rawValue] = ElementLocation(kind: E.elementKind, position: position)
      }
    }
    for kind in ElementKind.allCases { index(kind.elementType) }
    self.locations = locations
    searchCache = SearchIndexCache()
    var children: [Organization.ID: [Organization.ID]] = [:]
    for organization in dataset.organizations {
      if let parent = organization.parent { children[parent, default: []].append(organization.id) }
    }
    childOrganizations = children
    nameIndex = NameIndex(dataset)
    caches = YearbookCaches()
  }

  /// The dataset compiled into the library.
  ///
  /// Decoded on first use, once, thread-safely; later calls return the same value.
  ///
  /// - Throws: ``YearbookError`` when an embedded file does not decode (a build
  ///   with broken resources), naming the file, the record and the field.
  public static func embedded() throws(YearbookError) -> Yearbook {
    try embeddedYearbook.get()
  }

  private static let embeddedYearbook: Result<Yearbook, YearbookError> = Result { () throws(YearbookError) in
    try Yearbook(EmbeddedData.dataset.get(), origin: "embedded data")
  }

  /// The version of the export format the data is in.
  public var schemaVersion: String { dataset.schemaVersion }
  /// The version of the data.
  public var dataVersion: String { dataset.dataVersion }
}

/// Where an element is stored: its collection and its position there.
struct ElementLocation: Hashable, Sendable {
  var kind: ElementKind
  var position: Int
}
