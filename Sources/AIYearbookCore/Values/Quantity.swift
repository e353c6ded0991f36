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
  /// For a rank, the size of the field ranked when the text states it (排名第四 among 36
  /// countries → value 4, `outOf` 36; 十大…之首 → value 1, `outOf` 10). Schema 1.1.0.
  public var outOf: Double?

  /// Creates a quantity.
  public init(
    _ value: Double?, _ unit: Unit, qualifier: Qualifier = .exact, upperBound: Double? = nil,
    hedged: Bool = false, statedText: String? = nil, alternates: [Quantity] = [], factors: [Double] = [],
    outOf: Double? = nil
  ) {
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
    self.upperBound = upperBound
    self.hedged = hedged
    self.statedText = statedText
    self.alternates = alternates
    self.factors = factors
    self.outOf = outOf
  }

  /// Whether the number is not exact: qualified, hedged, a range or unspecified.
  public var isApproximate: Bool { qualifier != .exact || hedged || upperBound != nil || value == nil }
}
