import Testing

@testable import AIYearbook

/// Scans of many positions run in slices on every core: the slices joined in order must be
/// the positions a plain filter keeps.
@Suite("Column scans in slices")
struct ColumnScanTests {
  /// A deterministic stream of numbers (no randomness between runs).
  struct Numbers {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next(below bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test func dateScanInSlicesKeepsWhatAPlainFilterKeeps() {
    let count = ColumnScan.parallelThreshold + 54_321
    var numbers = Numbers()
    var firstDay: [Int32] = []
    var lastDay: [Int32] = []
    var precision: [UInt8] = []
    for _ in 0..<count {
      let start = Int32(numbers.next(below: 4_000))
      firstDay.append(start)
      lastDay.append(start + Int32(numbers.next(below: 40)))
      precision.append(numbers.next(below: 10) == 0 ? .max : UInt8(numbers.next(below: 5)))
    }
    // Identifier order is some permutation of the positions: reversed halves here.
    let positions = Array((0..<Int32(count / 2)).reversed()) + Array(Int32(count / 2)..<Int32(count))
    let scanned = ColumnScan.apply(
      .date(lower: 1_000, upper: 1_999, mode: .overlapping, precision: .max), to: positions, firstDay: firstDay,
      lastDay: lastDay, precision: precision)
    let expected = positions.filter { position in
      let index = Int(position)
      return precision[index] != .max && lastDay[index] >= 1_000 && firstDay[index] <= 1_999
    }
    #expect(scanned == expected)
    #expect(!expected.isEmpty && expected.count < count)
  }

  @Test func valueScanInSlicesKeepsWhatAPlainFilterKeeps() {
    let count = ColumnScan.parallelThreshold + 777
    var numbers = Numbers()
    let names = ["agents", "chips", "robotics", "cloud", "coding"]
    let lists = (0..<count).map { _ in (0..<numbers.next(below: 4)).map { _ in names[numbers.next(below: 5)] } }
    let column = FieldColumn(lists)
    let positions = Array(0..<Int32(count))
    let scanned = ColumnScan.apply(
      .values(column, mask: column.mask(["chips", "cloud"])), to: positions, firstDay: [], lastDay: [],
      precision: [])
    let expected = positions.filter { lists[Int($0)].contains("chips") || lists[Int($0)].contains("cloud") }
    #expect(scanned == expected)
    #expect(!expected.isEmpty && expected.count < count)
  }
}
