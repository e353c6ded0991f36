/// How far ``Yearbook/load(_:includingEmbedded:preferringFiles:progress:)`` has read a file.
///
/// A large JSON Lines file is read in blocks and reported after each block;
/// other files once, when read.
///
/// ```swift
/// let yearbook = try Yearbook.load([url], progress: { step in
///   print(step.file, step.bytesRead, step.elements)
/// })
/// ```
public struct LoadProgress: Hashable, Sendable {
  /// The file's name.
  public var file: String
  /// The bytes read so far.
  public var bytesRead: Int
  /// The elements (records and entities) decoded so far.
  public var elements: Int

  /// A progress report.
  public init(file: String, bytesRead: Int, elements: Int) {
    self.file = file
    self.bytesRead = bytesRead
    self.elements = elements
  }
}
