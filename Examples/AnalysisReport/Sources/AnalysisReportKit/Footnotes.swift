import AIYearbook

/// The report's footnotes: one per cited record (or conflict passage), numbered in order of first use.
///
/// A footnote holds every citation of its record: the quote verbatim (escaped, never read as
/// markup), the source document's title, the locator (heading path) and the upstream source the
/// document names, if any.
struct Footnotes {
  let yearbook: Yearbook
  private var numbers: [String: Int] = [:]
  private(set) var definitions: [(number: Int, citations: [Citation])] = []

  init(yearbook: Yearbook) { self.yearbook = yearbook }

  /// The reference (`[^3]`) to the footnote for a record, made on first use.
  mutating func cite(_ record: some Record) -> String {
    cite(key: record.id.rawValue, record.citations)
  }

  /// The reference to a footnote holding `citations`, made on first use of `key`.
  mutating func cite(key: String, _ citations: [Citation]) -> String {
    if let number = numbers[key] { return "[^\(number)]" }
    let number = definitions.count + 1
    numbers[key] = number
    definitions.append((number, citations))
    return "[^\(number)]"
  }

  /// The number of footnotes so far.
  var count: Int { definitions.count }

  /// The footnote definitions, in order.
  func rendered() -> String {
    definitions.map { number, citations in
      let indent = "    "
      let parts = citations.enumerated().map { index, citation in
        (index == 0 ? "" : indent + "Also: ") + line(for: citation, indent: indent)
      }
      return "[^\(number)]: " + parts.joined(separator: "\n\n")
    }.joined(separator: "\n")
  }

  /// “quote” — 《source title》, locator. Upstream: url.
  private func line(for citation: Citation, indent: String) -> String {
    let title = yearbook.source(citation.source)?.title.zh ?? citation.source.rawValue
    var text =
      "“" + Markdown.text(citation.quote, lineBreak: "  \n" + indent) + "” — 《" + Markdown.text(title) + "》 ("
      + citation.source.rawValue + "), " + Markdown.text(citation.locator, lineBreak: " ")
    if let upstream = citation.upstream {
      text +=
        ". Upstream: " + (upstream.url.flatMap(Markdown.autolink) ?? Markdown.text(upstream.quote, lineBreak: " "))
    }
    return text
  }
}
