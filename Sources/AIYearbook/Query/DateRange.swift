/// A range of dates to filter records by, with optional bounds and a mode
/// saying what "in the range" means (DESIGN §6).
///
/// | filter | `2025-12-11` | `2025-11-30/2025-12-06` | `2025-12` | `2025-Q4` | `2025` | `2026` |
/// |---|---|---|---|---|---|---|
/// | `2025-12` to `2025-12`, ``DateMatching/during`` | in | in | in | out | out | out |
/// | same, ``DateMatching/within`` | in | out | in | out | out | out |
/// | same, ``DateMatching/overlapping`` | in | in | in | in | in | out |
/// | `2025-01` to `2025-12`, during | in | in | in | in | in | out |
/// | from `2025-12`, during (open end) | in | in | in | out | out | in |
///
/// ```swift
/// let december = try DateRange(from: "2025-12", to: "2025-12")
/// december.matches(try DatePeriod(parsing: "2025-11-30/2025-12-06"))   // true
/// december.matches(try DatePeriod(parsing: "2025-Q4"))                 // false
/// ```
public struct DateRange: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The first bound; `nil` leaves the start open.
  public var from: PartialDate?
  /// The last bound; `nil` leaves the end open.
  public var to: PartialDate?
  /// What it means for a record's date to be in the range.
  public var mode: DateMatching

  /// A range from bounds.
  ///
  /// A record's date matches when ``matches(_:)`` says so; undated records never match.
  public init(from: PartialDate? = nil, to: PartialDate? = nil, mode: DateMatching = .during) {
    self.from = from
    self.to = to
    self.mode = mode
  }

  /// A range from bounds written as text (`2025`, `2025-Q4`, `2025-12`, `2025-12-11`).
  ///
  /// - Throws: ``YearbookError/invalidDate(_:reason:)`` for a bound that is not a
  ///   date, or when `to` ends before `from` starts.
  public init(from: String? = nil, to: String? = nil, mode: DateMatching = .during) throws(YearbookError) {
    let start = try from.map { text throws(YearbookError) in try PartialDate.parse(text) }
    let end = try to.map { text throws(YearbookError) in try PartialDate.parse(text) }
    if let start, let end, end.lastDay < start.firstDay {
      throw .invalidDate("\(start)/\(end)", reason: "the range ends before it starts")
    }
    self.init(from: start, to: end, mode: mode)
  }

  /// The whole of one period, as a range (`2025-12`, or `2025-01/2025-04`).
  public init(_ period: DatePeriod, mode: DateMatching = .during) {
    self.init(from: period.start, to: period.end, mode: mode)
  }

  /// The precision a record's date needs to count as during the range when it
  /// only overlaps it: the coarser of the given bounds.
  public var precision: PartialDate.Precision? {
    [from?.precision, to?.precision].compactMap(\.self).min()
  }

  /// Whether a record dated `date` is in the range; `nil` (undated) never is.
  public func matches(_ date: DatePeriod?) -> Bool {
    guard let date else { return false }
    let lower = from?.firstDay
    let upper = to?.lastDay
    let inside = (lower.map { date.firstDay >= $0 } ?? true) && (upper.map { date.lastDay <= $0 } ?? true)
    if inside { return true }
    let overlaps = (lower.map { date.lastDay >= $0 } ?? true) && (upper.map { date.firstDay <= $0 } ?? true)
    switch mode {
    case .within: return false
    case .overlapping: return overlaps
    default:
      guard overlaps, let precision else { return false }
      return Swift.min(date.start.precision, date.end.precision) >= precision
    }
  }

  /// `2025-12..2025-12 (during)`.
  public var description: String {
    "\(from?.description ?? "")..\(to?.description ?? "") (\(mode))"
  }
}

/// What it means for a record's date to be in a ``DateRange``.
public struct DateMatching: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The mode's name (`during`).
  public let rawValue: String

  /// A mode from its name; an unknown name matches like ``during``.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The default: dated entirely inside the range, or overlapping it and dated at
  /// least as precisely as the range's coarser bound — what a person means by
  /// "in December" (the week `2025-11-30/2025-12-06` is in; a bare `2025` is not).
  public static let during = Self(rawValue: "during")
  /// Dated entirely inside the range.
  public static let within = Self(rawValue: "within")
  /// Could fall in the range: any overlap, coarser dates included.
  public static let overlapping = Self(rawValue: "overlapping")

  /// The mode's name.
  public var description: String { rawValue }
}

extension PartialDate {
  /// Parses a date, with the library's error.
  static func parse(_ text: String) throws(YearbookError) -> PartialDate {
    do { return try PartialDate(parsing: text) } catch { throw .invalidDate(text, reason: error.reason) }
  }
}

extension DatePeriod {
  /// Parses a date or span, with the library's error.
  static func parse(_ text: String) throws(YearbookError) -> DatePeriod {
    do { return try DatePeriod(parsing: text) } catch { throw .invalidDate(text, reason: error.reason) }
  }
}
