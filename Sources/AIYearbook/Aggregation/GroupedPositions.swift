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
  private var exclusions: [Int32: AggregateResult.Exclusion] = [:]

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
      exclusions = columns.exclusions(in: total.currency, using: total.rates) { position in
        if case .excluded = contribution.entry(position) { return true }
        return false
      }
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

  /// How many slots a table of every bucket of the years needs (0 when too many).
  private static func denseSlotCount(years: ClosedRange<Int>) -> Int {
    let count = years.count * 8 * 512
    return count <= 1 << 22 ? count : 0
  }

  /// A bucket's slot in a table of every bucket of the years; -1 when it has none.
  @inline(__always)
  private static func denseSlot(_ bucket: UInt32, years: ClosedRange<Int>?) -> Int {
    let date = PackedDate(rawValue: bucket)
    guard let years, years.contains(date.year), denseSlotCount(years: years) > 0 else { return -1 }
    return ((date.year - years.lowerBound) * 8 + date.precision.rawValue) * 512 + date.part * 32 + date.dayOfMonth
  }

  /// The values of one key for each matching record.
  private static func values(
    of key: GroupingKey<Element>, positions: [Int32], range: DateRange?, columns: RecordColumns<Element>
  ) -> KeyValues {
    var result = KeyValues()
    result.ids.reserveCapacity(positions.count)
    switch key.column {
    case .time(let precision):
      var ids: [UInt32: Int32] = [:]
      let small = Self.denseSlotCount(years: columns.years) <= Swift.max(1 << 16, positions.count * 4)
      let years = small ? columns.years : nil
      var denseIDs = [Int32](repeating: -1, count: years.map(Self.denseSlotCount(years:)) ?? 0)
      var nilID: Int32 = -1
      let from = range?.from
      let fromDay = from.map { DayNumber.of($0.firstDay) }
      let fromDate = from.flatMap { from in
        (try? PartialDate(year: from.firstDay.year, month: from.firstDay.month, day: from.firstDay.day))
          .map(PackedDate.init)
      }
      for position in positions {
        let index = Int(position)
        if columns.coarsestPrecision[index] == .max {
          if nilID < 0 {
            nilID = Int32(result.labels.count)
            result.labels.append(nil)
          }
          result.ids.append(nilID)
        } else {
          var start = PackedDate(rawValue: columns.start[index])
          if let from, let fromDay, columns.firstDay[index] < fromDay, let fromDate {
            start = fromDate.truncated(to: Swift.min(start.precision, from.precision))
          }
          let bucket = start.truncated(to: Swift.min(precision, start.precision)).rawValue
          let slot = Self.denseSlot(bucket, years: years)
          if slot >= 0, denseIDs[slot] >= 0 {
            result.ids.append(denseIDs[slot])
          } else if let id = ids[bucket] {
            result.ids.append(id)
          } else {
            let id = Int32(result.labels.count)
            ids[bucket] = id
            if slot >= 0 { denseIDs[slot] = id }
            result.labels.append(PackedDate(rawValue: bucket).partialDate?.description)
            result.ids.append(id)
          }
        }
      }
    case .field(let field):
      let column = columns.column(field)
      var local = [Int32](repeating: -1, count: column.values.count)
      var nilID: Int32 = -1
      // Labels rank as their column's values do; the nil group last.
      func ranked(_ result: KeyValues) -> KeyValues {
        var ranks = [Int32](repeating: .max, count: result.labels.count)
        for (value, label) in local.enumerated() where label >= 0 { ranks[Int(label)] = column.ranks[value] }
        var result = result
        result.ranks = ranks
        return result
      }
      if column.hasAtMostOneValue {
        // At most one value per record (none is the nil group): no rows to build.
        var ids = [Int32](repeating: 0, count: positions.count)
        column.offsets.withUnsafeBufferPointer { offsets in
          column.valueIDs.withUnsafeBufferPointer { values in
            for (slot, position) in positions.enumerated() {
              let start = Int(offsets[Int(position)])
              if start == Int(offsets[Int(position) + 1]) {
                if nilID < 0 {
                  nilID = Int32(result.labels.count)
                  result.labels.append(nil)
                }
                ids[slot] = nilID
                continue
              }
              let value = Int(values[start])
              if local[value] < 0 {
                local[value] = Int32(result.labels.count)
                result.labels.append(column.values[value])
              }
              ids[slot] = local[value]
            }
          }
        }
        result.ids = ids
        result.isSingle = true
        return ranked(result)
      }
      result.isSingle = false
      var ids: [Int32] = []
      ids.reserveCapacity(positions.count + positions.count / 8)
      var rowOffsets = [Int32](repeating: 0, count: positions.count + 1)
      column.offsets.withUnsafeBufferPointer { offsets in
        column.valueIDs.withUnsafeBufferPointer { values in
          rowOffsets.withUnsafeMutableBufferPointer { rowOffsets in
            for (slot, position) in positions.enumerated() {
              let start = Int(offsets[Int(position)])
              let end = Int(offsets[Int(position) + 1])
              let first = ids.count
              if start == end {
                if nilID < 0 {
                  nilID = Int32(result.labels.count)
                  result.labels.append(nil)
                }
                ids.append(nilID)
              }
              for valueSlot in start..<end {
                let value = Int(values[valueSlot])
                if local[value] < 0 {
                  local[value] = Int32(result.labels.count)
                  result.labels.append(column.values[value])
                }
                let id = local[value]
                // A value the record repeats counts once.
                if end - start == 1 || !ids[first...].contains(id) { ids.append(id) }
              }
              rowOffsets[slot + 1] = Int32(ids.count)
            }
          }
        }
      }
      result.ids = ids
      result.offsets = rowOffsets
      return ranked(result)
    case nil:
      result.isSingle = false
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
