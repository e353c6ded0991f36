/// The groups of a query's matching records, computed over the kind's columns:
/// each group's key labels, count and positions, and on request its total.
///
/// Records are visited in the query's order, so each group's records, exclusions
/// and running sum come out in the same order as grouping the records one by one.
struct GroupedPositions<Element: Record> {
  /// Each group's label for each key (`nil` for the group of records without a value).
  var labels: [[String?]] = []
  /// Each group's record count.
  var counts: [Int] = []
  /// Each group's record positions, when asked for.
  var members: [[Int32]] = []
  /// Each group's total, when a currency was given.
  var totals: [AggregateResult] = []

  /// One key's values for each matching record, as small integers with their labels.
  private struct KeyValues {
    var labels: [String?] = []
    /// Where each matching record's values start in `ids`; one more entry than records.
    var offsets: [Int32] = [0]
    var ids: [Int32] = []
    var isSingle = true
  }

  init(
    positions: [Int32], keys: [GroupingKey<Element>], range: DateRange?, columns: RecordColumns<Element>,
    total: (currency: Currency, rates: ExchangeRates)?, keepingMembers: Bool
  ) {
    let keyValues = keys.map { Self.values(of: $0, positions: positions, range: range, columns: columns) }
    let radices = keyValues.map { Swift.max(1, $0.labels.count) }
    let product = radices.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? .max : $0 * $1 }
    var dense = product <= 1 << 22 ? [Int32](repeating: -1, count: product) : []
    var sparse: [Int: Int32] = [:]
    var groupCodes: [[Int32]] = []

    var contribution: Contribution?
    if let total { contribution = Contribution(columns: columns, currency: total.currency, rates: total.rates) }
    var sums: [Double] = []
    var summed: [Int] = []
    var approximate: [Int] = []
    var excluded: [[Int32]] = []
    var usedPairs: [Set<Int32>] = []

    var combination = [Int32](repeating: 0, count: keys.count)
    for (index, position) in positions.enumerated() {
      let entry = contribution?.entry(Int(position))
      // Every combination of the record's values of each key (one value per key is the common case).
      func visit(_ depth: Int, _ code: Int) {
        if depth == keyValues.count {
          let group: Int
          if !dense.isEmpty {
            if dense[code] < 0 { dense[code] = Int32(groupCodes.count) }
            group = Int(dense[code])
          } else if let known = sparse[code] {
            group = Int(known)
          } else {
            group = groupCodes.count
            sparse[code] = Int32(group)
          }
          if group == groupCodes.count {
            groupCodes.append(combination)
            counts.append(0)
            if keepingMembers { members.append([]) }
            if contribution != nil {
              sums.append(0)
              summed.append(0)
              approximate.append(0)
              excluded.append([])
              usedPairs.append([])
            }
          }
          counts[group] += 1
          if keepingMembers { members[group].append(position) }
          switch entry {
          case .none: break
          case .some(.excluded): excluded[group].append(position)
          case .some(.included(let value, let isApproximate, let pair)):
            sums[group] += value
            summed[group] += 1
            if isApproximate { approximate[group] += 1 }
            if pair >= 0 { usedPairs[group].insert(pair) }
          }
          return
        }
        let values = keyValues[depth]
        let start = Int(values.offsets[index])
        let end = Int(values.offsets[index + 1])
        for slot in start..<end {
          let id = values.ids[slot]
          combination[depth] = id
          visit(depth + 1, code * radices[depth] + Int(id))
        }
      }
      visit(0, 0)
    }
    labels = groupCodes.map { codes in codes.enumerated().map { keyValues[$0.offset].labels[Int($0.element)] } }
    if let contribution, let total {
      let records = columns.records
      totals = (0..<groupCodes.count).map { group in
        AggregateResult(
          value: summed[group] == 0 ? nil : sums[group], unit: total.currency.rawValue, count: summed[group],
          approximateCount: approximate[group],
          excluded: excluded[group].compactMap {
            RecordQuery<Element>.exclusion(records[Int($0)], in: total.currency, using: total.rates)
          },
          ratesUsed: usedPairs[group].map { contribution.rateUse(ofPair: Int($0)) }
            .sorted { ($0.from, $0.year) < ($1.from, $1.year) })
      }
    }
  }

  /// The values of one key for each matching record.
  private static func values(
    of key: GroupingKey<Element>, positions: [Int32], range: DateRange?, columns: RecordColumns<Element>
  ) -> KeyValues {
    var result = KeyValues()
    result.offsets.reserveCapacity(positions.count + 1)
    result.ids.reserveCapacity(positions.count)
    switch key.column {
    case .time(let precision):
      var ids: [UInt32: Int32] = [:]
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
          if let id = ids[bucket] {
            result.ids.append(id)
          } else {
            let id = Int32(result.labels.count)
            ids[bucket] = id
            result.labels.append(PackedDate(rawValue: bucket).partialDate?.description)
            result.ids.append(id)
          }
        }
        result.offsets.append(Int32(result.ids.count))
      }
    case .field(let field):
      let column = columns.column(field)
      var local = [Int32](repeating: -1, count: column.values.count)
      var nilID: Int32 = -1
      for position in positions {
        let index = Int(position)
        let start = Int(column.offsets[index])
        let end = Int(column.offsets[index + 1])
        let first = result.ids.count
        if start == end {
          if nilID < 0 {
            nilID = Int32(result.labels.count)
            result.labels.append(nil)
          }
          result.ids.append(nilID)
        }
        for slot in start..<end {
          let value = Int(column.valueIDs[slot])
          if local[value] < 0 {
            local[value] = Int32(result.labels.count)
            result.labels.append(column.values[value])
          }
          let id = local[value]
          if !result.ids[first...].contains(id) { result.ids.append(id) }
        }
        result.offsets.append(Int32(result.ids.count))
      }
    case nil:
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

/// How each record's amount enters a total in one currency, from the money columns.
struct Contribution {
  enum Entry {
    /// Added: the amount in the target currency, whether approximate, the rate pair used (-1: none).
    case included(Double, Bool, Int32)
    /// Left out; the reason is read from the record.
    case excluded
  }

  let money: MoneyColumns
  let target: Int32
  let factors: [Double?]
  let currency: Currency
  let rates: ExchangeRates

  init<Element: Record>(columns: RecordColumns<Element>, currency: Currency, rates: ExchangeRates) {
    money = columns.money
    target = money.currencies.firstIndex(of: currency).map(Int32.init) ?? -1
    factors = money.factors(to: currency, using: rates)
    self.currency = currency
    self.rates = rates
  }

  @inline(__always)
  func entry(_ position: Int) -> Entry {
    guard money.status[position] == .amount else { return .excluded }
    let amount = money.amount[position]
    if money.currency[position] == target { return .included(amount, money.isApproximate[position], -1) }
    let pair = money.pair[position]
    guard pair >= 0, let factor = factors[Int(pair)] else { return .excluded }
    return .included(amount * factor, money.isApproximate[position], pair)
  }

  func rateUse(ofPair pair: Int) -> AggregateResult.RateUse {
    let (currencyID, year) = money.pairs[pair]
    return .init(
      from: money.currencies[Int(currencyID)].rawValue, to: currency.rawValue, year: year, factor: factors[pair] ?? 1,
      table: rates.name)
  }
}
