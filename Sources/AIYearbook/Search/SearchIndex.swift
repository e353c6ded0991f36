/// Every record and entity of a yearbook with its texts folded and split into
/// words, built once, on the first search.
struct SearchIndex: Sendable {
  /// One record or entity.
  struct Document: Sendable {
    let kind: SearchResult.Kind
    let id: String
    let title: LocalizedText
    let date: DatePeriod?
    let fields: [SearchField]
  }

  /// The documents, records first, in export order.
  let documents: [Document]

  /// Indexes the yearbook's records and entities.
  init(_ yearbook: Yearbook) {
    var documents: [Document] = []
    func add<E: DatasetElement>(_ type: E.Type) {
      for element in yearbook.elements(E.self) {
        documents.append(
          Document(
            kind: E.elementKind, id: element.id.rawValue, title: element.title(names: yearbook),
            date: element.elementDate, fields: element.readableTexts(names: yearbook).map(SearchField.init)))
      }
    }
    for kind in ElementKind.allCases { add(kind.elementType) }
    self.documents = documents
  }

  /// The matching documents, ranked: by tier, records before entities, the
  /// latest last day first (undated last), then by identifier.
  func search(_ query: SearchQuery, limit: Int?) -> [SearchResult] {
    var hits: [(document: Document, match: SearchMatch)] = []
    for document in documents {
      if let match = query.match(document.fields) { hits.append((document, match)) }
    }
    hits.sort { lhs, rhs in
      if lhs.match.tier != rhs.match.tier { return lhs.match.tier < rhs.match.tier }
      if lhs.document.kind.isRecord != rhs.document.kind.isRecord { return lhs.document.kind.isRecord }
      switch (lhs.document.date?.lastDay, rhs.document.date?.lastDay) {
      case (let left?, let right?) where left != right: return left > right
      case (.some, nil): return true
      case (nil, .some): return false
      default: return lhs.document.id < rhs.document.id
      }
    }
    return hits.prefix(max(0, limit ?? hits.count)).map { hit in
      let field = hit.document.fields[hit.match.field]
      return SearchResult(
        kind: hit.document.kind, id: hit.document.id, title: hit.document.title,
        snippet: SearchSnippet.around(hit.match.term, in: field.text), tier: hit.match.tier,
        date: hit.document.date?.description)
    }
  }
}
