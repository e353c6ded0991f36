extension Conflict {
  /// One side of a conflict: a record, the value or date one passage states for it, and that passage.
  ///
  /// A side carries only what a passage states, never a sum or a difference the documents do
  /// not write. Its JSON:
  ///
  /// ```json
  /// { "record": "stat-global-new-unicorns-2025-h1-42", "kind": "statistics",
  ///   "value": { "quantity": { "value": 42, "unit": "count", "qualifier": "exact", "statedText": "42家" } },
  ///   "source": "src-000", "quote": "2025年上半年全球新增42家独角兽企业", "locator": "…",
  ///   "note": { "zh": "…", "en": "Conflicts with …" } }
  /// ```
  ///
  /// `value` is absent when the record states neither a value nor a date; `note` is the
  /// record's own note, absent when it has none.
  public struct Side: Hashable, Sendable, Codable {
    /// The record's identifier.
    public var record: String
    /// The record's kind (encoded as its export key, `statistics`).
    public var kind: ElementKind
    /// The value or date the passage states.
    public var value: Value?
    /// The source document of the passage.
    public var source: Source.ID
    /// The passage, verbatim.
    public var quote: String
    /// Where the passage stands in the document (its heading path); empty when unknown.
    public var locator: String
    /// The record's note: why a value looks doubtful, which passages disagree.
    public var note: LocalizedText?

    /// Creates a side.
    public init(
      record: String, kind: ElementKind, value: Value?, source: Source.ID, quote: String, locator: String = "",
      note: LocalizedText?
    ) {
      self.record = record
      self.kind = kind
      self.value = value
      self.source = source
      self.quote = quote
      self.locator = locator
      self.note = note
    }
  }

  /// What one side states: a quantity, an amount of money or a date.
  ///
  /// Encoded as an object with exactly one key: `{"quantity": {…}}`, `{"money": {…}}` or
  /// `{"date": "2025-09-30"}`.
  public enum Value: Hashable, Sendable {
    /// A number with its unit (a statistic's value, a score, a stated value).
    case quantity(Quantity)
    /// An amount of money (a funding round's amount).
    case money(Money)
    /// A date (an event's, a regulation's, a stated date).
    case date(DatePeriod)

    /// The plain number, for quantities and money; `nil` for dates and unspecified amounts.
    public var number: Double? {
      switch self {
      case .quantity(let quantity): quantity.value
      case .money(let money): money.amount
      case .date: nil
      }
    }
  }
}

extension Conflict.Value: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case quantity, money, date
  }

  /// Decodes an object with exactly one of `quantity`, `money`, `date`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let present = CodingKeys.allCases.filter { container.contains($0) }
    guard present.count == 1, let key = present.first else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: container.codingPath, debugDescription: "a value has exactly one of quantity, money, date"))
    }
    switch key {
    case .quantity: self = .quantity(try container.decode(Quantity.self, forKey: .quantity))
    case .money: self = .money(try container.decode(Money.self, forKey: .money))
    case .date: self = .date(try container.decode(DatePeriod.self, forKey: .date))
    }
  }

  /// Encodes the value as an object with one key.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .quantity(let quantity): try container.encode(quantity, forKey: .quantity)
    case .money(let money): try container.encode(money, forKey: .money)
    case .date(let date): try container.encode(date, forKey: .date)
    }
  }
}

extension Conflict.Value: CustomStringConvertible {
  /// The value in one line: `42 count`, `5600000 USD`, `2025-09-30`; the stated words (数天) for an unspecified amount.
  public var description: String {
    switch self {
    case .quantity(let quantity):
      quantity.value.map { CSVExport.number($0) + " " + quantity.unit.rawValue } ?? quantity.statedText ?? "?"
    case .money(let money):
      money.amount.map { CSVExport.number($0) + " " + money.currency.rawValue } ?? money.statedText ?? "?"
    case .date(let date): date.description
    }
  }
}

extension Conflict.Value {
  /// The value as a reader reads it, in one language: `42`, `USD 5.6 million`, `2025-09-30`.
  ///
  /// ```swift
  /// Conflict.Value.quantity(Quantity(54, .count)).formatted(.english)   // → "54"
  /// ```
  public func formatted(_ language: Language) -> String {
    switch self {
    case .quantity(let quantity): quantity.formatted(language)
    case .money(let money): money.formatted(language)
    case .date(let date): date.description
    }
  }
}
