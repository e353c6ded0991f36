/// Any entity or record of the dataset, as one value.
///
/// `AnyElement` is what a lookup by identifier returns when the kind is not
/// known in advance (`yearbook show <id>`, `GET /records/{id}`). Switch over it,
/// or use ``element`` and ``record`` for what every element or record has.
///
/// Its JSON is the element's own object with a `"type"` key holding the
/// export key, exactly as a line of the JSON Lines export:
///
/// ```json
/// {"type": "organizations", "id": "org-openai", "name": {"zh": "OpenAI", "en": "OpenAI"}, …}
/// ```
///
/// ```swift
/// let element = try yearbook.element(id: "org-openai")
/// element.kind          // .organization
/// element.id            // "org-openai"
/// element.record        // nil: an organization is not a record
/// ```
public enum AnyElement: Hashable, Sendable {
  /// A source document.
  case source(Source)
  /// An organization.
  case organization(Organization)
  /// A product.
  case product(Product)
  /// A benchmark.
  case benchmark(Benchmark)
  /// A metric of the statistic registry.
  case metric(Metric)
  /// An event.
  case event(Event)
  /// A benchmark result.
  case benchmarkResult(BenchmarkResult)
  /// A funding round.
  case fundingRound(FundingRound)
  /// A regulation.
  case regulation(Regulation)
  /// A statistic.
  case statistic(Statistic)

  /// The wrapped element.
  public var element: any DatasetElement {
    switch self {
    case .source(let value): value
    case .organization(let value): value
    case .product(let value): value
    case .benchmark(let value): value
    case .metric(let value): value
    case .event(let value): value
    case .benchmarkResult(let value): value
    case .fundingRound(let value): value
    case .regulation(let value): value
    case .statistic(let value): value
    }
  }

  /// The wrapped record; `nil` for an entity.
  public var record: (any Record)? {
    switch self {
    case .event(let value): value
    case .benchmarkResult(let value): value
    case .fundingRound(let value): value
    case .regulation(let value): value
    case .statistic(let value): value
    case .source, .organization, .product, .benchmark, .metric: nil
    }
  }

  /// The element's kind.
  public var kind: ElementKind { element.elementKind }

  /// The element's identifier.
  public var id: String { element.rawID }
}

extension AnyElement: Codable {
  private enum CodingKeys: String, CodingKey { case type }

  /// Decodes an element object with a `"type"` key naming its collection.
  ///
  /// - Throws: `DecodingError` when `type` is missing or names no collection,
  ///   or when the object is not a valid element of that kind.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(String.self, forKey: .type)
    guard let kind = ElementKind(exportKey: type) else {
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container,
        debugDescription: "\"\(type)\" is not a collection (expected \(ElementKind.allCases.map(\.exportKey)))")
    }
    func decode<E: DatasetElement>(_ type: E.Type) throws -> AnyElement { try E(from: decoder).erased }
    self = try decode(kind.elementType)
  }

  /// Encodes the element's object with its `"type"`.
  public func encode(to encoder: any Encoder) throws {
    try element.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind.exportKey, forKey: .type)
  }
}
