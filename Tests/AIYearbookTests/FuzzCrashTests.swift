import Foundation
import Testing

@testable import AIYearbook

/// The inputs on which the fuzz targets in Fuzz/ failed, kept under
/// Tests/Fixtures/Yearbook/fuzz-crashes/<target>/ and fed through the API: each is
/// rejected with an error or read correctly, never a crash.
@Suite("Fuzz crash reproducers")
struct FuzzCrashTests {
  static let folder = TestSupport.fixtureURL("fuzz-crashes")

  /// The reproducers of one target's folder (`csv`, `export`, `fast-decoding`, `date`).
  static func reproducers(_ target: String) -> [URL] {
    let directory = folder.appendingPathComponent(target)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().map { directory.appendingPathComponent($0) }
  }

  /// A strict RFC 4180 reader (CRLF after every record; `""` inside quotes), independent of the writer.
  static func parseCSV(_ text: String) -> [[[UInt8]]]? {
    let bytes = Array(text.utf8)
    let comma = UInt8(ascii: ",")
    let quote = UInt8(ascii: "\"")
    let cr: UInt8 = 0x0D
    let lf: UInt8 = 0x0A
    var rows: [[[UInt8]]] = []
    var row: [[UInt8]] = []
    var index = 0
    if bytes.isEmpty { return [] }
    while true {
      var field: [UInt8] = []
      if index < bytes.count, bytes[index] == quote {
        index += 1
        while true {
          guard index < bytes.count else { return nil }
          if bytes[index] == quote {
            guard index + 1 < bytes.count, bytes[index + 1] == quote else { break }
            index += 1
          }
          field.append(bytes[index])
          index += 1
        }
        index += 1
      } else {
        while index < bytes.count, bytes[index] != comma, bytes[index] != cr {
          guard bytes[index] != quote, bytes[index] != lf else { return nil }
          field.append(bytes[index])
          index += 1
        }
      }
      row.append(field)
      guard index < bytes.count else { return nil }
      if bytes[index] == comma {
        index += 1
        continue
      }
      guard bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf else { return nil }
      index += 2
      rows.append(row)
      row = []
      if index == bytes.count { return rows }
    }
  }

  @Test func csvReproducersParseBackToTheirFields() throws {
    let files = Self.reproducers("csv")
    #expect(!files.isEmpty)
    for file in files {
      // The CSV target's row form: 0x1E ends a row, 0x1F a field.
      let data = try Data(contentsOf: file)
      let rows = data.split(separator: 0x1E, omittingEmptySubsequences: false).map { row in
        row.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
      }
      let back = Self.parseCSV(CSVExport.document(rows))
      #expect(back == rows.map { $0.map { Array($0.utf8) } }, "\(file.lastPathComponent)")
    }
  }

  @Test(arguments: [
    ("a\r\nb", "\"a\r\nb\""),
    ("\"\u{301}", "\"\"\"\u{301}\""),
    (",\u{301}", "\",\u{301}\""),
    ("\r\u{301}", "\"\r\u{301}\""),
    ("plain", "plain"),
  ])
  func fieldsHoldingASeparatorInsideACharacterAreQuoted(_ value: String, _ written: String) {
    #expect(Array(CSVExport.field(value).utf8) == Array(written.utf8))
  }

  /// FuzzFastDecoding, in CI's 10-second run: an export file whose source's `publisher` lacks
  /// `en` (the key mutated to `on`). The fast path kept the element's error, as it should, but
  /// the target's hook dropped the fast path's errors, so the two paths looked different. Both
  /// paths must report the same located error and the same remaining elements.
  @Test func fastDecodingReproducersAgreeWithJSONDecoder() throws {
    let files = Self.reproducers("fast-decoding")
    #expect(!files.isEmpty)
    for file in files {
      let data = try Data(contentsOf: file)
      let slow = try DatasetReader.readExportObject(data, file: "fuzz.json")
      #expect(!slow.errors.isEmpty, "\(file.lastPathComponent)")
      if let fast = FastDatasetReader.readExportObject(data, file: "fuzz.json") {
        #expect(fast.errors.map(\.description) == slow.errors.map(\.description), "\(file.lastPathComponent)")
        #expect(fast.dataset == slow.dataset, "\(file.lastPathComponent)")
      }
      // Through the API: refused, the error at the source's publisher.
      let report = Yearbook.validate([DatasetInput(name: "fuzz.json", data: data)], includingEmbedded: false)
      #expect(report.errors.contains { $0.description.contains("publisher.en") }, "\(report.errors)")
    }
  }
}
