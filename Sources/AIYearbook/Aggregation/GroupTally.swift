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
  private mutating func group(code: Int, combination: [Int32]) -> Int {
    if !dense.isEmpty {
      let known = dense[code]
      if known >= 0 { return Int(known) }
      dense[code] = Int32(counts.count)
    } else if let known = sparse[code] {
      return Int(known)
    } else {
      sparse[code] = Int32(counts.count)
    }
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
    return counts.count - 1
  }

  /// Adds the records at `positions`; `keyValues[k]` holds each record's value ids
  /// of key `k` (compressed rows aligned with `positions`).
  mutating func add(
    positions: [Int32], keyValues: [(offsets: [Int32], ids: [Int32])], contribution: Contribution?
  ) {
    let keyCount = keyValues.count
    let singleValued = keyValues.allSatisfy { key in
      key.ids.count == positions.count && key.offsets.indices.allSatisfy { key.offsets[$0] == Int32($0) }
    }
    if singleValued {
      addSingleValued(positions: positions, ids: keyValues.map(\.ids), contribution: contribution)
      return
    }
    var combination = [Int32](repeating: 0, count: keyCount)
    var cursor = [Int](repeating: 0, count: keyCount)
    for index in positions.indices {
      let position = positions[index]
      let entry = contribution?.entry(Int(position))
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
        let group = group(code: code, combination: combination)
        counts[group] += 1
        if keepsMembers { members[group].append(position) }
        switch entry {
        case .none: break
        case .some(.excluded): excluded[group].append(position)
        case .some(.included(let value, let isApproximate, let pair)):
          sums[group] += value
          summed[group] += 1
          if isApproximate { approximate[group] += 1 }
          if pair >= 0 { pairBits[group * wordsPerGroup + Int(pair) / 64] |= 1 << UInt64(pair % 64) }
        }
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
  }

  /// ``add(positions:keyValues:contribution:)`` when every record has exactly one value of each key.
  private mutating func addSingleValued(positions: [Int32], ids: [[Int32]], contribution: Contribution?) {
    var codes = [Int](repeating: 0, count: positions.count)
    for (key, values) in ids.enumerated() {
      let radix = radices[key]
      values.withUnsafeBufferPointer { values in
        codes.withUnsafeMutableBufferPointer { codes in
          for index in codes.indices { codes[index] = codes[index] * radix + Int(values[index]) }
        }
      }
    }
    var combination = [Int32](repeating: 0, count: ids.count)
    var groupOfIndex = [Int32](repeating: 0, count: positions.count)
    for index in positions.indices {
      let code = codes[index]
      if !dense.isEmpty, dense[code] >= 0 {
        groupOfIndex[index] = dense[code]
        continue
      }
      for key in ids.indices { combination[key] = ids[key][index] }
      groupOfIndex[index] = Int32(group(code: code, combination: combination))
    }
    for index in positions.indices {
      let group = Int(groupOfIndex[index])
      counts[group] += 1
      if keepsMembers { members[group].append(positions[index]) }
    }
    guard let contribution else { return }
    for index in positions.indices {
      let group = Int(groupOfIndex[index])
      let position = positions[index]
      switch contribution.entry(Int(position)) {
      case .excluded: excluded[group].append(position)
      case .included(let value, let isApproximate, let pair):
        sums[group] += value
        summed[group] += 1
        if isApproximate { approximate[group] += 1 }
        if pair >= 0 { pairBits[group * wordsPerGroup + Int(pair) / 64] |= 1 << UInt64(pair % 64) }
      }
    }
  }

  /// The pairs group `group` used a rate for, in the order `order` lists them.
  func pairsUsed(by group: Int, inOrder order: [Int]) -> [Int] {
    order.filter { pairBits[group * wordsPerGroup + $0 / 64] & (1 << UInt64($0 % 64)) != 0 }
  }
}
