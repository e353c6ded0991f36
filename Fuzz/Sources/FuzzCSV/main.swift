// The CSV writer: what CSVExport writes parses back, under a strict RFC 4180 reader written
// here, to the same fields.
//
// Each input is read two ways. As rows: bytes 0x1E end a row and 0x1F end a field, and
// CSVExport.document of those rows must parse back to them, byte for byte. As a dataset (JSON
// Lines or an export object, elements that decode): each record kind rendered by
// CSVExport.render must parse to the documented header, one row per record with every
// column, and the identifier, first quote, notes and citations JSON of each record.
@_spi(Fuzzing) import AIYearbook
import AIYearbookCore
import Foundation
import FuzzDriver
import FuzzSupport

enum CSVError: Error {
  case unterminatedQuote
  case quoteInUnquotedField(Int)
  case lineBreakInUnquotedField(Int)
  case textAfterClosingQuote(Int)
  case missingFinalLineBreak
}

/// A strict RFC 4180 reader: `,` between fields, CRLF after every record (the last too),
/// fields with `,`, `"`, CR or LF quoted, `""` for a quote inside quotes. A leading UTF-8
/// byte-order mark is skipped.
func parseCSV(_ text: String) throws(CSVError) -> [[[UInt8]]] {
  var bytes = Array(text.utf8)
  if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
  let comma = UInt8(ascii: ",")
  let quote = UInt8(ascii: "\"")
  let cr: UInt8 = 0x0D
  let lf: UInt8 = 0x0A
  var rows: [[[UInt8]]] = []
  var row: [[UInt8]] = []
  var index = 0
  guard !bytes.isEmpty else { return [] }
  while true {
    var field: [UInt8] = []
    if index < bytes.count, bytes[index] == quote {
      index += 1
      while true {
        guard index < bytes.count else { throw .unterminatedQuote }
        if bytes[index] == quote {
          if index + 1 < bytes.count, bytes[index + 1] == quote {
            field.append(quote)
            index += 2
          } else {
            index += 1
            break
          }
        } else {
          field.append(bytes[index])
          index += 1
        }
      }
    } else {
      while index < bytes.count, bytes[index] != comma, bytes[index] != cr {
        if bytes[index] == quote { throw .quoteInUnquotedField(index) }
        if bytes[index] == lf { throw .lineBreakInUnquotedField(index) }
        field.append(bytes[index])
        index += 1
      }
    }
    row.append(field)
    guard index < bytes.count else { throw .missingFinalLineBreak }
    if bytes[index] == comma {
      index += 1
      continue
    }
    guard bytes[index] == cr else { throw .textAfterClosingQuote(index) }
    guard index + 1 < bytes.count, bytes[index + 1] == lf else { throw .lineBreakInUnquotedField(index) }
    index += 2
    rows.append(row)
    row = []
    if index == bytes.count { return rows }
  }
}

func parsed(_ text: String, _ what: String) -> [[[UInt8]]] {
  do {
    return try parseCSV(text)
  } catch {
    fuzzFailure("\(what): the CSV does not parse (\(error)): \(text.debugDescription)")
  }
}

func checkRows(_ data: Data) {
  let rows = data.split(separator: 0x1E, omittingEmptySubsequences: false).map { row in
    row.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
  }
  let back = parsed(CSVExport.document(rows), "document(_:)")
  let expected = rows.map { $0.map { Array($0.utf8) } }
  fuzzCheck(back == expected, "document(_:) of \(rows) parses back as \(back)")
}

func field(_ row: [[UInt8]], _ columns: [String], _ name: String) -> String? {
  columns.firstIndex(of: name).map { String(decoding: row[$0], as: UTF8.self) }
}

func checkRecords<R: Record>(_ records: [R], in dataset: Dataset) {
  guard !records.isEmpty else { return }
  let columns = CSVExport.columns(for: R.elementKind)
  let text: String
  do {
    text = try CSVExport.render(records, byteOrderMark: records.count % 2 == 0)
    let byKind = try CSVExport.render(dataset, kind: R.elementKind, byteOrderMark: records.count % 2 == 0)
    fuzzCheck(text == byKind, "render(records) and render(dataset, kind:) differ")
  } catch {
    return  // a citation that cannot be encoded as JSON is a documented error
  }
  let rows = parsed(text, "\(R.elementKind)")
  fuzzCheck(rows.count == records.count + 1, "\(R.elementKind): \(rows.count) rows for \(records.count) records")
  fuzzCheck(rows.first == columns.map { Array($0.utf8) }, "\(R.elementKind): the header is \(rows.first ?? [])")
  for (record, row) in zip(records, rows.dropFirst()) {
    fuzzCheck(row.count == columns.count, "\(record.id.rawValue): \(row.count) fields for \(columns.count) columns")
    func expect(_ name: String, _ value: String) {
      let got = field(row, columns, name)
      fuzzCheck(
        got.map { Array($0.utf8) } == Array(value.utf8),
        "\(R.elementKind) \(name): wrote \(value.debugDescription), read \(String(describing: got?.debugDescription))")
    }
    expect("id", record.id.rawValue)
    expect("citation1_quote", record.citations.first?.quote ?? "")
    expect("citation1_locator", record.citations.first?.locator ?? "")
    expect("note.zh", record.note?.zh ?? "")
    expect("note.en", record.note?.en ?? "")
    expect("citation_count", String(record.citations.count))
    if let json = field(row, columns, "citations_json") {
      let citations = try? JSONDecoder().decode([Citation].self, from: Data(json.utf8))
      fuzzCheck(citations == record.citations, "\(record.id.rawValue): citations_json does not read back")
    }
  }
}

func dataset(_ data: Data) -> Dataset? {
  if let read = try? DatasetReader.slowReadJSONLines(data) { return read.dataset }
  return try? DatasetReader.slowReadExportObject(data).dataset
}

func test(_ data: Data) {
  checkRows(data)
  guard data.first == UInt8(ascii: "{"), let dataset = dataset(data) else { return }
  checkRecords(dataset.events, in: dataset)
  checkRecords(dataset.fundingRounds, in: dataset)
  checkRecords(dataset.statistics, in: dataset)
  checkRecords(dataset.benchmarkResults, in: dataset)
  checkRecords(dataset.regulations, in: dataset)
}

exit(
  yearbook_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    test(fuzzInput(data, size))
    return 0
  })
