/// Where each word, Han bigram and exact name occurs: lists of (document,
/// field) pairs in document and field order, so a search looks up its terms
/// instead of reading every text.
struct SearchPostings: Sendable {
  /// A field of a document.
  struct Posting: Hashable, Comparable, Sendable {
    let document: Int32
    let field: Int32

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.document, lhs.field) < (rhs.document, rhs.field) }
  }

  /// Each word of a field (``SearchField/words``).
  private(set) var words: [String: [Posting]] = [:]
  /// The words, sorted, for prefix terms.
  private(set) var sortedWords: [String] = []
  /// Each pair of adjacent Han scalars of a folded text.
  private(set) var bigrams: [UInt64: [Posting]] = [:]
  /// Each Han scalar of a folded text.
  private(set) var unigrams: [UInt32: [Posting]] = [:]
  /// Each exact name key (``SearchField/exactKey``).
  private(set) var exactKeys: [String: [Posting]] = [:]
  /// Where each document's fields start in the flat per-field arrays; one more entry than documents.
  private(set) var fieldStart: [Int32] = [0]
  /// Every field's folded text as UTF-8, document after document, one buffer (read without retaining strings).
  private(set) var foldedBytes: [UInt8] = []
  /// Where each field's bytes start in ``foldedBytes``; one more entry than fields.
  private(set) var foldedStart: [Int32] = [0]
  /// Every field's tier, document after document.
  private(set) var tiers: [SearchResult.Tier] = []

  init(_ documents: [SearchIndex.Document]) {
    for (documentIndex, document) in documents.enumerated() {
      for (fieldIndex, field) in document.fields.enumerated() {
        foldedBytes.append(contentsOf: field.folded.utf8)
        foldedStart.append(Int32(foldedBytes.count))
        tiers.append(field.tier)
        let posting = Posting(document: Int32(documentIndex), field: Int32(fieldIndex))
        for word in field.words { words[word, default: []].append(posting) }
        if let key = field.exactKey { exactKeys[key, default: []].append(posting) }
        var previous: UInt32?
        var seenBigrams: Set<UInt64> = []
        var seenUnigrams: Set<UInt32> = []
        for scalar in field.folded.unicodeScalars {
          guard SearchText.script(of: scalar) == .han else {
            previous = nil
            continue
          }
          if seenUnigrams.insert(scalar.value).inserted { unigrams[scalar.value, default: []].append(posting) }
          if let previous {
            let pair = UInt64(previous) << 32 | UInt64(scalar.value)
            if seenBigrams.insert(pair).inserted { bigrams[pair, default: []].append(posting) }
          }
          previous = scalar.value
        }
      }
      fieldStart.append(Int32(tiers.count))
    }
    sortedWords = words.keys.sorted()
  }

  /// The tier of a posting's field.
  @inline(__always)
  func tier(of posting: Posting) -> SearchResult.Tier { tiers[Int(fieldStart[Int(posting.document)] + posting.field)] }

  /// The fields a term matches (``SearchTerm/matches(_:)-(SearchField)``), in order.
  func postings(of term: SearchTerm) -> [Posting] {
    switch term.kind {
    case .word:
      var found = Set(term.forms.flatMap { words[$0] ?? [] })
      if !term.parts.isEmpty {
        var inEveryPart: Set<Posting>?
        for part in term.parts {
          let inPart = Set(part.flatMap { words[$0] ?? [] })
          inEveryPart = inEveryPart.map { $0.intersection(inPart) } ?? inPart
        }
        found.formUnion(inEveryPart ?? [])
      }
      return found.sorted()
    case .prefix:
      var found: Set<Posting> = []
      var index = lowerBound(term.text)
      while index < sortedWords.count, sortedWords[index].hasPrefix(term.text) {
        found.formUnion(words[sortedWords[index]] ?? [])
        index += 1
      }
      return found.sorted()
    case .han:
      let scalars = term.text.unicodeScalars.map(\.value)
      var candidates: [Posting]
      if scalars.count == 1 {
        candidates = unigrams[scalars[0]] ?? []
      } else {

        // The fields holding every bigram of the term (sorted lists intersected), checked for the whole term.
        var lists = (1..<scalars.count).map { bigrams[UInt64(scalars[$0 - 1]) << 32 | UInt64(scalars[$0])] ?? [] }
        lists.sort { $0.count < $1.count }
        candidates = lists[0]
        for list in lists.dropFirst() {
          var kept: [Posting] = []
          var other = 0
          for posting in candidates {
            while other < list.count && list[other] < posting { other += 1 }
            if other < list.count && list[other] == posting { kept.append(posting) }
          }
          candidates = kept
        }
      }
      let needle = Array(term.text.utf8)
      return foldedBytes.withUnsafeBufferPointer { bytes in
        needle.withUnsafeBufferPointer { needle in
          candidates.filter { posting in
            let field = Int(fieldStart[Int(posting.document)] + posting.field)
            let text = UnsafeBufferPointer(rebasing: bytes[Int(foldedStart[field])..<Int(foldedStart[field + 1])])
            return TextFolding.containsBytes(text, needle)
          }
        }
      }
    }
  }

  /// The first index of `sortedWords` not less than `text`.
  private func lowerBound(_ text: String) -> Int {
    var low = 0
    var high = sortedWords.count
    while low < high {
      let middle = (low + high) / 2
      if sortedWords[middle] < text { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
