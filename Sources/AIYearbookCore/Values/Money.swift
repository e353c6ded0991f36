/// An amount of money in one currency, as a document states it.
///
/// ```swift
/// let round = Money(40_000_000_000, .usd)   // 400亿美元
/// round.currency   // USD
/// ```
///
/// Conversions between currencies use an exchange-rate table (reference data,
/// not facts from the documents); rates a document states are kept as
/// ``alternates`` and never used for conversion.
public struct Money: Hashable, Sendable {
  /// The amount in whole currency units; `nil` only when ``qualifier`` is ``Qualifier/unspecified``.
  public var amount: Double?
  /// The currency.
  public var currency: Currency
  /// The upper end of a range.
  public var upperBound: Double?
  /// How the stated amount relates to the true one.
  public var qualifier: Qualifier
  /// Whether the text hedges the amount (或, 可能).
  public var hedged: Bool
  /// The words of the document (`数十亿美元`).
  public var statedText: String?
  /// The same amount restated in other currencies (a bracketed conversion).
  public var alternates: [Money]

  /// Creates an amount of money.
  public init(
    _ amount: Double?, _ currency: Currency, qualifier: Qualifier = .exact, upperBound: Double? = nil,
    hedged: Bool = false, statedText: String? = nil, alternates: [Money] = []
  ) {
    self.amount = amount
    self.currency = currency
    self.qualifier = qualifier
    self.upperBound = upperBound
    self.hedged = hedged
    self.statedText = statedText
    self.alternates = alternates
  }

  /// Whether the amount is not exact: qualified, hedged, a range or unspecified.
  public var isApproximate: Bool { qualifier != .exact || hedged || upperBound != nil || amount == nil }
}

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
