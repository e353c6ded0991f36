/// The reason a text is not a valid ``PartialDate`` or ``DatePeriod``.
///
/// ```swift
/// do { _ = try PartialDate(parsing: "2025-13") } catch { print(error) }
/// // "2025-13" is not a valid date: month 13 is out of range 1–12
/// ```
public struct PartialDateError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The text that was parsed.
  public let input: String
  /// What is wrong with it.
  public let reason: String

  /// Creates an error for `input`.
  public init(input: String, reason: String) {
    self.input = input
    self.reason = reason
  }

  /// `"INPUT" is not a valid date: REASON`.
  public var description: String { "\"\(input)\" is not a valid date: \(reason)" }
}
