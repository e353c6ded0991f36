extension Yearbook {
  /// The element with the identifier, whatever its kind.
  ///
  /// An identifier a data release removed or merged gives its replacement's
  /// element (DESIGN §4), whose `id` is the new one; ``replacement(for:)``
  /// tells a caller that wants to warn.
  ///
  /// ```swift
  /// let element = try yearbook.element(id: "org-openai")
  /// element.kind   // .organization
  /// try yearbook.element(id: "org-open-ai")   // throws unknownID, suggesting org-openai
  /// ```
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` with the nearest
  ///   identifiers when no element has it.
  /// - Complexity: O(1).
  public func element(id: String) throws(YearbookError) -> AnyElement {
    guard let location = location(resolvingReplaced: id) else {
      throw .unknownID(id, kind: ElementKind(identifier: id), suggestions: suggestions(forID: id))
    }
    return element(at: location)
  }

  /// The element of a known kind with the identifier.
  ///
  /// A replaced identifier gives its replacement's element, as in ``element(id:)``.
  ///
  /// ```swift
  /// let openAI = try yearbook.element(Organization.ID("org-openai"))
  /// openAI.name.en   // "OpenAI"
  /// ```
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` with the nearest
  ///   identifiers of that kind when no element of the kind has it.
  /// - Complexity: O(1).
  public func element<E: DatasetElement>(_ id: Identifier<E>) throws(YearbookError) -> E {
    guard let location = location(resolvingReplaced: id.rawValue), location.kind == E.elementKind else {
      throw .unknownID(
        id.rawValue, kind: E.elementKind, suggestions: suggestions(forID: id.rawValue, kind: E.elementKind))
    }
    return elements(E.self)[location.position]
  }

  /// Whether the data holds an element with the identifier.
  ///
  /// - Complexity: O(1).
  public func contains<E: DatasetElement>(_ id: Identifier<E>) -> Bool { locations[id.rawValue]?.kind == E.elementKind }

  /// The organization with the identifier, if any.
  public func organization(_ id: Organization.ID) -> Organization? { try? element(id) }
  /// The product with the identifier, if any.
  public func product(_ id: Product.ID) -> Product? { try? element(id) }
  /// The benchmark with the identifier, if any.
  public func benchmark(_ id: Benchmark.ID) -> Benchmark? { try? element(id) }
  /// The metric with the identifier, if any.
  public func metric(_ id: Metric.ID) -> Metric? { try? element(id) }
  /// The source with the identifier, if any.
  public func source(_ id: Source.ID) -> Source? { try? element(id) }

  /// The identifier as the data holds it: itself, or the identifier that replaced it (DESIGN §4).
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` when neither exists.
  func existing<E: DatasetElement>(_ id: Identifier<E>) throws(YearbookError) -> Identifier<E> {
    if contains(id) { return id }
    if let replacement = replacement(for: id.rawValue), contains(Identifier<E>(replacement)) {
      return Identifier<E>(replacement)
    }
    throw .unknownID(
      id.rawValue, kind: E.elementKind, suggestions: suggestions(forID: id.rawValue, kind: E.elementKind))
  }

  /// The organizations whose parent is `id`, and theirs, recursively.
  public func descendants(of id: Organization.ID) -> [Organization.ID] {
    var result: [Organization.ID] = []
    var queue = childOrganizations[id] ?? []
    var seen: Set<Organization.ID> = [id]
    while let next = queue.popLast() {
      guard seen.insert(next).inserted else { continue }
      result.append(next)
      queue += childOrganizations[next] ?? []
    }
    return result.sorted()
  }

  /// The identifiers nearest to `text`: those of elements whose names fold to
  /// it first, then the closest identifiers by edit distance.
  func suggestions(forID text: String, kind: ElementKind? = nil) -> [String] {
    var result = nameIndex.exactMatches(text, kind: kind)
    let folded = NameFolding.fold(text)
    let candidates = locations.lazy.filter { kind == nil || $0.value.kind == kind }.map(\.key)
    let ranked = candidates.map { ($0, NameFolding.distance(folded, $0)) }
      .filter { $0.1 <= Swift.max(2, folded.count / 3) }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    for (id, _) in ranked.prefix(5) where !result.contains(id) { result.append(id) }
    return Array(result.prefix(5))
  }
}

extension Yearbook {
  /// The element stored at a location.
  func element(at location: ElementLocation) -> AnyElement {
    func element<E: DatasetElement>(_ type: E.Type) -> AnyElement { elements(E.self)[location.position].erased }
    return element(location.kind.elementType)
  }
}
