extension Quantity: Codable {
  private enum CodingKeys: String, CodingKey {
    case value, upperBound, unit, qualifier, hedged, statedText, alternates, factors, outOf
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
    outOf = try container.decodeIfPresent(Double.self, forKey: .outOf)
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
    try container.encodeIfPresent(outOf, forKey: .outOf)
  }
}
