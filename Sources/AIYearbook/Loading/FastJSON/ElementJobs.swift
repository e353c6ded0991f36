import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Dispatch)
  import Dispatch
#endif

/// The elements of a file as byte ranges, decoded on every core in chunks and
/// put back together in file order.
///
/// A file of a million records is decoded by all the machine's cores; each
/// chunk's collections are appended to the result and released one after the
/// other, so the data is held about once, not twice.
struct ElementJobs {
  /// One element: where its bytes are, which collection it belongs to (`nil`: a JSON Lines
  /// line, whose `"type"` says), its line and its position in its collection.
  struct Job: Sendable {
    var kind: ElementKind?
    var start: Int
    var end: Int
    var line: Int32
    var position: Int32
  }

  /// What decoding the jobs gave.
  struct Decoded: Sendable {
    var dataset = Dataset(dataVersion: "0.0.0")
    /// For JSON Lines, each element's line, per kind.
    var lines: [ElementKind: [Int32]] = [:]
    /// For export objects, the unknown-field warnings per collection key, in element order.
    var warnings: [String: [ValidationIssue]] = [:]
    /// For export objects, the elements that did not decode: their error, per kind, in element order.
    var errors: [ElementKind: [YearbookError]] = [:]
    /// For export objects, the position in its collection of each element that did not decode, per kind.
    var skipped: [ElementKind: [Int]] = [:]
  }

  var jobs: [Job] = []

  /// Decodes every job; `nil` when any element is not for the fast path.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The file's name, for warnings.
  ///   - collectingUnknownFields: Whether to collect unknown-field warnings (export objects).
  func decode(_ data: Data, file: String, collectingUnknownFields: Bool) -> Decoded? {
    guard var parts = decodeParts(data, file: file, collectingUnknownFields: collectingUnknownFields) else {
      return nil
    }
    return Self.gather(&parts)
  }

  /// Decodes every job into one part per chunk, in file order; `nil` when any element is not for the
  /// fast path. Appending the parts one by one to a result (``append(_:to:expecting:)``) copies
  /// each element once, where ``decode(_:file:collectingUnknownFields:)`` gathers them first.
  func decodeParts(_ data: Data, file: String, collectingUnknownFields: Bool) -> [Decoded]? {
    // A few large chunks: each chunk's collections are big enough to be given back to the system as soon
    // as they are appended to the result, so the decoded data is held about once, not twice.
    let chunkCount = Swift.min(8, Swift.max(1, jobs.count / 5_000))
    let chunkSize = Swift.max(1, (jobs.count + chunkCount - 1) / chunkCount)
    let chunks = stride(from: 0, to: jobs.count, by: chunkSize).map { $0..<Swift.min(jobs.count, $0 + chunkSize) }
    let results = Lock<[Decoded?]>(Array(repeating: nil, count: chunks.count))
    let failed = Atomic<Bool>(false)
    let all = jobs
    let work: @Sendable (Int) -> Void = { chunk in
      guard !failed.load(ordering: .relaxed) else { return }
      let decoded = Self.decode(all[chunks[chunk]], data, file: file, collectingUnknownFields: collectingUnknownFields)
      if decoded == nil { failed.store(true, ordering: .relaxed) }
      results.withLock { $0[chunk] = decoded }
    }
    #if canImport(Dispatch)
      DispatchQueue.concurrentPerform(iterations: chunks.count, execute: work)
    #else
      for chunk in chunks.indices { work(chunk) }
    #endif
    guard !failed.load(ordering: .relaxed) else { return nil }
    var parts = results.withLock { storage in
      let taken = storage
      storage = []
      return taken
    }
    guard parts.allSatisfy({ $0 != nil }) else { return nil }
    let decoded = parts.compactMap(\.self)
    parts = []
    return decoded
  }

  /// Appends a part's collections to `whole`; when a collection must grow, it reserves room for
  /// `expected(count)` elements, `count` being its size after this part (so large collections are
  /// not copied again and again as they double).
  static func append(_ part: consuming Decoded, to whole: inout Decoded, expecting expected: (Int) -> Int) {
    var part = part
    func append<E: DatasetElement>(_ type: E.Type) {
      let added = part.dataset[keyPath: E.elements]
      part.dataset[keyPath: E.elements] = []
      guard !added.isEmpty else { return }
      var elements = whole.dataset[keyPath: E.elements]
      whole.dataset[keyPath: E.elements] = []
      if elements.capacity < elements.count + added.count {
        elements.reserveCapacity(Swift.max(expected(elements.count + added.count), 2 * (elements.count + added.count)))
      }
      elements.append(contentsOf: added)
      whole.dataset[keyPath: E.elements] = elements
    }
    for kind in ElementKind.allCases { append(kind.elementType) }
    for (kind, lines) in part.lines { whole.lines[kind, default: []] += lines }
    for (key, warnings) in part.warnings { whole.warnings[key, default: []] += warnings }
    for (kind, errors) in part.errors { whole.errors[kind, default: []] += errors }
    for (kind, skipped) in part.skipped { whole.skipped[kind, default: []] += skipped }
  }

