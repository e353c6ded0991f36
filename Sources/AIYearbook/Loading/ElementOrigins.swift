/// Where each element of a merged dataset was defined — its file and its place
/// there — kept as small integers beside the data, so a million elements do not
/// cost a million strings; ``description(kind:position:)`` writes the place on demand.
struct ElementOrigins: Sendable {
  /// A file and an element's position in its collection there.
  struct Place: Hashable, Sendable {
    var file: Int32
    var position: Int32
  }

  /// The names places are reported against (`mine.json`, `embedded data`).
  private(set) var files: [String] = []
  /// For each kind, the place of each element, by its position in the merged data.
  private(set) var places: [ElementKind: [Place]] = [:]

  /// The index of a file's name, added when new.
  mutating func file(named name: String) -> Int32 {
    if let index = files.firstIndex(of: name) { return Int32(index) }
    files.append(name)
    return Int32(files.count - 1)
  }

  /// Records the place of the element appended at the end of `kind`'s collection.
  mutating func append(_ place: Place, kind: ElementKind) { places[kind, default: []].append(place) }

  /// Replaces every place of `kind`'s collection.
  mutating func replacePlaces(kind: ElementKind, with new: [Place]) { places[kind] = new }

  /// Replaces the place of the element at `position`.
  mutating func replace(kind: ElementKind, position: Int, with place: Place) { places[kind]?[position] = place }

  /// `mine.json $.events[3]`.
  func description(kind: ElementKind, position: Int) -> String? {
    guard let place = places[kind]?[safe: position] else { return nil }
    return Self.describe(files[Int(place.file)], kind, Int(place.position))
  }

  /// `mine.json $.events[3]` from its parts.
  static func describe(_ file: String, _ kind: ElementKind, _ position: Int) -> String {
    "\(file) $.\(kind.exportKey)[\(position)]"
  }
}

extension Array {
  /// The element at `index`, or `nil` outside the array.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
