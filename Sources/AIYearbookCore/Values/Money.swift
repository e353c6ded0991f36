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
