/// One value of a scanned JSON text: its kind, where its bytes are, and for
/// arrays and objects where the next sibling's token is.
struct JSONToken: Sendable {
  /// What the token is.
  enum Kind: UInt8, Sendable {
    case null, `true`, `false`, number, string, array, object
  }

  var kind: Kind
  /// Strings: whether the text has escapes. Numbers: whether it is a plain integer.
  var flag: Bool
  /// Strings: the first byte after the quote; numbers: the first byte; containers: the bracket.
  var start: Int32
  /// Strings: the closing quote; numbers: one past the last byte; containers: the number of
  /// elements (arrays) or members (objects).
  var end: Int32
  /// The index of the token after this value and everything inside it.
  var next: Int32
}
