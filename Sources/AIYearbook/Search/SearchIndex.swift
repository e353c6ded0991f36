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
    /// The date's text, as results show it.
    let dateText: String?
    /// The day number of the date's last day, `Int32.min` when undated (results sort by it).
    let lastDay: Int32

    init(kind: SearchResult.Kind, id: String, title: LocalizedText, date: DatePeriod?, fields: [SearchField]) {
      self.kind = kind
      self.id = id
      self.title = title
      self.date = date
      self.fields = fields
      dateText = date?.description
      lastDay = date.map { DayNumber.of($0.lastDay) } ?? .min
    }
  }

  /// The documents, records first, in export order.
  let documents: [Document]
  /// Where each word, Han bigram and name occurs.
  let postings: SearchPostings
  /// Each document's place in identifier order (the last tie-break of the ranking).
  let identifierRanks: [Int32]
  /// The documents of each kind: a contiguous range, in the order ``Yearbook`` lists the kind's elements.
  let documentRanges: [ElementKind: Range<Int>]

  /// Indexes the yearbook's records and entities.
  init(_ yearbook: Yearbook) {
    var documents: [Document] = []
    var ranges: [ElementKind: Range<Int>] = [:]
    func add<E: DatasetElement>(_ type: E.Type) {
      let start = documents.count
      defer { ranges[E.elementKind] = start..<documents.count }
      for element in yearbook.elements(E.self) {
        documents.append(
          Document(
            kind: E.elementKind, id: element.id.rawValue, title: element.title(names: yearbook),
            date: element.elementDate, fields: element.readableTexts(names: yearbook).map(SearchField.init)))
      }
    }
    for kind in ElementKind.allCases { add(kind.elementType) }
    self.documents = documents
    documentRanges = ranges
    postings = SearchPostings(documents)
    var ranks = [Int32](repeating: 0, count: documents.count)
    for (rank, document) in documents.indices.sorted(by: { documents[$0].id < documents[$1].id }).enumerated() {
      ranks[document] = Int32(rank)
    }
    identifierRanks = ranks
  }

  /// The documents a query matches, reading every document (what ``matches(_:)`` answers from the postings).
  func matchesByScanning(_ query: SearchQuery) -> [(document: Int, match: SearchMatch)] {
    documents.indices.compactMap { index in query.match(documents[index].fields).map { (index, $0) } }
  }

  /// The documents a query matches, each with its match (``SearchQuery/match(_:)``), from the postings.
  func matches(_ query: SearchQuery) -> [(document: Int, match: SearchMatch)] {
    // Per document: the tier, field and term index of its weakest term's best field.
    var best: [Int: (tier: SearchResult.Tier, field: Int, term: Int)] = [:]
    for (index, term) in query.parsedTerms.enumerated() {
      // The first field of the lowest tier matching the term, per document.
      var matches: [Int: (tier: SearchResult.Tier, field: Int, term: Int)] = [:]
      for posting in postings.postings(of: term) {
        let document = Int(posting.document)
        if index > 0 && best[document] == nil { continue }
        let tier = postings.tier(of: posting)
        if let known = matches[document], known.tier <= tier { continue }
        matches[document] = (tier, Int(posting.field), index)
      }
      if index == 0 {
        best = matches
      } else {
        var next: [Int: (tier: SearchResult.Tier, field: Int, term: Int)] = [:]
        for (document, weakest) in best {
          guard let match = matches[document] else { continue }
          next[document] = match.tier > weakest.tier ? match : weakest
        }
        best = next
      }
    }
    var exact: [Int: Int] = [:]
    for posting in postings.exactKeys[query.exactKey] ?? [] where exact[Int(posting.document)] == nil {
      exact[Int(posting.document)] = Int(posting.field)
    }
    var result: [(document: Int, match: SearchMatch)] = []
    result.reserveCapacity(best.count + exact.count)
    for (document, match) in best where exact[document] == nil {
      result.append((document, SearchMatch(tier: match.tier, field: match.field, term: query.parsedTerms[match.term])))
    }
    for (document, field) in exact { result.append((document, SearchMatch(tier: .exactName, field: field, term: nil))) }
    return result
  }

  /// The matching documents, ranked: by tier, records before entities, the
  /// latest last day first (undated last), then by identifier.
  func search(_ query: SearchQuery, limit: Int?) -> [SearchResult] {
    guard !query.parsedTerms.isEmpty else { return [] }
    let hits = matches(query)
    // Sort keys per hit, so the sort moves integers, not documents.
    let keys = hits.map { hit -> (tier: Int, entity: Bool, day: Int32) in
      (hit.match.tier.rawValue, !documents[hit.document].kind.isRecord, documents[hit.document].lastDay)
    }
    let order = hits.indices.sorted { lhs, rhs in
      let left = keys[lhs]
      let right = keys[rhs]
      if left.tier != right.tier { return left.tier < right.tier }
      if left.entity != right.entity { return !left.entity }
      if left.day != right.day { return left.day > right.day }
      return identifierRanks[hits[lhs].document] < identifierRanks[hits[rhs].document]
    }
    return order.prefix(max(0, limit ?? hits.count)).map { position in
      let hit = hits[position]
      let field = hit.match.field
      return SearchResult(
        kind: documents[hit.document].kind, id: documents[hit.document].id, title: documents[hit.document].title,
        snippet: SearchSnippet.around(
          hit.match.term, in: documents[hit.document].fields[field].text,
          scalarCount: documents[hit.document].fields[field].scalarCount),
        tier: hit.match.tier,
        date: documents[hit.document].dateText)
    }
  }
}
