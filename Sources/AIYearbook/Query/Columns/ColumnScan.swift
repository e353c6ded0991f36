#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Dispatch)
  import Dispatch
#endif

/// Runs compiled filters over a kind's columns, one filter at a time over the
/// positions still in the running — tight loops over integers, not generic over
/// the record type.
enum ColumnScan {
  /// The number of positions from which a scan is split across the machine's cores.
  static let parallelThreshold = 200_000

  /// The positions among `positions` that pass `filter` (record-level filters pass everything here),
  /// in their order. Many positions are scanned in slices on every core and the slices' results
  /// joined in order: the same positions as one scan.
  static func apply(
    _ filter: ColumnFilter, to positions: [Int32], firstDay: [Int32], lastDay: [Int32], precision: [UInt8]
  ) -> [Int32] {
    if case .record = filter { return positions }
    #if canImport(Dispatch)
      // The core count is asked only for large scans (asking costs more than a small scan).
      if positions.count >= parallelThreshold, case let cores = ProcessInfo.processInfo.activeProcessorCount,
        cores > 1
      {
        let sliceCount = Swift.min(cores, 8)
        let sliceSize = (positions.count + sliceCount - 1) / sliceCount
        let results = Lock<[[Int32]]>(Array(repeating: [], count: sliceCount))
        DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
          let lower = Swift.min(positions.count, slice * sliceSize)
          let upper = Swift.min(positions.count, lower + sliceSize)
          let passed = scan(
            filter, positions[lower..<upper], firstDay: firstDay, lastDay: lastDay, precision: precision)
          results.withLock { $0[slice] = passed }
        }
        let slices = results.withLock { $0 }
        var joined: [Int32] = []
        joined.reserveCapacity(slices.reduce(0) { $0 + $1.count })
        for slice in slices { joined.append(contentsOf: slice) }
        return joined
      }
    #endif
    return scan(filter, positions[...], firstDay: firstDay, lastDay: lastDay, precision: precision)
  }

  /// The positions among `positions` that pass `filter`, in one loop.
  private static func scan(
    _ filter: ColumnFilter, _ positions: ArraySlice<Int32>, firstDay: [Int32], lastDay: [Int32], precision: [UInt8]
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
      return Array(positions)
    }
    return result
  }
}
