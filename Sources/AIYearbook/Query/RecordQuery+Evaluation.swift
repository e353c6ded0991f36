extension RecordQuery {
  /// The storage positions of the matching records: in identifier order, or in
  /// storage order when `ordered` is false (for counting).
  ///
  /// Filters stored as data run over the kind's columns; text filters and
  /// closures run on the records that pass the rest.
  func matchingPositions(inIdentifierOrder ordered: Bool = true) -> [Int32] {
    let columns = yearbook.columns(Element.self)
    if filters.isEmpty && predicates.isEmpty {
      return ordered ? columns.identifierOrder : Array(0..<Int32(columns.records.count))
    }
    let compiled = filters.map { ColumnFilter($0, columns: columns) }
    let columnFilters = compiled.filter { !$0.needsRecord }
    let recordFilters = filters.filter { if case .text = $0 { true } else { false } }
    let predicates = predicates
    let records = columns.records
    var result: [Int32] = []
    func consider(_ position: Int32) {
      let index = Int(position)
      for filter in columnFilters where !filter.matches(index, columns) { return }
      if !recordFilters.isEmpty || !predicates.isEmpty {
        let record = records[index]
        for filter in recordFilters where !filter.matches(record, in: yearbook) { return }
        for predicate in predicates where !predicate(record) { return }
      }
      result.append(position)
    }
    if ordered {
      for position in columns.identifierOrder { consider(position) }
    } else {
      for position in 0..<Int32(records.count) { consider(position) }
    }
    return result
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
