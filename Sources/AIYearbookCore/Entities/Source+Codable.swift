extension Source: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, title, publisher, date, language, file, summary, note
  }

  /// Decodes a source.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    title = try container.decode(LocalizedText.self, forKey: .title)
    publisher = try container.decode(LocalizedText.self, forKey: .publisher)
    date = try container.decodeIfPresent(DatePeriod.self, forKey: .date)
    language = try container.decodeIfPresent(String.self, forKey: .language) ?? "zh"
    file = try container.decode(String.self, forKey: .file)
    summary = try container.decodeIfPresent(LocalizedText.self, forKey: .summary)
    note = try container.decodeIfPresent(LocalizedText.self, forKey: .note)
  }

  /// Encodes a source; `date` is always written, `null` when undated.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(publisher, forKey: .publisher)
    try container.encode(date, forKey: .date)
    try container.encode(language, forKey: .language)
    try container.encode(file, forKey: .file)
    try container.encodeIfPresent(summary, forKey: .summary)
    try container.encodeIfPresent(note, forKey: .note)
  }
}

extension Source {
  /// The field names of a source's JSON object.
  public static var fieldNames: Set<String> { Set(CodingKeys.allCases.map(\.stringValue)) }
}
