/// Why loading, merging or looking up data failed.
///
/// Every case says where: the file, the record's position and identifier, and
/// the field.
///
/// ```swift
/// do { _ = try Yearbook(contentsOf: url) } catch let error as YearbookError { print(error) }
/// // mine.json: $.events[3] (event-x): date: "2025-13" is not a valid date: month 13 is out of range 1–12
/// ```
public enum YearbookError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A file could not be read.
  case unreadableFile(file: String, reason: String)
  /// A file is not UTF-8 JSON, or its JSON is not the expected shape at the top.
  case invalidJSON(file: String, reason: String)
  /// A record or entity could not be decoded.
  case invalidRecord(file: String, path: String, id: String?, field: String, reason: String)
  /// The file's schema version is one this library cannot read (2.x and later).
  case unsupportedSchemaVersion(file: String, version: String)
  /// Two records or entities have the same identifier.
  case duplicateIdentifier(id: String, first: String, second: String)
  /// No entity or record has the identifier.
  case unknownIdentifier(String)
  /// A value given by the caller is not valid (a bad date, an unknown currency).
  case invalidArgument(String)

  /// One line saying what went wrong and where.
  public var description: String {
    switch self {
    case .unreadableFile(let file, let reason): "\(file): cannot read the file: \(reason)"
    case .invalidJSON(let file, let reason): "\(file): \(reason)"
    case .invalidRecord(let file, let path, let id, let field, let reason):
      "\(file): \(path)\(id.map { " (\($0))" } ?? ""): \(field.isEmpty ? "" : field + ": ")\(reason)"
    case .unsupportedSchemaVersion(let file, let version):
      "\(file): schema version \(version) is not supported (this library reads 1.x)"
    case .duplicateIdentifier(let id, let first, let second): "duplicate id \(id): in \(first) and in \(second)"
    case .unknownIdentifier(let id): "unknown id \(id)"
    case .invalidArgument(let message): message
    }
  }

  /// Whether the error is about the data's content (schema, integrity, duplicates,
  /// unknown ids) rather than about reading it.
  public var isIntegrityError: Bool {
    switch self {
    case .invalidRecord, .duplicateIdentifier, .unknownIdentifier: true
    case .unreadableFile, .invalidJSON, .unsupportedSchemaVersion, .invalidArgument: false
    }
  }
}
