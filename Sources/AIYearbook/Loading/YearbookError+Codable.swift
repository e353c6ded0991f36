extension YearbookError: Codable {
  private enum CodingKeys: String, CodingKey {
    case error, message, file, reason, path, id, field, version, first, second, differingFields, kind, suggestions
    case name, candidates, text, code, currency, year, table, issues
  }

  /// The case's name in JSON (`unknownID`).
  public var code: String {
    switch self {
    case .unreadableFile: "unreadableFile"
    case .invalidJSON: "invalidJSON"
    case .invalidRecord: "invalidRecord"
    case .unsupportedSchemaVersion: "unsupportedSchemaVersion"
    case .duplicateID: "duplicateID"
    case .unknownID: "unknownID"
    case .unknownName: "unknownName"
    case .ambiguousName: "ambiguousName"
    case .invalidDate: "invalidDate"
    case .invalidCurrency: "invalidCurrency"
    case .missingExchangeRate: "missingExchangeRate"
    case .notConvertible: "notConvertible"
    case .notInBreakdown: "notInBreakdown"
    case .invalidData: "invalidData"
    }
  }

  /// Encodes `{"error": <case>, "message": <description>, …the case's fields}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .error)
    try container.encode(description, forKey: .message)
    switch self {
    case .unreadableFile(let file, let reason), .invalidJSON(let file, let reason):
      try container.encode(file, forKey: .file)
      try container.encode(reason, forKey: .reason)
    case .invalidRecord(let file, let path, let id, let field, let reason):
      try container.encode(file, forKey: .file)
      try container.encode(path, forKey: .path)
      try container.encodeIfPresent(id, forKey: .id)
      try container.encode(field, forKey: .field)
      try container.encode(reason, forKey: .reason)
    case .unsupportedSchemaVersion(let file, let version):
      try container.encode(file, forKey: .file)
      try container.encode(version, forKey: .version)
    case .duplicateID(let id, let first, let second, let fields):
      try container.encode(id, forKey: .id)
      try container.encode(first, forKey: .first)
      try container.encode(second, forKey: .second)
      try container.encode(fields, forKey: .differingFields)
    case .unknownID(let id, let kind, let suggestions):
      try container.encode(id, forKey: .id)
      try container.encodeIfPresent(kind, forKey: .kind)
      try container.encode(suggestions, forKey: .suggestions)
    case .unknownName(let name, let kind, let suggestions):
      try container.encode(name, forKey: .name)
      try container.encode(kind, forKey: .kind)
      try container.encode(suggestions, forKey: .suggestions)
    case .ambiguousName(let name, let kind, let candidates):
      try container.encode(name, forKey: .name)
      try container.encode(kind, forKey: .kind)
      try container.encode(candidates, forKey: .candidates)
    case .invalidDate(let text, let reason):
      try container.encode(text, forKey: .text)
      try container.encode(reason, forKey: .reason)
    case .invalidCurrency(let code):
      try container.encode(code, forKey: .code)
    case .missingExchangeRate(let currency, let year, let table):
      try container.encode(currency, forKey: .currency)
      try container.encode(year, forKey: .year)
      try container.encode(table, forKey: .table)
    case .notConvertible(let reason):
      try container.encode(reason, forKey: .reason)
    case .notInBreakdown(let id):
      try container.encode(id, forKey: .id)
    case .invalidData(let issues):
      try container.encode(issues, forKey: .issues)
    }
  }

  /// Decodes what ``encode(to:)`` writes.
  ///
  /// - Throws: `DecodingError` for an unknown `error` or a missing field.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let code = try c.decode(String.self, forKey: .error)
    func string(_ key: CodingKeys) throws -> String { try c.decode(String.self, forKey: key) }
    switch code {
    case "unreadableFile": self = .unreadableFile(file: try string(.file), reason: try string(.reason))
    case "invalidJSON": self = .invalidJSON(file: try string(.file), reason: try string(.reason))
    case "invalidRecord":
      self = .invalidRecord(
        file: try string(.file), path: try string(.path), id: try c.decodeIfPresent(String.self, forKey: .id),
        field: try string(.field), reason: try string(.reason))
    case "unsupportedSchemaVersion":
      self = .unsupportedSchemaVersion(file: try string(.file), version: try string(.version))
    case "duplicateID":
      self = .duplicateID(
        id: try string(.id), first: try string(.first), second: try string(.second),
        differingFields: try c.decode([String].self, forKey: .differingFields))
    case "unknownID":
      self = .unknownID(
        try string(.id), kind: try c.decodeIfPresent(ElementKind.self, forKey: .kind),
        suggestions: try c.decode([String].self, forKey: .suggestions))
    case "unknownName":
      self = .unknownName(
        try string(.name), kind: try c.decode(ElementKind.self, forKey: .kind),
        suggestions: try c.decode([String].self, forKey: .suggestions))
    case "ambiguousName":
      self = .ambiguousName(
        try string(.name), kind: try c.decode(ElementKind.self, forKey: .kind),
        candidates: try c.decode([String].self, forKey: .candidates))
    case "invalidDate": self = .invalidDate(try string(.text), reason: try string(.reason))
    case "invalidCurrency": self = .invalidCurrency(try string(.code))
    case "missingExchangeRate":
      self = .missingExchangeRate(
        currency: try string(.currency), year: try c.decode(Int.self, forKey: .year), table: try string(.table))
    case "notConvertible": self = .notConvertible(reason: try string(.reason))
    case "notInBreakdown": self = .notInBreakdown(try string(.id))
    case "invalidData": self = .invalidData(try c.decode([ValidationIssue].self, forKey: .issues))
    default:
      throw DecodingError.dataCorruptedError(forKey: .error, in: c, debugDescription: "unknown error \"\(code)\"")
    }
  }
}
