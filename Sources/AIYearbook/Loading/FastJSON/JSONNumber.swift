/// Numbers of a scanned JSON text, read as `JSONDecoder` reads them.
enum JSONNumber {
  /// Powers of ten a `Double` holds exactly.
  private static let exactPowers: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  /// The value of the number text in `bytes[start..<end]`, correctly rounded; `nil` when it is not one.
  ///
  /// Up to 15 significant digits with a small exponent are computed exactly (one
  /// multiplication or division of exact values); anything else goes to the
  /// standard library's parser.
  static func double(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Double? {
    var index = start
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var mantissa: UInt64 = 0
    var digits = 0
    var scale = 0
    var simple = true
    while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
      if mantissa != 0 || bytes[index] != 0x30 { digits += 1 }
      mantissa = mantissa &* 10 &+ UInt64(bytes[index] - 0x30)
      index += 1
    }
    if index < end, bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
        if mantissa != 0 || bytes[index] != 0x30 { digits += 1 }
        mantissa = mantissa &* 10 &+ UInt64(bytes[index] - 0x30)
        scale -= 1
        index += 1
      }
    }
    if index < end { simple = false }
    if simple, digits <= 15, scale >= -22 {
      var value = Double(mantissa)
      if scale < 0 { value /= exactPowers[-scale] }
      return negative ? -value : value
    }
    let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    // JSONDecoder refuses what does not survive the conversion (underflow to zero, subnormals):
    // leave those to it.
    guard let value = Double(text), value.isNormal || (value == 0 && mantissa == 0) else { return nil }
    return value
  }

  /// The value of a plain integer text (digits, an optional minus), or `nil` when it does not fit.
  static func integer(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int? {
    var index = start
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    guard end - index <= 18 else { return nil }
    var value = 0
    while index < end {
      value = value * 10 + Int(bytes[index] - 0x30)
      index += 1
    }
    return negative ? -value : value
  }
}
