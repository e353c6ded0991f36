/// A ``PartialDate`` packed into 32 bits — year, precision, part, day of month and
/// first month — so time buckets are computed without building dates.
struct PackedDate: Hashable, Sendable {
  /// `year << 16 | precision << 13 | part << 9 | dayOfMonth << 4 | firstMonth`.
  let rawValue: UInt32

  init(rawValue: UInt32) { self.rawValue = rawValue }

  init(year: Int, precision: PartialDate.Precision, part: Int, dayOfMonth: Int, firstMonth: Int) {
    rawValue =
      UInt32(year) << 16 | UInt32(precision.rawValue) << 13 | UInt32(part) << 9 | UInt32(dayOfMonth) << 4
      | UInt32(firstMonth)
  }

  init(_ date: PartialDate) {
    let part =
      switch date.precision {
      case .year: 0
      case .half: date.half ?? 0
      case .quarter: date.quarter ?? 0
      case .month, .day: date.month ?? 0
      }
    self.init(
      year: date.year, precision: date.precision, part: part, dayOfMonth: date.day ?? 0,
      firstMonth: date.firstDay.month)
  }

  var year: Int { Int(rawValue >> 16) }
  var precision: PartialDate.Precision { PartialDate.Precision(rawValue: Int(rawValue >> 13 & 7)) ?? .year }
  var part: Int { Int(rawValue >> 9 & 15) }
  var dayOfMonth: Int { Int(rawValue >> 4 & 31) }
  var firstMonth: Int { Int(rawValue & 15) }

  /// The same date at a coarser precision (``PartialDate/truncated(to:)``).
  func truncated(to target: PartialDate.Precision) -> PackedDate {
    guard target < precision else { return self }
    let month = firstMonth
    switch target {
    case .year: return PackedDate(year: year, precision: .year, part: 0, dayOfMonth: 0, firstMonth: 1)
    case .half:
      let half = (month + 5) / 6
      return PackedDate(year: year, precision: .half, part: half, dayOfMonth: 0, firstMonth: half * 6 - 5)
    case .quarter:
      let quarter = (month + 2) / 3
      return PackedDate(year: year, precision: .quarter, part: quarter, dayOfMonth: 0, firstMonth: quarter * 3 - 2)
    case .month: return PackedDate(year: year, precision: .month, part: month, dayOfMonth: 0, firstMonth: month)
    case .day: return self
    }
  }

  /// The date, or `nil` when the fields do not make one.
  var partialDate: PartialDate? {
    switch precision {
    case .year: try? PartialDate(year: year)
    case .half: try? PartialDate(year: year, half: part)
    case .quarter: try? PartialDate(year: year, quarter: part)
    case .month: try? PartialDate(year: year, month: part)
    case .day: try? PartialDate(year: year, month: part, day: dayOfMonth)
    }
  }
}
