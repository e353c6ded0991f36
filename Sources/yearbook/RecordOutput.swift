import AIYearbook
import Foundation

enum RecordOutput {
  static func write<R: Record>(
    _ records: [R], yearbook: Yearbook, format: OutputFormat, language: Language, cite: Bool, output: inout Output
  ) throws {
    let presentation = Presentations.presentation(for: R.elementKind)
    switch format {
    case .json:
      output.write(String(decoding: try CanonicalJSON.encode(records), as: UTF8.self))
    case .csv:
      output.write(try CSVExport.render(records))
    case .markdown:
      output.line("| " + presentation.columns.joined(separator: " | ") + " |")
      output.line("|" + presentation.columns.map { _ in " --- |" }.joined())
      for record in records {
        output.line(
          "| " + presentation.cells(record.erased, yearbook, language).map(markdownCell).joined(separator: " | ")
            + " |")
        if cite {
          for citation in record.citations {
            output.line(
              "|  | ↳ \(citation.source) | \(markdownCell(citation.quote)) |"
                + String(repeating: " |", count: max(0, presentation.columns.count - 3)))
          }
        }
      }
    case .table:
      var rows: [[String]] = []
      for record in records {
        rows.append(presentation.cells(record.erased, yearbook, language).map { truncate($0, 60) })
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
    _ groups: [RecordGroup<R>], keys: [GroupingKey<R>], format: OutputFormat, chart: Bool, output: inout Output
  ) throws {
    if format == .json {
      output.write(String(decoding: try CanonicalJSON.encode(groups), as: UTF8.self))
      return
    }
    let hasTotals = groups.contains { $0.total != nil }
    let header = ["group", "count"] + (hasTotals ? ["summed", "total", "excluded"] : [])
    let rows = groups.map { group -> [String] in
      var row = [group.group.description, String(group.count)]
      if let total = group.total {
        row += [
          String(total.count),
          total.value.map { CSVExport.number($0.rounded()) + " " + (total.unit ?? "") } ?? "",
          String(total.excluded.count),
        ]
      }
      return row
    }
    let overlapping = keys.contains(where: \.isMultiValued)
    switch format {
    case .csv:
      output.write(CSVExport.document([header] + rows))
    case .markdown:
      output.line("| " + header.joined(separator: " | ") + " |")
      output.line("|" + header.map { _ in " --- |" }.joined())
      for row in rows { output.line("| " + row.joined(separator: " | ") + " |") }
    default:
      if chart {
        let largest = max(1, groups.map(\.count).max() ?? 1)
        let labelWidth = rows.map { TextTable.displayWidth($0[0]) }.max() ?? 0
        for (group, row) in zip(groups, rows) {
          let bar = String(repeating: "█", count: max(group.count > 0 ? 1 : 0, group.count * 40 / largest))
          let label = row[0] + String(repeating: " ", count: labelWidth - TextTable.displayWidth(row[0]))
          output.line("\(label)  \(bar) \(group.count)")
        }
      } else {
        output.write(TextTable.render(header: header, rows: rows, rightAligned: Set(1..<header.count)))
      }
      if overlapping { output.line("(groups overlap: a record with several values counts in each)") }
    }
  }
}
