#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

extension Yearbook {
  /// Reads files in the export format (JSON or JSON Lines), merged with the
  /// embedded data unless asked not to.
  ///
  /// Equal copies of an element merge silently, so loading a file exported
  /// from this data changes nothing; an identifier with different content is an
  /// error unless `preferringFiles` is set, when the file's copy wins.
  ///
  /// ```swift
  /// // url: a file written by `yearbook export`
  /// let merged = try Yearbook.load([url])
  /// let alone = try Yearbook.load([url], includingEmbedded: false)
  /// ```
  ///
  /// - Parameters:
  ///   - files: The files, merged in order.
  ///   - includingEmbedded: Whether to start from the embedded data (the default).
  ///   - preferringFiles: Whether a file's copy of an identifier replaces an earlier, different one.
  /// - Throws: ``YearbookError/invalidData(_:)`` listing every problem of every
  ///   file, each against its file and path; ``YearbookError/unreadableFile(file:reason:)``
  ///   and the other reading errors for a file that cannot be read at all.
  public static func load(
    _ files: [URL], includingEmbedded: Bool = true, preferringFiles: Bool = false
  ) throws(YearbookError) -> Yearbook {
    try load(files, includingEmbedded: includingEmbedded, preferringFiles: preferringFiles, progress: { _ in })
  }

  /// Reads files in the export format (JSON or JSON Lines), merged with the
  /// embedded data unless asked not to, telling `progress` how far each file is read.
  ///
  /// A JSON Lines file is read from disk block by block, each block decoded
  /// before the next is read, so a large file is never held in memory beside
  /// its records; `progress` hears after each block.
  ///
  /// ```swift
  /// // url: a large file written by `yearbook export --format jsonl`
  /// let yearbook = try Yearbook.load([url], progress: { step in
  ///   print("\(step.file): \(step.bytesRead) bytes, \(step.elements) records")
  /// })
  /// ```
  ///
  /// - Parameters:
  ///   - files: The files, merged in order.
  ///   - includingEmbedded: Whether to start from the embedded data (the default).
  ///   - preferringFiles: Whether a file's copy of an identifier replaces an earlier, different one.
  ///   - progress: Called as files are read.
  /// - Throws: The errors of ``load(_:includingEmbedded:preferringFiles:)-([URL],_,_)``.
  public static func load(
    _ files: [URL], includingEmbedded: Bool = true, preferringFiles: Bool = false,
    progress: (LoadProgress) -> Void
  ) throws(YearbookError) -> Yearbook {
    let report = try DatasetValidation.run(
      files.map(DatasetValidation.Source.file), includingEmbedded: includingEmbedded,
      preferringFiles: preferringFiles, progress: progress)
    guard report.errors.isEmpty, let yearbook = report.yearbook else { throw .invalidData(report.errors) }
    return yearbook
  }

  /// Reads one file in the export format, merged with the embedded data unless asked not to.
  ///
  /// - Throws: The errors of ``load(_:includingEmbedded:preferringFiles:)-([URL],_,_)``.
  public init(contentsOf url: URL, includingEmbedded: Bool = true) throws(YearbookError) {
    self = try Yearbook.load([url], includingEmbedded: includingEmbedded)
  }

  /// Reads in-memory files in the export format (JSON or JSON Lines).
  ///
  /// - Throws: The errors of ``load(_:includingEmbedded:preferringFiles:)-([URL],_,_)``.
  public static func load(
    _ inputs: [DatasetInput], includingEmbedded: Bool = true, preferringFiles: Bool = false
  ) throws(YearbookError) -> Yearbook {
    let report = try DatasetValidation.run(
      inputs, includingEmbedded: includingEmbedded, preferringFiles: preferringFiles)
    guard report.errors.isEmpty, let yearbook = report.yearbook else { throw .invalidData(report.errors) }
    return yearbook
  }

  /// A yearbook holding this one's data and `other`'s.
  ///
  /// - Parameters:
  ///   - other: The data to add.
  ///   - origin: Where `other` comes from, for error messages.
  ///   - preferringNew: Whether `other`'s copy of an identifier replaces a different one.
  /// - Throws: ``YearbookError/duplicateID(id:first:second:differingFields:)`` naming
  ///   both places and the differing fields when `other` redefines an identifier.
  public func merging(_ other: Dataset, origin: String, preferringNew: Bool = false) throws(YearbookError) -> Yearbook {
    var merger = DatasetMerger(self)
    try merger.add(other, origin: origin, preferringNew: preferringNew)
    guard merger.dataset != nil else { return self }
    return Yearbook(merged: merger)
  }
}

/// A file to load: its name, for messages, and its bytes.
///
/// ```swift
/// let input = DatasetInput(name: "mine.json", data: bytes)
/// let yearbook = try Yearbook.load([input])
/// ```
public struct DatasetInput: Hashable, Sendable {
  /// The name problems are reported against (`mine.json`, `-` for standard input).
  public var name: String
  /// The file's bytes.
  public var data: Data

  /// A file from its name and bytes.
  public init(name: String, data: Data) {
    self.name = name
    self.data = data
  }

  /// Reads a file; its name is the file's last path component.
  ///
  /// - Throws: ``YearbookError/unreadableFile(file:reason:)``.
  public init(contentsOf url: URL) throws(YearbookError) {
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadableFile(file: url.path, reason: "\(error)")
    }
    name = url.lastPathComponent
  }
}
