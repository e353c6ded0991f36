/// Folds text for case- and width-insensitive search without Foundation's ICU.
///
/// Full-width ASCII forms (`ＧＰＴ－５`, U+FF01–U+FF5E) become their ASCII
/// counterparts, the ideographic space (U+3000) becomes a space, and letters
/// are lowercased, so `ｇｐｔ` finds `GPT` and `Gemini` finds `GEMINI`.
///
/// ```swift
/// TextFolding.fold("ＤｅｅｐＳｅｅｋ－Ｒ１")   // "deepseek-r1"
/// ```
public enum TextFolding {
  /// The folded form of `text`.
  public static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E:
        scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
      case 0x3000:
        scalars.append(" ")
      default:
        scalars.append(scalar)
      }
    }
    return String(scalars).lowercased()
  }

  /// Whether `haystack` contains `needle`, both folded.
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    containsBytes(fold(haystack), fold(needle))
  }

  /// Whether the UTF-8 bytes of `needle` occur in those of `haystack` (both already folded).
  static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
    var haystack = haystack
    var needle = needle
    return haystack.withUTF8 { hay in needle.withUTF8 { pin in containsBytes(hay, pin) } }
  }

  /// Whether `hay` contains the bytes of `pin` (an empty `pin` is contained everywhere).
  static func containsBytes(_ hay: UnsafeBufferPointer<UInt8>, _ pin: UnsafeBufferPointer<UInt8>) -> Bool {
    firstOffset(of: pin, in: hay) != nil
  }

  /// Where the bytes of `pin` first occur in `hay` (0 for an empty `pin`), or `nil`.
  static func firstOffset(of pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !pin.isEmpty else { return 0 }
    guard pin.count <= hay.count, let first = pin.first else { return nil }
    var index = 0
    let last = hay.count - pin.count
    while index <= last {
      if hay[index] == first {
        var offset = 1
        while offset < pin.count && hay[index + offset] == pin[offset] { offset += 1 }
        if offset == pin.count { return index }
      }
      index += 1
    }
    return nil
  }
}
