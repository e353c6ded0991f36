/// The groups of a query's matching records, computed over the kind's columns:
/// each group's key labels, count and positions, and on request its total.
///
/// Records are visited in the query's order, so each group's records, exclusions
/// and running sum come out in the same order as grouping the records one by one.
struct GroupedPositions<Element: Record> {
  /// Each group's label for each key (`nil` for the group of records without a value).
  var labels: [[String?]] = []
  /// The groups in key order (``RecordQuery/sortedGroupKeys(_:)``), as indexes.
  var order: [Int] = []
  /// Each group's record count.
  var counts: [Int] = []
  /// Each group's record positions, when asked for.
  var members: [[Int32]] = []
  /// The counts, sums and rate bits behind each group's total.
  private var tally: GroupTally
  /// How each record enters the total, when a currency was given.
  private var contribution: Contribution?
  /// Why each left-out record is left out, by position (when a currency was given).
  private var exclusions = RecordColumns<Element>.ExclusionTable(index: [], list: [])

  /// One key's values for each matching record, as small integers with their labels.
  private struct KeyValues {
    var labels: [String?] = []
    /// Where each matching record's values start in `ids`; one more entry than records.
    var offsets: [Int32] = [0]
    var ids: [Int32] = []
    var isSingle = true
    /// Each label's rank in key order, when the column ranks its values (``FieldColumn/ranks``).
    var ranks: [Int32]?
  }

  init(
    positions: [Int32], keys: [GroupingKey<Element>], range: DateRange?, columns: RecordColumns<Element>,
    total: (currency: Currency, rates: ExchangeRates)?, keepingMembers: Bool
  ) {
    let keyValues = keys.map { Self.values(of: $0, positions: positions, range: range, columns: columns) }
    var contribution: Contribution?
    if let total { contribution = Contribution(columns: columns, currency: total.currency, rates: total.rates) }
    var tally = GroupTally(
      radices: keyValues.map { Swift.max(1, $0.labels.count) }, pairCount: contribution?.factors.count ?? 0,
      totals: contribution != nil, keepingMembers: keepingMembers, recordCount: positions.count)
    tally.add(
      positions: positions, keyValues: keyValues.map { ($0.isSingle ? nil : $0.offsets, $0.ids) },
      contribution: contribution)
    let groupCodes = tally.combinations
    // Each key's labels ranked once; groups then sort by their ranks, key after key.
    let ranks = keyValues.map { values in
      if let ranks = values.ranks { return ranks }
      var rank = [Int32](repeating: 0, count: values.labels.count)
      for (position, label) in GroupKeyOrder.sorted(values.labels.map { [$0] }).enumerated() {
        rank[label] = Int32(position)
      }
      return rank
    }
    if ranks.count == 1 {
      let rank = ranks[0]
      let keyRanks = groupCodes.map { rank[Int($0[0])] }
      order = groupCodes.indices.sorted { keyRanks[$0] < keyRanks[$1] }
    } else {
      let rankedCodes = groupCodes.map { codes in codes.enumerated().map { ranks[$0.offset][Int($0.element)] } }
      order = groupCodes.indices.sorted { rankedCodes[$0].lexicographicallyPrecedes(rankedCodes[$1]) }
    }
    counts = tally.counts
    members = tally.members
    labels = groupCodes.map { codes in codes.enumerated().map { keyValues[$0.offset].labels[Int($0.element)] } }
    self.tally = tally
    self.contribution = contribution
    if let contribution, let total {
      exclusions = columns.exclusions(in: total.currency, using: total.rates, leavingOut: contribution.isLeftOut)
    }
  }

  /// The number of groups.
  var count: Int { counts.count }

  /// The sum a group's total ranks by: `nil` when the group sums nothing or no currency was given.
  func rankingValue(of group: Int) -> Double? {
    guard contribution != nil, tally.summed[group] > 0 else { return nil }
    return tally.sums[group]
  }

  /// A group's total with its exclusions and rates, built on demand (only the groups a
  /// caller returns pay for their lists); `nil` when no currency was given.
  func total(of group: Int) -> AggregateResult? {
    guard let contribution else { return nil }
    return AggregateResult(
      value: tally.summed[group] == 0 ? nil : tally.sums[group], unit: contribution.currency.rawValue,
      count: tally.summed[group], approximateCount: tally.approximate[group],
      excluded: tally.excluded[group].compactMap { exclusions[$0] },
      ratesUsed: tally.pairsUsed(by: group, inOrder: contribution.pairOrder).map { contribution.rateUses[$0] })
  }

  /// Labels rank as their column's values do; the nil group last.
  private static func ranked(_ result: KeyValues, local: [Int32], column: FieldColumn) -> KeyValues {
    var ranks = [Int32](repeating: .max, count: result.labels.count)
    for (value, label) in local.enumerated() where label >= 0 { ranks[Int(label)] = column.ranks[value] }
    var result = result
    result.ranks = ranks
    return result
  }

