#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
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
  /// The elements, decoded on first use for the embedded data.
  let store: ElementStore
  /// Indexes and caches built on first use (identifiers, names, children, the search index).
  let caches: YearbookCaches
  /// Where each element was defined, for a yearbook read from files (`mine.json $.events[0]`);
  /// `nil` for the embedded data, whose places are derived on demand.
  let definedOrigins: ElementOrigins?
  /// The search index, built on the first ``search(_:limit:)``.
  let searchCache: SearchIndexCache

  /// The data, as plain values.
  ///
  /// For the embedded data, this decodes every collection not decoded yet; a
  /// query decodes only the collections it reads.
  public var dataset: Dataset { store.dataset }

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
    self.init(merged: merger)
  }

  /// A yearbook of what a merger holds, its identifier index already built.
  init(merged merger: DatasetMerger) {
    self.init(
      store: ElementStore(.loaded(merger.dataset ?? Dataset(dataVersion: "0.0.0"))), origins: merger.origins)
    let locations = merger.locations
    _ = caches.value(LocationIndex.self) { LocationIndex(map: locations) }
  }

  private init(store: ElementStore, origins: ElementOrigins?) {
    self.store = store
    self.definedOrigins = origins
    caches = YearbookCaches()
    searchCache = SearchIndexCache()
  }

  /// The dataset compiled into the library.
  ///
  /// Created on first use, once, thread-safely; later calls return the same
  /// value. Each collection is decoded when a call first needs it, so a query
  /// over events decodes only the events.
  ///
  /// - Throws: ``YearbookError`` when `meta.json` does not decode or a resource
  ///   file is missing (a broken build), naming the file.
  public static func embedded() throws(YearbookError) -> Yearbook {
    try embeddedYearbook.get()
  }

  private static let embeddedYearbook: Result<Yearbook, YearbookError> = Result { () throws(YearbookError) in
    try freshEmbedded()
  }

  /// A new yearbook of the embedded data, nothing decoded and no cache built yet
  /// (``embedded()`` keeps one for the process; the concurrency tests race fresh ones).
  static func freshEmbedded() throws(YearbookError) -> Yearbook {
    let versions = try EmbeddedData.meta.get()
    try EmbeddedData.checkFilesArePresent()
    return Yearbook(
      store: ElementStore(.embedded(schemaVersion: versions.schemaVersion, dataVersion: versions.dataVersion)),
      origins: nil)
  }

  /// The version of the export format the data is in.
  public var schemaVersion: String { store.schemaVersion }
  /// The version of the data.
  public var dataVersion: String { store.dataVersion }

  /// The elements of one kind, in storage order (decoded on first use).
  func elements<E: DatasetElement>(_ type: E.Type) -> [E] { store.elements(E.self) }

  /// Where each identifier's element is stored (built on first use).
  var locations: [String: ElementLocation] {
    caches.value(LocationIndex.self) {
      var locations: [String: ElementLocation] = [:]
      func index<E: DatasetElement>(_ type: E.Type) {
        for (position, element) in elements(E.self).enumerated() where locations[element.id.rawValue] == nil {
          locations[element.id.rawValue] = ElementLocation(kind: E.elementKind, position: position)
        }
      }
      for kind in ElementKind.allCases { index(kind.elementType) }
      return LocationIndex(map: locations)
    }.map
  }

  /// Where each element was defined; for the embedded data, its place in the embedded files.
  var elementOrigins: ElementOrigins {
    if let definedOrigins { return definedOrigins }
    var origins = ElementOrigins()
    let file = origins.file(named: "embedded data")
    func add<E: DatasetElement>(_ type: E.Type) {
      origins.replacePlaces(
        kind: E.elementKind,
        with: elements(E.self).indices.map { ElementOrigins.Place(file: file, position: Int32($0)) })
    }
    for kind in ElementKind.allCases { add(kind.elementType) }
    return origins
  }

  /// The children of each organization (built on first use).
  var childOrganizations: [Organization.ID: [Organization.ID]] {
    caches.value(ChildIndex.self) {
      var children: [Organization.ID: [Organization.ID]] = [:]
      for organization in elements(Organization.self) {
        if let parent = organization.parent { children[parent, default: []].append(organization.id) }
      }
      return ChildIndex(map: children)
    }.map
  }

  /// The entities' folded names (built on first use).
  var nameIndex: NameIndex { caches.value(NameIndex.self) { NameIndex(self) } }
}

/// The identifier index, as a cache entry.
struct LocationIndex: Sendable { var map: [String: ElementLocation] }
/// The organizations' children, as a cache entry.
struct ChildIndex: Sendable { var map: [Organization.ID: [Organization.ID]] }

/// Where an element is stored: its collection and its position there.
struct ElementLocation: Hashable, Sendable {
  var kind: ElementKind
  var position: Int
}
