/// A horizontal bar chart written as SVG by hand: no dependencies, text escaped as XML.
///
/// Bars without a value (an empty quarter) are drawn as an empty row with their label, so the
/// reader sees the gap rather than a missing row.
struct BarChart: Sendable {
  struct Bar: Sendable {
    var label: String
    var value: Double?
    var valueLabel: String
  }

  var title: String
  var subtitle: String?
  var bars: [Bar]
  /// Lines under the chart: what it leaves out, and why.
  var notes: [String] = []
  /// The value of a full-width bar (100 for shares); the largest value when `nil`.
  var scaleMaximum: Double?

  static let fontFamily =
    "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"

  func svg() -> String {
    let width = 760.0
    let fontSize = 13.0
    let rowHeight = 26.0
    let barHeight = 16.0
    let labelWidth = min(300, max(80, bars.map { Self.textWidth($0.label, fontSize) }.max() ?? 80) + 12)
    let valueWidth = min(260, max(60, bars.map { Self.textWidth($0.valueLabel, fontSize) }.max() ?? 60) + 12)
    let barLeft = 16 + labelWidth
    let barSpace = width - barLeft - valueWidth - 16
    var top = 30.0
    var body: [String] = []
    body.append(text(title, x: 16, y: top, size: 16, weight: "bold"))
    if let subtitle {
      top += 20
      body.append(text(subtitle, x: 16, y: top, size: 12, fill: "#555"))
    }
    top += 16
    let maximum = scaleMaximum ?? max(bars.compactMap(\.value).max() ?? 1, .leastNonzeroMagnitude)
    for (index, bar) in bars.enumerated() {
      let y = top + Double(index) * rowHeight
      let middle = y + rowHeight / 2 + fontSize * 0.35
      body.append(text(bar.label, x: barLeft - 8, y: middle, size: fontSize, anchor: "end"))
      let length = bar.value.map { max(0, $0) / maximum * barSpace } ?? 0
      if bar.value != nil {
        body.append(
          "<rect x=\"\(fmt(barLeft))\" y=\"\(fmt(y + (rowHeight - barHeight) / 2))\" width=\"\(fmt(max(length, 1)))\" "
            + "height=\"\(fmt(barHeight))\" fill=\"#3b6ea5\"/>")
      }
      body.append(
        text(
          bar.valueLabel, x: barLeft + length + 6, y: middle, size: fontSize, fill: bar.value == nil ? "#888" : "#222"))
    }
    let axisBottom = top + Double(bars.count) * rowHeight
    body.append(
      "<line x1=\"\(fmt(barLeft))\" y1=\"\(fmt(top))\" x2=\"\(fmt(barLeft))\" y2=\"\(fmt(axisBottom))\" stroke=\"#999\"/>"
    )
    var bottom = axisBottom + 8
    for note in notes {
      bottom += 18
      body.append(text(note, x: 16, y: bottom, size: 12, fill: "#555"))
    }
    let height = bottom + 14
    return """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(fmt(width))" height="\(fmt(height))" \
      viewBox="0 0 \(fmt(width)) \(fmt(height))" font-family="\(Self.fontFamily)">
      <title>\(Self.escape(title))</title>
      <rect width="100%" height="100%" fill="#ffffff"/>
      \(body.joined(separator: "\n"))
      </svg>

      """
  }

  private func text(
    _ string: String, x: Double, y: Double, size: Double, weight: String? = nil, fill: String = "#222",
    anchor: String? = nil
  ) -> String {
    var attributes = "x=\"\(fmt(x))\" y=\"\(fmt(y))\" font-size=\"\(fmt(size))\" fill=\"\(fill)\""
    if let weight { attributes += " font-weight=\"\(weight)\"" }
    if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
    return "<text \(attributes)>\(Self.escape(string))</text>"
  }

  private func fmt(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// An estimate of a label's width: CJK characters are about a font size wide, others about 0.6.
  static func textWidth(_ string: String, _ fontSize: Double) -> Double {
    string.unicodeScalars.reduce(0) { width, scalar in
      width + (scalar.value >= 0x2E80 ? fontSize : fontSize * 0.6)
    }
  }

  /// Text as XML character data or an attribute value.
  static func escape(_ string: String) -> String {
    var result = ""
    for character in string {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default: result.append(character)
      }
    }
    return result
  }
}
