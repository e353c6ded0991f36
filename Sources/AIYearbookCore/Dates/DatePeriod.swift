/// The date of a record: one ``PartialDate`` or a span between two.
///
/// A span is written `start/end` (`2025-01/2025-04` for 1–4月, `2024/2030`); a
/// single date is written as itself. Every record's `date` is a `DatePeriod?`.
///
/// ```swift
/// let period = try DatePeriod(parsing: "2025-01/2025-04")
/// period.firstDay                                       // 2025-01-01
/// period.lastDay                                        // 2025-04-30
/// period.overlaps(try DatePeriod(parsing: "2025-04-15"))  // true
/// try DatePeriod(parsing: "2025/2024")                  // throws: the span ends before it starts
/// ```
public struct DatePeriod: Hashable, Sendable {
  /// The first (or only) date.
  public let start: PartialDate
  /// The last date; equal to ``start`` for a single date.
  public let end: PartialDate

  /// A period of one partial date.
  public init(_ date: PartialDate) {
    start = date
    end = date
  }

  /// A span from `start` to `end`.
  ///
  /// - Throws: ``PartialDateError`` when `end` is before `start` or the two are the same.
  public init(from start: PartialDate, to end: PartialDate) throws(PartialDateError) {
    let input = "\(start)/\(end)"
    guard start != end else { throw PartialDateError(input: input, reason: "a span needs two different ends") }
    guard start.firstDay <= end.firstDay, start.lastDay <= end.lastDay else {
      throw PartialDateError(input: input, reason: "the span ends before it starts")
    }
    self.start = start
    self.end = end
  }

  /// Whether the period is a span of two dates.
  public var isSpan: Bool { start != end }

  /// The first calendar day the period covers.
  public var firstDay: CalendarDay { start.firstDay }

  /// The last calendar day the period covers.
  public var lastDay: CalendarDay { end.lastDay }

  /// Whether every day of `other` lies within this period.
  ///
  /// `2025` contains `2025-12`; `2025-12-11` does not contain `2025-12`.
  public func contains(_ other: DatePeriod) -> Bool { firstDay <= other.firstDay && other.lastDay <= lastDay }

  /// Whether this period and `other` share at least one day.
  ///
  /// `2025-08` and `2025-08-26` overlap; `2025-H1` and `2025-07` do not.
  public func overlaps(_ other: DatePeriod) -> Bool { firstDay <= other.lastDay && other.firstDay <= lastDay }
}

extension DatePeriod: LosslessStringConvertible {
  /// Parses `DATE` or `DATE/DATE`, each in a form of ``PartialDate``.
  ///
  /// - Throws: ``PartialDateError`` naming the input and what is wrong with it.
  public init(parsing text: String) throws(PartialDateError) {
    if !text.utf8.contains(UInt8(ascii: "/")) {
      self.init(try PartialDate(parsing: text))
      return
    }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    switch parts.count {
    case 1:
      self.init(try PartialDate(parsing: text))
    case 2:
      let start: PartialDate
      let end: PartialDate
      do {
        start = try PartialDate(parsing: parts[0])
        end = try PartialDate(parsing: parts[1])
      } catch {
        throw PartialDateError(input: text, reason: error.description)
      }
      try self.init(from: start, to: end)
    default:
      throw PartialDateError(input: text, reason: "a span has exactly one '/'")
    }
  }

  /// Parses a period, or returns `nil` when the text is not one.
  public init?(_ description: String) {
    guard let period = try? DatePeriod(parsing: description) else { return nil }
    self = period
  }

  /// `2025-12` for a single date, `2025-01/2025-04` for a span.
  public var description: String { isSpan ? "\(start)/\(end)" : start.description }
}