  /// The values of a column with at most one value per record, as small integers numbered
  /// in order of first appearance; `override` gives the label of a record that does not take
  /// its column's value (`.some(nil)`: the nil group).
  private static func singleValued(
    _ column: FieldColumn, positions: [Int32], override: ((Int) -> String??)? = nil
  ) -> KeyValues {
    var result = KeyValues()
    var local = [Int32](repeating: -1, count: column.values.count)
    var nilID: Int32 = -1
    var overridden: [String: Int32] = [:]
    let count = positions.count
    let ids = [Int32](unsafeUninitializedCapacity: count) { ids, initialized in
      column.offsets.withUnsafeBufferPointer { offsets in
        column.valueIDs.withUnsafeBufferPointer { values in
          local.withUnsafeMutableBufferPointer { local in
            positions.withUnsafeBufferPointer { positions in
              for slot in 0..<count {
                let position = Int(positions[slot])
                var value = -1
                if let override, let label = override(position) {
                  if let label, let known = column.ids[label] {
                    value = Int(known)
                  } else if let label {
                    // A bucket no record of the column has.
                    if let known = overridden[label] {
                      ids[slot] = known
                    } else {
                      let id = Int32(result.labels.count)
                      overridden[label] = id
                      result.labels.append(label)
                      ids[slot] = id
                    }
                    continue
                  }
                } else {
                  let start = Int(offsets[position])
                  if start != Int(offsets[position + 1]) { value = Int(values[start]) }
                }
                if value < 0 {
                  if nilID < 0 {
                    nilID = Int32(result.labels.count)
                    result.labels.append(nil)
                  }
                  ids[slot] = nilID
                  continue
                }
                var id = local[value]
                if id < 0 {
                  id = Int32(result.labels.count)
                  local[value] = id
                  result.labels.append(column.values[value])
                }
                ids[slot] = id
              }
            }
          }
        }
      }
      initialized = count
    }
    result.ids = ids
    result.isSingle = true
    // Labels the column lacks have no rank there: all of them are then ranked by label.
    return overridden.isEmpty ? ranked(result, local: local, column: column) : result
  }

  /// The values of one key for each matching record.
  private static func values(
    of key: GroupingKey<Element>, positions: [Int32], range: DateRange?, columns: RecordColumns<Element>
  ) -> KeyValues {
    var result = KeyValues()
    switch key.column {
    case .time(let precision):
      // A date range's start clamps the records that begin before it (DESIGN §6): those few are
      // bucketed here; every other record's bucket is read from the column.
      guard let from = range?.from else {
        return singleValued(columns.buckets(precision), positions: positions)
      }
      let fromDay = DayNumber.of(from.firstDay)
      let fromDate = (try? PartialDate(year: from.firstDay.year, month: from.firstDay.month, day: from.firstDay.day))
        .map(PackedDate.init)
      return singleValued(columns.buckets(precision), positions: positions) { index in
        guard columns.coarsestPrecision[index] != .max, columns.firstDay[index] < fromDay, let fromDate else {
          return nil
        }
        let start = PackedDate(rawValue: columns.start[index])
        let clamped = fromDate.truncated(to: Swift.min(start.precision, from.precision))
        return .some(clamped.truncated(to: Swift.min(precision, clamped.precision)).partialDate?.description)
      }
    case .field(let field):
      let column = columns.column(field)
      if column.hasAtMostOneValue {
        // At most one value per record (none is the nil group): no rows to build.
        return singleValued(column, positions: positions)
      }
      var local = [Int32](repeating: -1, count: column.values.count)
      var nilID: Int32 = -1
      result.isSingle = false
      let count = positions.count
      var rowOffsets = [Int32](repeating: 0, count: count + 1)
      // Each record gives at most max(1, its value count) ids.
      var capacity = 0
      column.offsets.withUnsafeBufferPointer { offsets in
        for position in positions {
          capacity += Swift.max(1, Int(offsets[Int(position) + 1] - offsets[Int(position)]))
        }
      }
      let ids = [Int32](unsafeUninitializedCapacity: capacity) { ids, initialized in
        var written = 0
        column.offsets.withUnsafeBufferPointer { offsets in
          column.valueIDs.withUnsafeBufferPointer { values in
            local.withUnsafeMutableBufferPointer { local in
              rowOffsets.withUnsafeMutableBufferPointer { rowOffsets in
                positions.withUnsafeBufferPointer { positions in
                  for slot in 0..<count {
                    let position = Int(positions[slot])
                    let start = Int(offsets[position])
                    let end = Int(offsets[position + 1])
                    let first = written
                    if start == end {
                      if nilID < 0 {
                        nilID = Int32(result.labels.count)
                        result.labels.append(nil)
                      }
                      ids[written] = nilID
                      written += 1
                    }
                    for valueSlot in start..<end {
                      let value = Int(values[valueSlot])
                      var id = local[value]
                      if id < 0 {
                        id = Int32(result.labels.count)
                        local[value] = id
                        result.labels.append(column.values[value])
                      }
                      // A value the record repeats counts once.
                      if end - start > 1, ids[first..<written].contains(id) { continue }
                      ids[written] = id
                      written += 1
                    }
                    rowOffsets[slot + 1] = Int32(written)
                  }
                }
              }
            }
          }
        }
        initialized = written
      }
      result.ids = ids
      result.offsets = rowOffsets
      return ranked(result, local: local, column: column)
    case nil:
      result.isSingle = false
      result.ids.reserveCapacity(positions.count)
      var ids: [String?: Int32] = [:]
      let records = columns.records
      for position in positions {
        var seen: Set<String?> = []
        for value in key.values(records[Int(position)], range) where seen.insert(value).inserted {
          if let id = ids[value] {
            result.ids.append(id)
          } else {
            let id = Int32(result.labels.count)
            ids[value] = id
            result.labels.append(value)
            result.ids.append(id)
          }
        }
        result.offsets.append(Int32(result.ids.count))
      }
    }
    return result
  }
}
