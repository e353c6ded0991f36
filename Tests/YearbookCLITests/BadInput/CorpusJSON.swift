import Foundation
import Testing

/// A JSON document the bad-input corpus edits: the one valid base fixture is read
/// into it, changed by a few ``CorpusMutation``s and written out again.
///
/// `raw` is written as it is, so a case can put `NaN` or `1e400` where a number goes.
enum CorpusJSON: Sendable, Hashable, Decodable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
  case object([String: CorpusJSON])
  case array([CorpusJSON])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null
  /// Text written into the document unchanged (not JSON: `NaN`, `Infinity`, `1e400`).
  case raw(String)

  init(stringLiteral value: String) { self = .string(value) }
  init(floatLiteral value: Double) { self = .number(value) }
  init(integerLiteral value: Int) { self = .number(Double(value)) }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(arrayLiteral elements: CorpusJSON...) { self = .array(elements) }
  init(dictionaryLiteral elements: (String, CorpusJSON)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
  init(nilLiteral: ()) { self = .null }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([CorpusJSON].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: CorpusJSON].self))
    }
  }

  /// One step of a path: an object member or an array index.
  enum Step: Hashable {
    case key(String)
    case index(Int)
  }

  /// `fundingRounds[0].amount.currency` as steps.
  static func steps(_ path: String) -> [Step] {
    var steps: [Step] = []
    for part in path.split(separator: ".") {
      var rest = Substring(part)
      if let open = rest.firstIndex(of: "[") {
        if open > rest.startIndex { steps.append(.key(String(rest[..<open]))) }
        rest = rest[open...]
        while rest.first == "[", let close = rest.firstIndex(of: "]"),
          let index = Int(rest[rest.index(after: rest.startIndex)..<close])
        {
          steps.append(.index(index))
          rest = rest[rest.index(after: close)...]
        }
      } else {
        steps.append(.key(String(rest)))
      }
    }
    return steps
  }

  /// The value at `path`, if there is one.
  func value(at path: String) -> CorpusJSON? {
    var node: CorpusJSON? = self
    for step in Self.steps(path) {
      switch (step, node) {
      case (.key(let key), .object(let members)?): node = members[key]
      case (.index(let index), .array(let elements)?): node = elements.indices.contains(index) ? elements[index] : nil
      default: return nil
      }
    }
    return node
  }

  /// Replaces (or, with `nil`, removes) the value at `path`; an index one past the end appends.
  mutating func replace(_ path: String, with value: CorpusJSON?) {
    self = Self.replacing(Self.steps(path)[...], in: self, with: value)
  }

  private static func replacing(_ steps: ArraySlice<Step>, in node: CorpusJSON, with value: CorpusJSON?) -> CorpusJSON {
    guard let step = steps.first else { return value ?? .null }
    let rest = steps.dropFirst()
    switch (step, node) {
    case (.key(let key), .object(var members)):
      if rest.isEmpty, value == nil {
        members[key] = nil
      } else {
        members[key] = replacing(rest, in: members[key] ?? .object([:]), with: value)
      }
      return .object(members)
    case (.index(let index), .array(var elements)):
      if rest.isEmpty, value == nil {
        if elements.indices.contains(index) { elements.remove(at: index) }
      } else if index == elements.count {
        elements.append(replacing(rest, in: .object([:]), with: value))
      } else if elements.indices.contains(index) {
        elements[index] = replacing(rest, in: elements[index], with: value)
      }
      return .array(elements)
    default:
      return node
    }
  }

  /// The document as pretty-printed JSON with sorted keys.
  func text(indent: String = "", pretty: Bool = true) -> String {
    let inner = indent + "  "
    let newline = pretty ? "\n" : ""
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .raw(let text): return text
    case .number(let value):
      if value == value.rounded(), abs(value) < 9e15 { return String(Int64(value)) }
      return "\(value)"
    case .string(let value): return Self.quoted(value)
    case .array(let elements):
      if elements.isEmpty { return "[]" }
      let items = elements.map { (pretty ? inner : "") + $0.text(indent: inner, pretty: pretty) }
      return "[" + newline + items.joined(separator: "," + newline) + newline + (pretty ? indent : "") + "]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      let items = members.keys.sorted().map { key in
        (pretty ? inner : "") + Self.quoted(key) + (pretty ? ": " : ":")
          + (members[key] ?? .null).text(indent: inner, pretty: pretty)
      }
      return "{" + newline + items.joined(separator: "," + newline) + newline + (pretty ? indent : "") + "}"
    }
  }

  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// The export keys in the order JSON Lines writes them.
  static let exportKeys = [
    "sources", "organizations", "products", "benchmarks", "metrics", "events", "benchmarkResults", "fundingRounds",
    "regulations", "statistics",
  ]

  /// The document (an export object) as JSON Lines: a header, then one line per element with its `type`.
  func jsonLines() -> String {
    guard case .object(let members) = self else { return text(pretty: false) + "\n" }
    var header: [String: CorpusJSON] = ["type": "header"]
    header["schemaVersion"] = members["schemaVersion"]
    header["dataVersion"] = members["dataVersion"]
    var lines = [CorpusJSON.object(header).text(pretty: false)]
    for key in Self.exportKeys {
      guard case .array(let elements)? = members[key] else { continue }
      for element in elements {
        guard case .object(var fields) = element else {
          lines.append(element.text(pretty: false))
          continue
        }
        fields["type"] = .string(key)
        lines.append(CorpusJSON.object(fields).text(pretty: false))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A small change to the base fixture.
enum CorpusMutation: Sendable, Hashable {
  /// Replaces the value at the path (an index one past the end appends).
  case set(String, CorpusJSON)
  /// Removes the member or element at the path.
  case remove(String)
  /// Copies the value at the first path to the second.
  case copy(String, to: String)

  func apply(to document: inout CorpusJSON) {
    switch self {
    case .set(let path, let value): document.replace(path, with: value)
    case .remove(let path): document.replace(path, with: nil)
    case .copy(let from, let to): document.replace(to, with: document.value(at: from))
    }
  }
}
