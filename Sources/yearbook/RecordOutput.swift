import AIYearbook
import Foundation

enum RecordOutput {
  static func write<R: Record>(
    _ records: [R], yearbook: Yearbook, presentation: RecordPresentation<R>, format: String, language: Language,
    cite: Bool, output: inout Output
  ) throws {
    switch format {
    case "json":
      output.write(String(decoding: try CanonicalJSON.encode(records), as: UTF8.self))
    case "csv":
      var rows = [presentation.columns + (cite ? ["citation1_source", "citation1_quote", "citation_count"] : [])]
      for record in records {
        rows.append(
          presentation.cells(record, yearbook, language)
            + (cite
              ? [
                record.citations.first?.source.rawValue ?? "", record.citations.first?.quote ?? "",
                String(record.citations.count),
              ] : []))
      }
      output.write(CSVWriter.render(rows))
    case "markdown":
      output.line("| " + presentation.columns.joined(separator: " | ") + " |")
      output.line("|" + presentation.columns.map { _ in " --- |" }.joined())
      for record in records {
        output.line(
          "| " + presentation.cells(record, yearbook, language).map(markdownCell).joined(separator: " | ") + " |")
        if cite {
          for citation in record.citations {
            output.line(
              "|  | ↳ \(citation.source) | \(markdownCell(citation.quote)) |"
                + String(repeating: " |", count: max(0, presentation.columns.count - 3)))
          }
        }
      }
    default:
      var rows: [[String]] = []
      for record in records {
        rows.append(presentation.cells(record, yearbook, language).map { truncate($0, 60) })
        if cite {
          for citation in record.citations {
            rows.append([
              "", "  ↳ \(citation.source)", truncate(citation.quote.replacingOccurrences(of: "\n", with: " "), 80),
            ])
          }
        }
      }
      output.write(
        TextTable.render(header: presentation.columns, rows: rows.map { pad($0, presentation.columns.count) }))
      output.line("\(records.count) record\(records.count == 1 ? "" : "s")")
    }
  }

  static func pad(_ row: [String], _ count: Int) -> [String] {
    row.count >= count ? row : row + Array(repeating: "", count: count - row.count)
  }

  static func truncate(_ text: String, _ width: Int) -> String {
    let flat = text.replacingOccurrences(of: "\n", with: " ")
    guard TextTable.displayWidth(flat) > width else { return flat }
    var result = ""
    for character in flat {
      if TextTable.displayWidth(result + String(character)) > width - 1 { break }
      result.append(character)
    }
    return result + "…"
  }

  static func markdownCell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}

enum GroupOutput {
  static func write<R: Record>(
    _ groups: [RecordGroup<R>], query: RecordQuery<R>, arguments: ParsedArguments, format: String, output: inout Output
  ) throws {
    var currency: Currency?
    if let code = arguments.value("currency") {
      guard R.self == FundingRound.self else { throw UsageError("'--currency' applies to 'funding' only") }
      let upper = code.uppercased()
      guard upper.count == 3, upper.allSatisfy(\.isLetter) else {
        throw UsageError("invalid value '\(code)' for '--currency' (expected an ISO 4217 code such as USD)")
      }
      currency = Currency(upper)
    }
    var totals: [String?: AggregateResult] = [:]
    if let currency, let rounds = query as? RecordQuery<FundingRound> {
      for group in groups {
        let ids = Set(group.records.map(\.id.rawValue))
        totals[group.key] = rounds.filter { ids.contains($0.id.rawValue) }.totalAmount(in: currency)
      }
    }
    switch format {
    case "json":
      var items: [GroupRow] = []
      for group in groups {
        let total = totals[group.key]
        items.append(
          GroupRow(
            group: group.key, count: group.count, total: total?.value, currency: total?.unit,
            excluded: total.map { $0.excluded }))
      }
      output.write(String(decoding: try CanonicalJSON.encode(items), as: UTF8.self))
    default:
      let header = ["group", "count"] + (currency != nil ? ["total", "excluded"] : [])
      let rows = groups.map { group -> [String] in
        var row = [group.key ?? "(none)", String(group.count)]
        if let total = totals[group.key] {
          row += [
            total.value.map { CSVExport.number($0.rounded()) + " " + (total.unit ?? "") } ?? "",
            String(total.excluded.count),
          ]
        }
        return row
      }
      if format == "csv" {
        output.write(CSVWriter.render([header] + rows))
      } else if format == "markdown" {
        output.line("| " + header.joined(separator: " | ") + " |")
        output.line("|" + header.map { _ in " --- |" }.joined())
        for row in rows { output.line("| " + row.joined(separator: " | ") + " |") }
      } else if arguments.has("chart") {
        let largest = max(1, groups.map(\.count).max() ?? 1)
        let labelWidth = rows.map { TextTable.displayWidth($0[0]) }.max() ?? 0
        for (group, row) in zip(groups, rows) {
          let bar = String(repeating: "█", count: max(group.count > 0 ? 1 : 0, group.count * 40 / largest))
          let label = row[0] + String(repeating: " ", count: labelWidth - TextTable.displayWidth(row[0]))
          output.line("\(label)  \(bar) \(group.count)")
        }
      } else {
        output.write(TextTable.render(header: header, rows: rows, rightAligned: [1]))
      }
    }
  }

  struct GroupRow: Encodable {
    var group: String?
    var count: Int
    var total: Double?
    var currency: String?
    var excluded: [AggregateResult.Exclusion]?

    enum CodingKeys: String, CodingKey { case group, count, total, currency, excluded }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(group, forKey: .group)
      try container.encode(count, forKey: .count)
      if currency != nil {
        try container.encode(total, forKey: .total)
        try container.encode(currency, forKey: .currency)
        try container.encode(excluded ?? [], forKey: .excluded)
      }
    }
  }
}

enum CSVWriter {
  /// RFC 4180 rows with CRLF line ends.
  static func render(_ rows: [[String]]) -> String {
    rows.map { row in row.map(CSVExport.field).joined(separator: ",") + "\r\n" }.joined()
  }
}
