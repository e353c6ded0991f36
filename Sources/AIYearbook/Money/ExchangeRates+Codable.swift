extension ExchangeRates: Codable {
  private enum CodingKeys: String, CodingKey { case name, unitsPerEuro }

  /// Encodes `{"name": …, "unitsPerEuro": {"USD": {"2024": 1.0824, …}, …}}`, so other
  /// tools can convert with exactly the rates the library uses.
  ///
  /// ```swift
  /// let json = try CanonicalJSON.encode(ExchangeRates.default)
  /// ```
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    var table: [String: [String: Double]] = [:]
    for (currency, years) in unitsPerEuro {
      table[currency.rawValue] = Dictionary(uniqueKeysWithValues: years.map { (String($0.key), $0.value) })
    }
    try container.encode(table, forKey: .unitsPerEuro)
  }

  /// Decodes what ``encode(to:)`` writes.
  ///
  /// - Throws: `DecodingError` when a year is not an integer.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let table = try container.decode([String: [String: Double]].self, forKey: .unitsPerEuro)
    var rates: [Currency: [Int: Double]] = [:]
    for (code, years) in table {
      var byYear: [Int: Double] = [:]
      for (year, rate) in years {
        guard let number = Int(year) else {
          throw DecodingError.dataCorruptedError(
            forKey: .unitsPerEuro, in: container, debugDescription: "\"\(year)\" is not a year")
        }
        byYear[number] = rate
      }
      rates[Currency(code)] = byYear
    }
    self.init(name: try container.decode(String.self, forKey: .name), unitsPerEuro: rates)
  }
}
