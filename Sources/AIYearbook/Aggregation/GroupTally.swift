/// Counts, sums and members of groups, filled record by record from small
/// integers: each record's value ids per key and its contribution to a total.
///
/// Not generic over the record type, so the loop over a million records runs
/// without metadata lookups or closures.
struct GroupTally {
  /// The number of values of each key (the radix of the key in a group's code).
  let radices: [Int]
  /// Whether sums, exclusions and rates are kept.
  let keepsTotals: Bool
  /// Whether each group's positions are kept.
  let keepsMembers: Bool
  /// How many (currency, year) pairs a rate can be used for.
  let pairCount: Int
  private let wordsPerGroup: Int
  private var dense: [Int32]
  private var sparse: [Int: Int32] = [:]

  /// Each group's value id per key.
  private(set) var combinations: [[Int32]] = []
  private(set) var counts: [Int] = []
  private(set) var members: [[Int32]] = []
  private(set) var sums: [Double] = []
  private(set) var summed: [Int] = []
  private(set) var approximate: [Int] = []
  private(set) var excluded: [[Int32]] = []
  /// Each group's used pairs, as a bit set of `wordsPerGroup` words.
  private var pairBits: [UInt64] = []

  init(radices: [Int], pairCount: Int, totals: Bool, keepingMembers: Bool, recordCount: Int) {
    self.radices = radices
    self.pairCount = pairCount
    keepsTotals = totals
    keepsMembers = keepingMembers
    wordsPerGroup = (pairCount + 63) / 64
    var product = 1
    for radix in radices {
      let (next, overflow) = product.multipliedReportingOverflow(by: radix)
      product = overflow ? .max : next
    }
    // A table of every code when it is small beside the records; a dictionary otherwise.
    dense =
      product <= Swift.min(1 << 22, Swift.max(1 << 12, recordCount * 4)) ? [Int32](repeating: -1, count: product) : []
  }

  /// The group of a code, created on first use.
  private mutating func group(code: Int, combination: @autoclosure () -> [Int32]) -> Int {
    if !dense.isEmpty {
      let known = dense[code]
      if known >= 0 { return Int(known) }
      dense[code] = Int32(counts.count)
    } else if let known = sparse[code] {
      return Int(known)
    } else {
      sparse[code] = Int32(counts.count)
    }
    register(combination: combination())
    return counts.count - 1
  }

  /// Adds the records at `positions`; `keyValues[k]` holds each record's value ids
  /// of key `k` (compressed rows aligned with `positions`; no rows when each record has one value).
  mutating func add(
    positions: [Int32], keyValues given: [(offsets: [Int32]?, ids: [Int32])], contribution: Contribution?
  ) {
    let keyCount = given.count
    let singleValued = given.allSatisfy { key in
      key.offsets.map { offsets in
        key.ids.count == positions.count && offsets.indices.allSatisfy { offsets[$0] == Int32($0) }
      } ?? true
    }
    if singleValued {
      addSingleValued(positions: positions, ids: given.map(\.ids), contribution: contribution)
      return
    }
    if keyCount == 1, let offsets = given[0].offsets {
      // One key: its value ids are the groups. They are numbered from 0 in order of first appearance
      // (``GroupedPositions``), so every id below the largest appears and names its own group.
      let ids = given[0].ids
      let groupCount = ids.isEmpty ? 0 : Int(ids.max() ?? 0) + 1
      for value in 0..<groupCount { register(combination: [Int32(value)]) }
      tally(positions: positions, groupOffsets: offsets, groups: ids, contribution: contribution)
      return
    }
    let keyValues = given.map { key in (offsets: key.offsets ?? (0...Int32(positions.count)).map(\.self), ids: key.ids)
    }
    // Each record's groups, as compressed rows: one group per combination of its values.
    var groupOffsets: [Int32] = [0]
    groupOffsets.reserveCapacity(positions.count + 1)
    var groupIDs: [Int32] = []
    groupIDs.reserveCapacity(positions.count)
    var combination = [Int32](repeating: 0, count: keyCount)
    var cursor = [Int](repeating: 0, count: keyCount)
    for index in positions.indices {
      defer { groupOffsets.append(Int32(groupIDs.count)) }
      // Odometer over the record's values of each key: one combination per choice of a value per key.
      var empty = false
      for key in 0..<keyCount {
        cursor[key] = Int(keyValues[key].offsets[index])
        if cursor[key] == Int(keyValues[key].offsets[index + 1]) { empty = true }
      }
      if empty { continue }
      while true {
        var code = 0
        for key in 0..<keyCount {
          let id = keyValues[key].ids[cursor[key]]
          combination[key] = id
          code = code * radices[key] + Int(id)
        }
        groupIDs.append(Int32(group(code: code, combination: combination)))
        // Next combination: advance the last key, carrying into earlier ones.
        var key = keyCount - 1
        while key >= 0 {
          cursor[key] += 1
          if cursor[key] < Int(keyValues[key].offsets[index + 1]) { break }
          cursor[key] = Int(keyValues[key].offsets[index])
          key -= 1
        }
        if key < 0 { break }
      }
    }
    tally(positions: positions, groupOffsets: groupOffsets, groups: groupIDs, contribution: contribution)
  }

