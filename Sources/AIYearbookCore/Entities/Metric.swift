/// An entry of the statistic registry: what a ``Statistic`` measures.
///
/// Every statistic names one metric, shared by all statistics of that kind of
/// measurement, so a user count from June and one from December line up.
///
/// ```swift
/// let users = yearbook.metric("metric-genai-users")
/// users?.unit   // .count
/// ```
public struct Metric: Hashable, Sendable {
  /// A metric's identifier (`metric-genai-users`).
  public typealias ID = Identifier<Metric>

  /// The identifier.
  public var id: ID
  /// What the metric is called.
  public var label: LocalizedText
  /// The unit of its values (a change may carry its own, e.g. percentage points).
  public var unit: Quantity.Unit
  /// What exactly is measured.
  public var definition: LocalizedText
  /// Who or what is measured, when the metric is about a population.
  public var population: LocalizedText?

  /// Creates a metric.
  public init(
    id: ID, label: LocalizedText, unit: Quantity.Unit, definition: LocalizedText, population: LocalizedText? = nil
  ) {
    self.id = id
    self.label = label
    self.unit = unit
    self.definition = definition
    self.population = population
  }
}

extension Metric: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, label, unit, definition, population
  }

  /// The field names of a metric's JSON object.
  public static var fieldNames: Set<String> { Set(CodingKeys.allCases.map(\.stringValue)) }
}
