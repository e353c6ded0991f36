import Foundation
import Testing

@testable import AIYearbook

/// The fast decoding path against `JSONDecoder`: on the embedded data and on
/// fuzzed variants of it, the fast path gives the slow path's values or declines.
@Suite("Fast decoding against JSONDecoder")
struct FastDatasetReaderTests {
  /// A deterministic random number generator (SplitMix64).
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test func everyResourceFileDecodesToTheSameValues() throws {
    let yearbook = try Yearbook.embedded()
    func check<E: DatasetElement>(_ type: E.Type) throws {
      let file = TestSupport.resourcesDirectory.appendingPathComponent(E.elementKind.exportKey + ".json")
      let data = try Data(contentsOf: file)
      let fast = try #require(FastDatasetReader.decodeArray(E.self, from: data))
      let slow = try JSONDecoder().decode([E].self, from: data)
      #expect(fast == slow, "\(E.elementKind.exportKey)")
      #expect(fast == yearbook.dataset[keyPath: E.elements])
    }
    for kind in ElementKind.allCases { try check(kind.elementType) }
  }

  @Test func theWholeExportDecodesToTheSameValuesAsJSONAndJSONLines() throws {
    let dataset = try Yearbook.embedded().dataset
    let json = try CanonicalJSON.encode(dataset)
    let fast = try #require(FastDatasetReader.readExportObject(json, file: "export.json"))
    let slow = try DatasetReader.readExportObject(json, file: "export.json")
    #expect(fast.dataset == slow.dataset)
    #expect(fast.dataset == dataset)
    #expect(fast.unknownFields == ForwardCompatibility.unknownFields(in: json, file: "export.json"))
    let lines = Data(try JSONLinesExport.render(dataset).utf8)
    let fastLines = try #require(FastDatasetReader.readJSONLines(lines, file: "export.jsonl"))
    let slowLines = try JSONLinesReader.read(lines, file: "export.jsonl")
    #expect(fastLines.dataset == slowLines.dataset)
    for kind in ElementKind.allCases {
      for index in 0..<(slowLines.paths[kind]?.count ?? 0) {
        let path = "$.\(kind.exportKey)[\(index)]"
        #expect(fastLines.filePath(of: path) == slowLines.filePath(of: path))
      }
    }
  }

  /// A small dataset: the first elements of each kind.
  static func sample() throws -> Dataset {
    let full = try Yearbook.embedded().dataset
    var sample = Dataset(schemaVersion: full.schemaVersion, dataVersion: full.dataVersion)
    func take<E: DatasetElement>(_ type: E.Type) {
      sample[keyPath: E.elements] = Array(full[keyPath: E.elements].prefix(3))
    }
    for kind in ElementKind.allCases { take(kind.elementType) }
    return sample
  }

  /// One random change to a JSON text.
  static func mutate(_ text: String, _ random: inout SplitMix) -> [UInt8] {
    var bytes = Array(text.utf8)
    func position(of pattern: String) -> Int? {
      let needle = Array(pattern.utf8)
      var found: [Int] = []
      var index = 0
      while index + needle.count <= bytes.count {
        if bytes[index..<(index + needle.count)].elementsEqual(needle) { found.append(index) }
        index += 1
      }
      return found.randomElement(using: &random)
    }
    /// The end of the JSON value starting at `start` (a string, a number or a literal; containers are not replaced).
    func valueEnd(_ start: Int) -> Int {
      var index = start
      if bytes[index] == UInt8(ascii: "\"") {
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
          index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        return Swift.min(index + 1, bytes.count)
      }
      while index < bytes.count, !",}]\n ".utf8.contains(bytes[index]) { index += 1 }
      return index
    }
    func replaceValue(after pattern: String, with replacement: String) {
      guard let found = position(of: pattern) else { return }
      let start = found + pattern.utf8.count
      guard start < bytes.count, bytes[start] != UInt8(ascii: "{"), bytes[start] != UInt8(ascii: "[") else { return }
      bytes.replaceSubrange(start..<valueEnd(start), with: Array(replacement.utf8))
    }
    func insert(_ inserted: [UInt8], after pattern: String) {
      guard let found = position(of: pattern) else { return }
      bytes.insert(contentsOf: inserted, at: found + pattern.utf8.count)
    }
    let strings = ["42", "true", "null", "[]", "{}", "\"text\"", "-1", "1.5"]
    let dates = [
      "\"2025-13-40\"", "\"2025-Q5\"", "\"2025/2024\"", "\"2025-02-29\"", "\"2025-H3\"", "\"20250\"", "2025",
    ]
    let numbers = [
      "1e999", "01", "1.", "-", "1e5", "1.0", "-0", "12345678901234567890", "0.1e-400", "1E+2", "3.141592653589793",
      "0.30000000000000004", "9007199254740993", "1e-7", "2.5e-3", "\"5\"", "-1e308", "123456789012345.678",
    ]
    let escapes = [
      "\\u00e9", "\\n", "\\\"", "\\ud83d\\ude00", "\\ud800", "\\x", "\\/", "\\u0041", "\\t", "\\udc00x", "\\u12",
    ]
    let unicode: [[UInt8]] = [
      Array("é".utf8), Array("人工智能".utf8), Array("😀".utf8), [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x01],
      [0xE4, 0xBA],
    ]
    switch random.next() % 9 {
    case 0:
      bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
    case 1:
      replaceValue(after: "\" : ", with: strings.randomElement(using: &random) ?? "1")
    case 2:
      replaceValue(after: "\"date\" : ", with: dates.randomElement(using: &random) ?? "1")
    case 3:
      let keys = ["\"amount\" : ", "\"value\" : ", "\"upperBound\" : ", "\"year\" : ", "\" : "]
      replaceValue(after: keys.randomElement(using: &random) ?? "", with: numbers.randomElement(using: &random) ?? "1")
    case 4:
      let key = ["\"zzUnknown\" : 1,", "\"extra\" : {\"a\" : [1, 2]},", "\"note2\" : null,"].randomElement(
        using: &random)
      insert(Array((key ?? "").utf8), after: "{")
    case 5:
      insert(Array((escapes.randomElement(using: &random) ?? "").utf8), after: ": \"")
    case 6:
      insert(unicode.randomElement(using: &random) ?? [], after: ": \"")
    case 7:
      insert(Array("\"id\" : \"event-duplicate\",".utf8), after: "{")
    default:
      let depth = [100, 511, 513, 600].randomElement(using: &random) ?? 1
      replaceValue(
        after: "\" : ", with: String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
    }
    return bytes
  }

  @Test func fuzzedExportFilesDecodeAlikeOrTakeTheSlowPath() throws {
    let sample = try Self.sample()
    let json = String(decoding: try CanonicalJSON.encode(sample), as: UTF8.self)
    var random = SplitMix(state: 2026)
    var accepted = 0
    for round in 0..<400 {
      let data = Data(Self.mutate(json, &random))
      guard let fast = FastDatasetReader.readExportObject(data, file: "fuzz.json") else { continue }
      accepted += 1
      let slow = try DatasetReader.readExportObject(data, file: "fuzz.json")
      // Elements that do not decode are the slow path's errors, at the same places.
      #expect(fast.errors.map(\.description) == slow.errors.map(\.description), "variant \(round)")
      #expect(fast.dataset == slow.dataset, "variant \(round)")
      for kind in ElementKind.allCases {
        for index in 0..<fast.dataset.count(of: kind) {
          let path = "$.\(kind.exportKey)[\(index)]"
          #expect(fast.filePath(of: path) == slow.filePath(of: path), "variant \(round)")
        }
      }
      #expect(
        fast.unknownFields == ForwardCompatibility.unknownFields(in: data, file: "fuzz.json"), "variant \(round)")
    }
    #expect(accepted > 50)
  }