  /// ``add(positions:keyValues:contribution:)`` when every record has exactly one value of each key:
  /// a code per record, a group per code, then counts and sums in tight loops over buffers.
  private mutating func addSingleValued(positions: [Int32], ids: [[Int32]], contribution: Contribution?) {
    let count = positions.count
    var codes = [Int](repeating: 0, count: count)
    for (key, values) in ids.enumerated() {
      let radix = radices[key]
      values.withUnsafeBufferPointer { values in
        codes.withUnsafeMutableBufferPointer { codes in
          for index in codes.indices { codes[index] = codes[index] * radix + Int(values[index]) }
        }
      }
    }
    // The group of each record; groups met for the first time are registered afterwards, in order.
    var groupOfIndex = [Int32](repeating: 0, count: count)
    var firstSeen: [Int] = []
    let base = counts.count
    var table = dense
    dense = []
    if !table.isEmpty {
      table.withUnsafeMutableBufferPointer { table in
        codes.withUnsafeBufferPointer { codes in
          groupOfIndex.withUnsafeMutableBufferPointer { groups in
            for index in 0..<count {
              let code = codes[index]
              var group = table[code]
              if group < 0 {
                group = Int32(base + firstSeen.count)
                table[code] = group
                firstSeen.append(index)
              }
              groups[index] = group
            }
          }
        }
      }
    } else {
      for index in 0..<count {
        let code = codes[index]
        if let known = sparse[code] {
          groupOfIndex[index] = known
        } else {
          let group = Int32(base + firstSeen.count)
          sparse[code] = group
          firstSeen.append(index)
          groupOfIndex[index] = group
        }
      }
    }
    dense = table
    for index in firstSeen { register(combination: ids.map { $0[index] }) }
    tally(positions: positions, groupOffsets: nil, groups: groupOfIndex, contribution: contribution)
  }

  /// Counts, members and totals of each record's groups, record after record (so each group's sum
  /// adds its amounts in the query's order); `groupOffsets` `nil` means one group per record.
  private mutating func tally(
    positions: [Int32], groupOffsets: [Int32]?, groups groupIDs: [Int32], contribution: Contribution?
  ) {
    let count = positions.count
    func groupRange(_ index: Int) -> Range<Int> {
      guard let groupOffsets else { return index..<(index + 1) }
      return Int(groupOffsets[index])..<Int(groupOffsets[index + 1])
    }
    counts.withUnsafeMutableBufferPointer { counts in
      for group in groupIDs { counts[Int(group)] += 1 }
    }
    if keepsMembers {
      for index in 0..<count {
        for slot in groupRange(index) { members[Int(groupIDs[slot])].append(positions[index]) }
      }
    }
    guard let contribution else { return }
    let converted = contribution.converted
    let approximateFlags = contribution.money.isApproximate
    var excludedHere: [(group: Int32, position: Int32)] = []
    let words = wordsPerGroup
    let rows = groupOffsets ?? []
    let hasRows = groupOffsets != nil
    withBuffers(
      sums: &sums, summed: &summed, approximate: &approximate, bits: &pairBits, values: converted.value,
      pairs: converted.pair, approximateFlags: approximateFlags, rows: rows, groups: groupIDs, positions: positions
    ) { sums, summed, approximate, bits, values, pairs, approximateFlags, rows, groupIDs, positions in
      @inline(__always) func add(_ position: Int, to group: Int) {
        let pair = Int(pairs[position])
        if pair == Int(MoneyColumns.Converted.leftOut) {
          excludedHere.append((Int32(truncatingIfNeeded: group), Int32(truncatingIfNeeded: position)))
          return
        }
        if pair >= 0 { bits[group &* words &+ (pair &>> 6)] |= 1 &<< UInt64(pair & 63) }
        sums[group] += values[position]
        summed[group] &+= 1
        if approximateFlags[position] { approximate[group] &+= 1 }
      }
      if hasRows {
        for index in 0..<count {
          let position = Int(positions[index])
          for slot in Int(rows[index])..<Int(rows[index + 1]) { add(position, to: Int(groupIDs[slot])) }
        }
      } else {
        for index in 0..<count { add(Int(positions[index]), to: Int(groupIDs[index])) }
      }
    }
    for entry in excludedHere { excluded[Int(entry.group)].append(entry.position) }
  }

  /// Runs `body` over unsafe buffers of the arrays a tally reads and writes.
  private func withBuffers(
    sums: inout [Double], summed: inout [Int], approximate: inout [Int], bits: inout [UInt64], values: [Double],
    pairs: [Int32], approximateFlags: [Bool], rows: [Int32], groups: [Int32], positions: [Int32],
    _ body: (
      UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Int>, UnsafeMutableBufferPointer<Int>,
      UnsafeMutableBufferPointer<UInt64>, UnsafeBufferPointer<Double>, UnsafeBufferPointer<Int32>,
      UnsafeBufferPointer<Bool>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>
    ) -> Void
  ) {
    sums.withUnsafeMutableBufferPointer { sums in
      summed.withUnsafeMutableBufferPointer { summed in
        approximate.withUnsafeMutableBufferPointer { approximate in
          bits.withUnsafeMutableBufferPointer { bits in
            values.withUnsafeBufferPointer { values in
              pairs.withUnsafeBufferPointer { pairs in
                approximateFlags.withUnsafeBufferPointer { approximateFlags in
                  rows.withUnsafeBufferPointer { rows in
                    groups.withUnsafeBufferPointer { groups in
                      positions.withUnsafeBufferPointer { positions in
                        body(
                          sums, summed, approximate, bits, values, pairs, approximateFlags, rows, groups, positions)
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Adds the bookkeeping of a new group.
  private mutating func register(combination: [Int32]) {
    combinations.append(combination)
    counts.append(0)
    if keepsMembers { members.append([]) }
    if keepsTotals {
      sums.append(0)
      summed.append(0)
      approximate.append(0)
      excluded.append([])
      pairBits.append(contentsOf: repeatElement(0, count: wordsPerGroup))
    }
  }

  /// The pairs group `group` used a rate for, in the order `order` lists them.
  func pairsUsed(by group: Int, inOrder order: [Int]) -> [Int] {
    order.filter { pairBits[group * wordsPerGroup + $0 / 64] & (1 << UInt64($0 % 64)) != 0 }
  }
}