  /// Appends the parts of one batch — the file's bytes `batch`, split evenly between the parts —
  /// to `whole`, releasing each part once appended. A collection's first reservation estimates
  /// the file's element count from the bytes read so far, each part counting as its share of
  /// the batch (appending parts counted as the whole batch reserves too little).
  static func append(
    _ parts: consuming [Decoded], covering batch: Range<Int>, ofFile size: Int, to whole: inout Decoded
  ) {
    var parts = parts
    for index in parts.indices {
      var part = Decoded()
      swap(&part, &parts[index])
      let readSoFar = batch.lowerBound + batch.count * (index + 1) / parts.count
      append(part, to: &whole) { count in
        readSoFar > 0 ? Int(Double(count) * Double(size) / Double(readSoFar) * 1.05) : count
      }
    }
  }

  /// The parts' collections one after the other, each part released as soon as it is appended.
  static func gather(_ parts: inout [Decoded]) -> Decoded {
    if parts.count == 1 { return parts.removeLast() }
    var whole = Decoded()
    func gather<E: DatasetElement>(_ type: E.Type) {
      let total = parts.reduce(0) { $0 + $1.dataset[keyPath: E.elements].count }
      guard total > 0 else { return }
      var elements: [E] = []
      elements.reserveCapacity(total)
      for index in parts.indices {
        elements.append(contentsOf: parts[index].dataset[keyPath: E.elements])
        parts[index].dataset[keyPath: E.elements] = []
      }
      whole.dataset[keyPath: E.elements] = elements
    }
    for kind in ElementKind.allCases { gather(kind.elementType) }
    for part in parts {
      for (kind, lines) in part.lines { whole.lines[kind, default: []] += lines }
      for (key, warnings) in part.warnings { whole.warnings[key, default: []] += warnings }
      for (kind, errors) in part.errors { whole.errors[kind, default: []] += errors }
      for (kind, skipped) in part.skipped { whole.skipped[kind, default: []] += skipped }
    }
    parts = []
    return whole
  }

  /// Decodes one chunk of jobs, in order.
  private static func decode(
    _ jobs: ArraySlice<Job>, _ data: Data, file: String, collectingUnknownFields: Bool
  ) -> Decoded? {
    data.withUnsafeBytes { bytes -> Decoded? in
      var decoded = Decoded()
      if let kind = jobs.first?.kind, jobs.allSatisfy({ $0.kind == kind }) {
        func reserve<E: DatasetElement>(_ type: E.Type) {
          decoded.dataset[keyPath: E.elements].reserveCapacity(jobs.count)
        }
        reserve(kind.elementType)
      }
      for job in jobs {
        var reader = TapeReader(bytes: UnsafeRawBufferPointer(rebasing: bytes[..<job.end]), from: job.start)
        guard reader.scanValue(depth: job.kind == nil ? 0 : 2), reader.isAtEnd() else { return nil }
        if let kind = job.kind {
          func append<E: DatasetElement>(_ type: E.Type) -> Bool {
            if let value = reader.decode(E.self) {
              decoded.dataset[keyPath: E.elements].append(value)
            } else {
              // The fast path declines the element: JSONDecoder reads it alone, and its error, located
              // in the file, is the element's (the rest of the file stays on the fast path).
              guard collectingUnknownFields else { return false }
              let element = try? JSONDecoder().decode(
                LocatedElement<E>.self, from: Data(UnsafeRawBufferPointer(rebasing: bytes[job.start..<job.end])))
              switch element?.result {
              case .success(let value)?:
                decoded.dataset[keyPath: E.elements].append(value)
              case .failure(let error)? where error is DecodingError:
                decoded.errors[kind, default: []].append(
                  LocatedDecoding.error(
                    file: file, elementPath: "$.\(kind.exportKey)[\(job.position)]", id: element?.id,
                    underlying: error))
                decoded.skipped[kind, default: []].append(Int(job.position))
              case .failure?, nil:
                // Not a decoding error (the text itself, say a lone surrogate): the slow path locates it in the file.
                return false
              }
            }
            guard collectingUnknownFields else { return true }
            let key = kind.exportKey
            guard
              let found = FastDatasetReader.unknownFields(
                reader, known: ForwardCompatibility.knownKeys[key] ?? [], file: file, path: "$.\(key)[\(job.position)]")
            else { return false }
            if !found.isEmpty { decoded.warnings[key, default: []] += found }
            return true
          }
          guard append(kind.elementType) else { return nil }
        } else {
          // A JSON Lines element: its "type" names its kind (as AnyElement reads it), and the element is
          // decoded as that kind directly.
          guard let kind = reader.elementKind() else { return nil }
          func append<E: DatasetElement>(_ type: E.Type) -> Bool {
            guard let value = reader.decode(E.self) else { return false }
            decoded.dataset[keyPath: E.elements].append(value)
            decoded.lines[E.elementKind, default: []].append(job.line)
            return true
          }
          guard append(kind.elementType) else { return nil }
        }
      }
      return decoded
    }
  }
}
