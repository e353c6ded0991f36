extension FundingRound {
  /// ``ElementKind/fundingRound``.
  public static var elementKind: ElementKind { .fundingRound }

  /// ``Dataset/fundingRounds``.
  public static var elements: WritableKeyPath<Dataset, [FundingRound]> { \.fundingRounds }

  /// The fundinground inside `element`, if it is one.
  public static func unwrap(_ element: AnyElement) -> FundingRound? {
    if case .fundingRound(let value) = element { value } else { nil }
  }

  /// The fundinground, type-erased.
  public var erased: AnyElement { .fundingRound(self) }

  /// The amount of the deal.
  public var primaryValue: RecordValue? { amount.map(RecordValue.money) }

  /// `kind`, `status`, `roundLabel` and `beneficiary` (recipients and targets).
  public func typeSpecificValues(of field: RecordField) -> [String]? {
    switch field {
    case .kind: [kind.rawValue]
    case .status: [status.rawValue]
    case .roundLabel: roundLabel.map { [$0] } ?? []
    case .beneficiary:
      parties.filter { $0.role == .recipient || $0.role == .target }.map(\.organization.rawValue)
    default: nil
    }
  }

  /// The vocabulary values it uses.
  public var vocabularyUses: [VocabularyUse] {
    tagUses + [VocabularyUse("kind", kind), VocabularyUse("status", status)]
      + parties.enumerated().map { VocabularyUse("parties[\($0)].role", $1.role) }
      + (amount.map { [VocabularyUse("amount.qualifier", $0.qualifier)] } ?? [])
      + (valuation.map { [VocabularyUse("valuation.basis", $0.basis)] } ?? [])
  }
}
