/// Markdown helpers: data is text, never markup.
enum Markdown {
  /// Inline text with every character Markdown or HTML could read as markup escaped, so a quote
  /// holding `**4月1日**`, `<https://…>` or `|` prints as written. Line breaks become hard breaks
  /// indented by `indent` (a footnote's continuation), or spaces in a table cell.
  static func text(_ string: String, lineBreak: String = " ") -> String {
    var result = ""
    result.reserveCapacity(string.utf8.count)
    var lines = string.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
    var first = true
    while let line = lines.next() {
      if !first { result += lineBreak }
      first = false
      for character in line {
        switch character {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!", "&", "$":
          result.append("\\")
          result.append(character)
        case "\r": continue
        default: result.append(character)
        }
      }
    }
    return result
  }

  /// `<https://…>` for a URL CommonMark can autolink as it is (no spaces, `<`, `>` or control
  /// characters; backslash escapes do not apply inside); `nil` for anything else.
  static func autolink(_ url: String) -> String? {
    guard url.hasPrefix("https://") || url.hasPrefix("http://"),
      url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0 != "<" && $0 != ">" && $0.value != 0x7F })
    else { return nil }
    return "<" + url + ">"
  }

  /// A table cell: escaped text on one line.
  static func cell(_ string: String) -> String { text(string, lineBreak: " ") }

  /// A pipe table from a header and rows of already escaped cells.
  static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) -> String {
    var lines = ["| " + header.joined(separator: " | ") + " |"]
    lines.append("|" + header.indices.map { alignRight.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|")
    for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
    return lines.joined(separator: "\n")
  }

  /// A heading anchor as GitHub writes it (lowercase, spaces to hyphens, punctuation dropped).
  static func anchor(_ heading: String) -> String {
    String(
      heading.lowercased().compactMap { character -> Character? in
        if character == " " { return "-" }
        if character.isLetter || character.isNumber || character == "-" || character == "_" { return character }
        return nil
      })
  }
}
