import AIYearbook

/// Today's small-data workloads on the embedded data, warm (after ``Yearbook/embedded()``
/// and a first search); the same workloads are in reference/reference.py.
enum SmallWorkloads {
  static let searchTerms = ["age", "unicorn", "人工智能"]

  /// filter: events dated during December 2025.
  static func filter(_ yearbook: Yearbook) throws -> [Row] {
    [Row(key: "events during 2025-12", count: try yearbook.events.during("2025-12").count(), total: 0)]
  }

  /// group: events by quarter (coarser dates keep their own group).
  static func group(_ yearbook: Yearbook) -> [Row] {
    yearbook.events.grouped(by: .quarter).map(Row.init).byKey
  }

  /// count: events tagged `agents`.
  static func count(_ yearbook: Yearbook) -> [Row] {
    [Row(key: "events tagged agents", count: yearbook.events.filter(tag: .agents).count(), total: 0)]
  }

  /// search: the ranked results for a term (their number; the ranking is the library's own).
  static func search(_ yearbook: Yearbook, _ term: String) -> [Row] {
    [Row(key: term, count: yearbook.search(term).count, total: 0)]
  }

  /// The timed workloads, by name.
  static var timed: [(name: String, run: (Yearbook) throws -> [Row])] {
    [("filter", filter), ("group", group), ("count", count)]
      + searchTerms.map { term in ("search-\(term)", { search($0, term) }) }
  }
}
