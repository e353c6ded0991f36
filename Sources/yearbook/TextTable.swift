/// Renders rows as aligned columns, measuring Chinese (wide) characters as two columns.
enum TextTable {
  static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let all = [header] + rows
    var widths = Array(repeating: 0, count: header.count)
    for row in all {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], displayWidth(cell))
      }
    }
    func format(_ row: [String]) -> String {
      row.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: max(0, widths[index] - displayWidth(cell)))
        return rightAligned.contains(index) ? padding + cell : cell + padding
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    var lines = [format(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    lines += rows.map(format)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Terminal columns a string takes: East Asian wide and full-width characters count two.
  static func displayWidth(_ string: String) -> Int {
    string.unicodeScalars.reduce(0) { width, scalar in
      if scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0x200B { return width }
      return width + (isWide(scalar) ? 2 : 1)
    }
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      true
    default: false
    }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
