import AIYearbookCore

/// The order groups are listed in: by key, component by component.
enum GroupKeyOrder {

  /// The order of group keys ascending, component by component (time buckets
  /// chronologically, coarser before finer, `nil` last), as indexes into `keys`.
  static func sorted(_ keys: [[String?]]) -> [Int] {
    let dates = keys.map { key in key.map { $0.flatMap(date(ofGroupLabel:)) } }
    return keys.indices.sorted { lhsIndex, rhsIndex in
      let lhs = keys[lhsIndex]
      let rhs = keys[rhsIndex]
      for index in lhs.indices where index < rhs.indices.upperBound {
        switch (lhs[index], rhs[index]) {
        case (nil, nil): continue
        case (nil, _): return false
        case (_, nil): return true
        case (let left?, let right?):
          if left == right { continue }
          if let leftDate = dates[lhsIndex][index], let rightDate = dates[rhsIndex][index], leftDate != rightDate {
            return leftDate < rightDate
          }
          return left < right
        }
      }
      return false
    }
  }

  /// The date a group label names (`2025-Q3`), or `nil`; labels that do not start
  /// with four digits are no date and skip the parser.
  static func date(ofGroupLabel label: String) -> PartialDate? {
    var digits = 0
    for byte in label.utf8.prefix(4) where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digits += 1 }
    return digits == 4 ? PartialDate(label) : nil
  }
}
