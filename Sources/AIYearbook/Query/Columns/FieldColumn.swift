/// The values of one field for every record, interned: each distinct string gets
/// an integer, and each record lists its integers (compressed rows).
struct FieldColumn: Sendable {
  /// The distinct values, by their integer.
  let values: [String]
  /// Each value's integer.
  let ids: [String: Int32]
  /// Where each record's values start in ``valueIDs``; one more entry than records.
  let offsets: [Int32]
  /// The records' values, record after record, in the order the record lists them.
  let valueIDs: [Int32]
  /// Whether no record has more than one value.
  let hasAtMostOneValue: Bool
  /// Each value's place in group-key order (``RecordQuery/sortedGroupKeys(_:)``), by its integer:
  /// groups over this column sort by these ranks instead of comparing their labels.
  let ranks: [Int32]

  init<Lists: Sequence>(_ lists: Lists) where Lists.Element == [String] {
    var values: [String] = []
    var ids: [String: Int32] = [:]
    var offsets: [Int32] = [0]
    var valueIDs: [Int32] = []
    for list in lists {
      for value in list {
        if let id = ids[value] {
          valueIDs.append(id)
        } else {
          let id = Int32(values.count)
          ids[value] = id
          values.append(value)
          valueIDs.append(id)
        }
      }
      offsets.append(Int32(valueIDs.count))
    }
    self.values = values
    self.ids = ids
    self.offsets = offsets
    self.valueIDs = valueIDs
    hasAtMostOneValue = offsets.indices.dropFirst().allSatisfy { offsets[$0] - offsets[$0 - 1] <= 1 }
    var ranks = [Int32](repeating: 0, count: values.count)
    for (place, value) in GroupKeyOrder.sorted(values.map { [$0] }).enumerated() { ranks[value] = Int32(place) }
    self.ranks = ranks
  }

  /// A mask over the value integers: true for the values in `set`.
  func mask(_ set: Set<String>) -> [Bool] {
    var mask = [Bool](repeating: false, count: values.count)
    for value in set { if let id = ids[value] { mask[Int(id)] = true } }
    return mask
  }

  /// A mask over the value integers: true for the values `test` accepts.
  func mask(where test: (String) -> Bool) -> [Bool] { values.map(test) }

  /// Whether record `position` has a value the mask accepts.
  @inline(__always)
  func contains(_ position: Int, in mask: [Bool]) -> Bool {
    var index = Int(offsets[position])
    let end = Int(offsets[position + 1])
    while index < end {
      if mask[Int(valueIDs[index])] { return true }
      index += 1
    }
    return false
  }
}
