import Foundation
import Testing

/// Parses the CSV exports back (RFC 4180) and compares them with the JSON export.
struct CSVRoundTripTests {
  /// A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
  static func parse(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\r\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        try #require(character != "\n" && character != "\r", "a bare line break outside quotes")
        field.append(character)
      }
    }
    try #require(field.isEmpty && row.isEmpty, "the last record does not end in CRLF")
    return rows
  }

  @Test(arguments: ["events", "benchmarkResults", "fundingRounds", "regulations", "statistics"])
  func csvParsesBackToTheJSONFields(_ kind: String) throws {
    let csv = try CLIRunner.sample(["export", "--format", "csv", "--type", kind])
    #expect(csv.status == 0)
    let rows = try Self.parse(csv.stdout)
    let json = try CLIRunner.sample(["export", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let records = try #require(object[kind] as? [[String: Any]])
    let header = try #require(rows.first)
    #expect(rows.count == records.count + 1, "one row per record")
    #expect(Set(header.map { $0 }).count == header.count, "column names are unique")
    for (record, row) in zip(records, rows.dropFirst()) {
      #expect(row.count == header.count)
      let cell = Dictionary(uniqueKeysWithValues: zip(header, row))
      #expect(cell["id"] == record["id"] as? String)
      #expect(cell["date"] == (record["date"] as? String ?? ""))
      let citations = try #require(record["citations"] as? [[String: Any]])
      #expect(cell["citation_count"] == String(citations.count))
      #expect(cell["citation1_quote"] == citations.first?["quote"] as? String)
      let parsedCitations = try JSONSerialization.jsonObject(with: Data((cell["citations_json"] ?? "").utf8))
      #expect(NSArray(array: parsedCitations as? [Any] ?? []) == NSArray(array: citations))
    }
  }

  @Test func quotesAndCommasSurviveTheRoundTrip() throws {
    let csv = try CLIRunner.sample(["export", "--format", "csv", "--type", "events"])
    let rows = try Self.parse(csv.stdout)
    let header = try #require(rows.first)
    let quoteColumn = try #require(header.firstIndex(of: "citation1_quote"))
    #expect(rows.contains { $0[quoteColumn] == "贝塔上线应用, \"测试\"" })
  }

  @Test func byteOrderMarkOnlyWhenAsked() throws {
    let plain = try CLIRunner.sample(["export", "--format", "csv", "--type", "statistics"])
    let marked = try CLIRunner.sample(["export", "--format", "csv", "--type", "statistics", "--bom"])
    #expect(!plain.stdout.hasPrefix("\u{FEFF}"))
    #expect(marked.stdout.hasPrefix("\u{FEFF}"))
    #expect(String(marked.stdout.dropFirst()) == plain.stdout)
  }

  @Test func amountsAreDottedColumns() throws {
    let csv = try CLIRunner.sample(["export", "--format", "csv", "--type", "fundingRounds"])
    let rows = try Self.parse(csv.stdout)
    let header = try #require(rows.first)
    let round = try #require(rows.first { $0.first == "funding-2025-acme-round" })
    let cell = Dictionary(uniqueKeysWithValues: zip(header, round))
    #expect(cell["amount.amount"] == "40000000000")
    #expect(cell["amount.currency"] == "USD")
    #expect(cell["valuation.amount"] == "300000000000")
    #expect(cell["valuation.basis"] == "post")
    #expect(cell["recipients"] == "org-acme")
  }
}
