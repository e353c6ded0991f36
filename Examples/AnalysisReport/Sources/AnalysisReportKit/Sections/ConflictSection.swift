import AIYearbook

extension ReportWriter {
  /// Where the sources disagree: each conflict's two sides with the value and the passage each states.
  mutating func conflictSection() {
    let conflicts = yearbook.conflicts()
    var lines = [heading(4), ""]
    lines.append(
      """
      The dataset keeps every version a document states and pairs the versions that cannot both be \
      right: \(conflicts.count) disagreements. Each side is a value or date one passage states, with \
      that passage as its footnote; neither is corrected.

      """)
    for (index, conflict) in conflicts.enumerated() {
      var titles: [String] = []
      for id in conflict.recordIDs {
        guard let title = (try? yearbook.element(id: id))?.element.title(names: yearbook).en else { continue }
        if !titles.contains(title) { titles.append(title) }
      }
      lines.append("### 5.\(index + 1) \(Markdown.text(titles.joined(separator: " / ")))\n")
      var about = "Kind: `\(conflict.kind.rawValue)`."
      if let note = conflict.note { about += " " + Markdown.text(note.en) }
      lines.append(about + "\n")
      var rows: [[String]] = []
      var notes: [String] = []
      for side in conflict.sides {
        let record = (try? yearbook.element(id: side.record))?.record
        // A side names its source and quote but not the locator: find the citation it quotes.
        let citation =
          record?.citations.first { $0.source == side.source && $0.quote == side.quote }
          ?? Citation(source: side.source, quote: side.quote, locator: "")
        rows.append([
          "`\(side.record)`", side.kind.rawValue, Markdown.cell(side.value?.formatted(.english) ?? "no value"),
          Markdown.cell(yearbook.source(side.source)?.title.zh ?? side.source.rawValue),
          "“" + Markdown.cell(side.quote) + "”", footnotes.cite(key: side.record + "\u{1F}" + side.quote, [citation]),
        ])
        if let note = side.note?.en, !notes.contains(note) { notes.append(note) }
      }
      lines.append(Markdown.table(["Record", "Kind", "Value", "Source", "Passage", "Cite"], rows))
      lines.append("")
      for note in notes { lines.append("> " + Markdown.text(note) + "\n") }
    }
    sections.append(lines.joined(separator: "\n"))
  }

  /// The five documents.
  mutating func sourcesSection() {
    var lines = [heading(5), ""]
    lines.append(
      "The footnotes quote these documents; their text is not redistributed (Documentation/Sources.md).\n")
    lines.append(
      Markdown.table(
        ["Id", "Title", "Publisher", "Date"],
        yearbook.dataset.sources.map { source in
          [
            source.id.rawValue, Markdown.cell("\(source.title.zh) — \(source.title.en)"),
            Markdown.cell(source.publisher.en), source.date?.description ?? "undated",
          ]
        }))
    lines.append("")
    sections.append(lines.joined(separator: "\n"))
  }
}
