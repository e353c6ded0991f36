/// A number as a document states it: a value in base units, its unit, and how
/// exact it is.
///
/// Values are plain numbers in base units: counts in full (5.15亿 is
/// `515_000_000`), percentages in percent points (`36.5`), money in whole
/// currency units. The ``qualifier`` keeps 约, 超过, 以上 and the like; a range
/// (200-250) has an ``upperBound``; a bracketed restatement is an
/// ``alternates`` entry, never a second record.
///
/// ```swift
/// let users = Quantity(515_000_000, .count, statedText: "5.15亿")
/// users.value        // 515000000.0
/// users.isApproximate  // false
/// ```
public struct Quantity: Hashable, Sendable {
  /// The value in base units; `nil` only when ``qualifier`` is ``Qualifier/unspecified``.
  public var value: Double?
  /// The upper end of a range (200-250 → value 200, upper bound 250).
  public var upperBound: Double?
  /// The unit of ``value``.
  public var unit: Unit
  /// How the stated number relates to the true value.
  public var qualifier: Qualifier
  /// Whether the text hedges the number (或, 可能).
  public var hedged: Bool
  /// The words of the document (`5.15亿`, `数十亿美元`).
  public var statedText: String?
  /// The same amount restated in other units (a bracketed conversion).
  public var alternates: [Quantity]
  /// The factors of a stated product (64×8 → `[64, 8]`).
  public var factors: [Double]

  /// Creates a quantity.
  public init(
    _ value: Double?, _ unit: Unit, qualifier: Qualifier = .exact, upperBound: Double? = nil,
    hedged: Bool = false, statedText: String? = nil, alternates: [Quantity] = [], factors: [Double] = []
  ) {
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
    self.upperBound = upperBound
    self.hedged = hedged
    self.statedText = statedText
    self.alternates = alternates
    self.factors = factors
  }

  /// Whether the number is not exact: qualified, hedged, a range or unspecified.
  public var isApproximate: Bool { qualifier != .exact || hedged || upperBound != nil || value == nil }
}

extension Quantity: Codable {
  private enum CodingKeys: String, CodingKey {
    case value, upperBound, unit, qualifier, hedged, statedText, alternates, factors
  }

  /// Decodes a quantity; `qualifier` defaults to `exact`, `hedged` to `false`.
  ///
  /// - Throws: `DecodingError` when `value` is null without qualifier `unspecified`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    value = try container.decodeIfPresent(Double.self, forKey: .value)
    upperBound = try container.decodeIfPresent(Double.self, forKey: .upperBound)
    unit = try container.decode(Unit.self, forKey: .unit)
    qualifier = try container.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .exact
    hedged = try container.decodeIfPresent(Bool.self, forKey: .hedged) ?? false
    statedText = try container.decodeIfPresent(String.self, forKey: .statedText)
    alternates = try container.decodeIfPresent([Quantity].self, forKey: .alternates) ?? []
    factors = try container.decodeIfPresent([Double].self, forKey: .factors) ?? []
    if value == nil && qualifier != .unspecified {
      throw DecodingError.dataCorruptedError(
        forKey: .value, in: container, debugDescription: "value may be null only with qualifier \"unspecified\"")
    }
  }

  /// Encodes the quantity; `value` is always written (null when unspecified),
  /// empty lists and a `false` hedge are left out.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encodeIfPresent(upperBound, forKey: .upperBound)
    try container.encode(unit, forKey: .unit)
    try container.encode(qualifier, forKey: .qualifier)
    if hedged { try container.encode(true, forKey: .hedged) }
    try container.encodeIfPresent(statedText, forKey: .statedText)
    if !alternates.isEmpty { try container.encode(alternates, forKey: .alternates) }
    if !factors.isEmpty { try container.encode(factors, forKey: .factors) }
  }
}
