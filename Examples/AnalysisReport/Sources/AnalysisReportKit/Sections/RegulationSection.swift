import AIYearbook

extension ReportWriter {
  /// Regulations counted by jurisdiction and year, then listed per jurisdiction.
  mutating func regulationSection() throws {
    let groups = try yearbook.regulations.grouped(by: [.region, .year], includingRecords: true)
    // A regulation has one jurisdiction, so the region key gives each record one group.
    var counts: [String: [String: Int]] = [:]
    var records: [String: [Regulation]] = [:]
    for group in groups {
      let jurisdiction = group.group.values[0] ?? "none"
      let year = group.group.values[1] ?? "undated"
      counts[jurisdiction, default: [:]][year, default: 0] += group.count
      records[jurisdiction, default: []] += group.records ?? []
    }
    let years = Set(counts.values.flatMap(\.keys)).sorted { lhs, rhs in
      lhs == "undated" ? false : rhs == "undated" ? true : lhs < rhs
    }
    let totals = counts.mapValues { $0.values.reduce(0, +) }
    let jurisdictions = counts.keys.sorted { (-(totals[$0] ?? 0), $0) < (-(totals[$1] ?? 0), $1) }
    func name(_ code: String) -> String { Region(rawValue: code).name.en }

    var lines = [heading(2), ""]
    lines.append(
      """
      \(yearbook.regulations.count()) laws, plans, guidelines and standards, counted by the \
      jurisdiction that issued them and the year of their date (issued, else adopted, else in \
      force). A province is its own jurisdiction here; "undated" means the documents give no date.

      """)
    let chart = BarChart(
      title: "Regulations by jurisdiction", subtitle: "AIYearbook data \(yearbook.dataVersion)",
      bars: jurisdictions.map { code in
        let total = totals[code] ?? 0
        return .init(label: "\(name(code)) (\(code))", value: Double(total), valueLabel: String(total))
      })
    lines.append(addChart("regulations-by-jurisdiction.svg", chart, alt: "Regulations by jurisdiction"))
    lines.append("")
    lines.append(
      Markdown.table(
        ["Jurisdiction"] + years + ["All"],
        jurisdictions.map { code in
          [Markdown.cell("\(name(code)) (\(code))")] + years.map { counts[code]?[$0].map(String.init) ?? "" }
            + [String(totals[code] ?? 0)]
        }, alignRight: Set(1...(years.count + 1))))
    lines.append("")
    for code in jurisdictions {
      lines.append("### \(Markdown.text(name(code))) (\(code))\n")
      let list = (records[code] ?? []).sorted { lhs, rhs in
        switch (lhs.date, rhs.date) {
        case (let left?, let right?): left == right ? lhs.id < rhs.id : left < right
        case (nil, nil): lhs.id < rhs.id
        case (nil, _): false
        case (_, nil): true
        }
      }
      for regulation in list {
        lines.append(
          "- \(regulation.date?.description ?? "undated") · **\(Markdown.text(regulation.title.en))** · "
            + "\(Markdown.text(regulation.title.zh)) — \(regulation.status.rawValue), "
            + "\(regulation.category.rawValue) \(footnotes.cite(regulation))")
      }
      lines.append("")
    }
    sections.append(lines.joined(separator: "\n"))
  }
}
