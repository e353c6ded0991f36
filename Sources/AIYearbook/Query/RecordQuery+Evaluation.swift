extension RecordQuery {
  /// The storage positions of the matching records: in identifier order, or in
  /// storage order when `ordered` is false (for counting).
  ///
  /// Filters stored as data run over the kind's columns; text filters and
  /// closures run on the records that pass the rest.
  func matchingPositions(inIdentifierOrder ordered: Bool = true) -> [Int32] {
    let columns = yearbook.columns(Element.self)
    if filters.isEmpty && predicates.isEmpty {
      return ordered ? columns.identifierOrder : columns.storageOrder
    }
    let compiled = filters.map { ColumnFilter($0, columns: columns) }
    // The filters on columns first, each over what the ones before kept, then text and closures.
    var positions = ordered ? columns.identifierOrder : columns.storageOrder
    for filter in compiled where !filter.needsRecord {
      positions = ColumnScan.apply(
        filter, to: positions, firstDay: columns.firstDay, lastDay: columns.lastDay,
        precision: columns.coarsestPrecision)
    }
    // Text filters from the search index (one mask per filter); record by record only if it cannot answer.
    var recordFilters: [RecordFilter] = []
    for filter in filters {
      guard case .text(let text) = filter else { continue }
      if let mask = yearbook.textMatches(text, in: Element.self), mask.count == columns.records.count {
        positions = positions.filter { mask[Int($0)] }
      } else {
        recordFilters.append(filter)
      }
    }
    guard !recordFilters.isEmpty || !predicates.isEmpty else { return positions }
    let records = columns.records
    return positions.filter { position in
      let record = records[Int(position)]
      return recordFilters.allSatisfy { $0.matches(record, in: yearbook) } && predicates.allSatisfy { $0(record) }
    }
  }

  /// The matching positions in the query's order (its ordering, ties by identifier).
  func orderedPositions() -> [Int32] {
    let positions = matchingPositions()
    guard let ordering else { return positions }
    let records = yearbook.columns(Element.self).records
    let keyed = positions.enumerated().map {
      (rank: $0.offset, position: $0.element, key: ordering.key(records[Int($0.element)]))
    }
    return keyed.sorted { lhs, rhs in
      switch ordering.compare(lhs.key, rhs.key) {
      case .some(let ascending): ascending
      case nil: lhs.rank < rhs.rank
      }
    }.map(\.position)
  }

  /// The records at `positions`.
  func records(at positions: some Sequence<Int32>) -> [Element] {
    let records = yearbook.columns(Element.self).records
    return positions.map { records[Int($0)] }
  }
}
