/// Holds a yearbook's search index once built: the index is built on the
/// first search, not when the yearbook is loaded, and shared by every copy
/// of the yearbook and every thread.
final class SearchIndexCache: Sendable {
  private let storage = Lock<SearchIndex?>(nil)

  /// An empty cache.
  init() {}

  /// The cached index, built with `build` the first time.
  func index(building build: () -> SearchIndex) -> SearchIndex {
    storage.withLock { cached in
      if let cached { return cached }
      let built = build()
      cached = built
      return built
    }
  }
}