  @Test func fuzzedJSONLinesDecodeAlikeOrTakeTheSlowPath() throws {
    let sample = try Self.sample()
    let text = try JSONLinesExport.render(sample).replacingOccurrences(of: "\":", with: "\" : ")
    var random = SplitMix(state: 7)
    var accepted = 0
    for round in 0..<400 {
      let data = Data(Self.mutate(text, &random))
      guard let fast = FastDatasetReader.readJSONLines(data, file: "fuzz.jsonl") else { continue }
      accepted += 1
      let slow = try JSONLinesReader.read(data, file: "fuzz.jsonl")
      #expect(slow.errors.isEmpty, "variant \(round): the fast path accepted what the slow path rejects")
      #expect(fast.dataset == slow.dataset, "variant \(round)")
    }
    #expect(accepted > 50)
  }

  @Test func fuzzedResourceArraysDecodeAlikeOrTakeTheSlowPath() throws {
    let events = try Self.sample().events
    let json = String(decoding: try CanonicalJSON.encode(events), as: UTF8.self)
    var random = SplitMix(state: 11)
    var accepted = 0
    for round in 0..<400 {
      let data = Data(Self.mutate(json, &random))
      guard let fast = FastDatasetReader.decodeArray(Event.self, from: data) else { continue }
      accepted += 1
      let slow = try? JSONDecoder().decode([Event].self, from: data)
      #expect(slow == fast, "variant \(round)")
    }
    #expect(accepted > 50)
  }

  @Test func jsonLinesReadBlockByBlockGiveTheSameDataAndLines() throws {
    let dataset = try Yearbook.embedded().dataset
    let text = try JSONLinesExport.render(dataset)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fast-reader-\(UUID().uuidString).jsonl")
    try Data(("\n" + text + "\n\n").dropFirst().utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(StreamingJSONLines.looksLikeJSONLines(url.path))
    var reports = 0
    let streamed = try #require(
      StreamingJSONLines.readFile(url.path, file: "x.jsonl", blockSize: 4096, progress: { _, _ in reports += 1 }))
    let whole = try JSONLinesReader.read(Data(contentsOf: url), file: "x.jsonl")
    #expect(streamed.dataset == whole.dataset)
    #expect(reports > 10)
    for kind in ElementKind.allCases {
      for index in 0..<(whole.paths[kind]?.count ?? 0) {
        let path = "$.\(kind.exportKey)[\(index)]"
        #expect(streamed.filePath(of: path) == whole.filePath(of: path))
      }
    }
    let loaded = try Yearbook.load([url], includingEmbedded: false, progress: { _ in })
    #expect(loaded.dataset == whole.dataset)
  }

  @Test func rejectedInputsKeepTheSlowPathsLocatedErrors() throws {
    let bad = Data(
      """
      {"schemaVersion": "1.1.0", "dataVersion": "0.2.0",
       "events": [{"id": "event-bad", "date": "2025-13-40", "citations": []}]}
      """.utf8)
    // The element that does not decode is read alone by JSONDecoder; the rest stays on the fast path.
    let fast = try #require(FastDatasetReader.readExportObject(bad, file: "bad.json"))
    #expect(
      fast.errors.map(\.description) == [
        "bad.json: $.events[0] (event-bad): date: \"2025-13-40\" is not a valid date: month 13 is out of range 1–12"
      ])
    let read = try DatasetReader.read(bad, file: "bad.json")
    #expect(
      read.errors.map(\.description)
        == (try DatasetReader.readExportObject(bad, file: "bad.json")).errors.map(\.description))
    #expect(read.errors.first?.description.contains("$.events[0]") == true)
  }
}
