extension Money: Codable {
  private enum CodingKeys: String, CodingKey {
    case amount, currency, upperBound, qualifier, hedged, statedText, alternates
  }

  /// Decodes an amount; `qualifier` defaults to `exact`, `hedged` to `false`.
  ///
  /// - Throws: `DecodingError` when `amount` is null without qualifier `unspecified`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    amount = try container.decodeIfPresent(Double.self, forKey: .amount)
    currency = try container.decode(Currency.self, forKey: .currency)
    upperBound = try container.decodeIfPresent(Double.self, forKey: .upperBound)
    qualifier = try container.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .exact
    hedged = try container.decodeIfPresent(Bool.self, forKey: .hedged) ?? false
    statedText = try container.decodeIfPresent(String.self, forKey: .statedText)
    alternates = try container.decodeIfPresent([Money].self, forKey: .alternates) ?? []
    if amount == nil && qualifier != .unspecified {
      throw DecodingError.dataCorruptedError(
        forKey: .amount, in: container, debugDescription: "amount may be null only with qualifier \"unspecified\"")
    }
  }

  /// Encodes the amount; `amount` is always written (null when unspecified).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(amount, forKey: .amount)
    try container.encode(currency, forKey: .currency)
    try container.encodeIfPresent(upperBound, forKey: .upperBound)
    try container.encode(qualifier, forKey: .qualifier)
    if hedged { try container.encode(true, forKey: .hedged) }
    try container.encodeIfPresent(statedText, forKey: .statedText)
    if !alternates.isEmpty { try container.encode(alternates, forKey: .alternates) }
  }
}
