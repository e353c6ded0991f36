/// A ``RecordFilter`` compiled against a kind's columns: a test on integers that
/// needs no record, or the record-level test for what columns do not hold (text).
enum ColumnFilter: Sendable {
  /// The date's day numbers against the range's bounds (``DateRange/matches(_:)``).
  case date(lower: Int32, upper: Int32, mode: Mode, precision: UInt8)
  /// The record has a value the mask accepts.
  case values(FieldColumn, mask: [Bool])
  /// Tested on the record itself.
  case record(RecordFilter)

  /// A date range's mode, as the columns test it.
  enum Mode: Sendable {
    case during, within, overlapping
  }

  init<Element: Record>(_ filter: RecordFilter, columns: RecordColumns<Element>) {
    switch filter {
    case .date(let range):
      let mode: Mode =
        switch range.mode {
        case .within: .within
        case .overlapping: .overlapping
        default: .during
        }
      self = .date(
        lower: range.from.map { DayNumber.of($0.firstDay) } ?? .min,
        upper: range.to.map { DayNumber.of($0.lastDay) } ?? .max, mode: mode,
        precision: range.precision.map { UInt8($0.rawValue) } ?? .max)
    case .field(let field, let values):
      let column = columns.column(field)
      self = .values(column, mask: column.mask(values))
    case .region(let region):
      let column = columns.regions
      self = .values(column, mask: column.mask { region.contains(Region(rawValue: $0)) })
    case .text:
      self = .record(filter)
    }
  }

  /// Whether the filter needs the record itself.
  var needsRecord: Bool { if case .record = self { true } else { false } }

  /// Whether the record at `position` passes, from the columns alone (`true` for record-level filters).
  @inline(__always)
  func matches<Element: Record>(_ position: Int, _ columns: RecordColumns<Element>) -> Bool {
    switch self {
    case .date(let lower, let upper, let mode, let precision):
      let precisionOfDate = columns.coarsestPrecision[position]
      if precisionOfDate == .max { return false }
      let first = columns.firstDay[position]
      let last = columns.lastDay[position]
      if first >= lower && last <= upper { return true }
      let overlaps = last >= lower && first <= upper
      switch mode {
      case .within: return false
      case .overlapping: return overlaps
      case .during: return overlaps && precision != .max && precisionOfDate >= precision
      }
    case .values(let column, let mask):
      return column.contains(position, in: mask)
    case .record:
      return true
    }
  }
}
