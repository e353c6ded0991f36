/// Runs compiled filters over a kind's columns, one filter at a time over the
/// positions still in the running — tight loops over integers, not generic over
/// the record type.
enum ColumnScan {
  /// The positions among `positions` that pass `filter` (record-level filters pass everything here).
  static func apply(
    _ filter: ColumnFilter, to positions: [Int32], firstDay: [Int32], lastDay: [Int32], precision: [UInt8]
  ) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(positions.count / 2)
    switch filter {
    case .date(let lower, let upper, let mode, let wanted):
      firstDay.withUnsafeBufferPointer { first in
        lastDay.withUnsafeBufferPointer { last in
          precision.withUnsafeBufferPointer { precision in
            for position in positions {
              let index = Int(position)
              let coarsest = precision[index]
              if coarsest == .max { continue }
              let start = first[index]
              let end = last[index]
              if start >= lower && end <= upper {
                result.append(position)
                continue
              }
              let overlaps = end >= lower && start <= upper
              let passes =
                switch mode {
                case .within: false
                case .overlapping: overlaps
                case .during: overlaps && wanted != .max && coarsest >= wanted
                }
              if passes { result.append(position) }
            }
          }
        }
      }
    case .values(let column, let mask):
      column.offsets.withUnsafeBufferPointer { offsets in
        column.valueIDs.withUnsafeBufferPointer { values in
          mask.withUnsafeBufferPointer { mask in
            for position in positions {
              var slot = Int(offsets[Int(position)])
              let end = Int(offsets[Int(position) + 1])
              while slot < end {
                if mask[Int(values[slot])] {
                  result.append(position)
                  break
                }
                slot += 1
              }
            }
          }
        }
      }
    case .record:
      return positions
    }
    return result
  }
}
