import AIYearbook
import Foundation

/// Writes N synthetic funding rounds in the export format (schema 1.1.0), as one
/// JSON object and as JSON Lines, deterministically: the same N gives the same bytes.
///
/// The file defines its own source (`src-900`), 5,000 recipient organizations and
/// 200 investors in 40 countries; every round has a day date in 2015–2025, one of
/// 12 round labels with a matching kind, one of 8 currencies the default ECB table
/// covers (2% state no amount), 1–3 tags from the vocabulary, one recipient (or
/// acquisition target) and 0–2 investors, and the recipient's country as region.
struct Generator {
  static let recipientCount = 5_000
  static let investorCount = 200
  static let countries = [
    "US", "CN", "GB", "DE", "FR", "JP", "KR", "IN", "CA", "SG", "IL", "AE", "SA", "AU", "NL", "SE", "CH", "ES", "IT",
    "BR", "MX", "ID", "VN", "TH", "MY", "PH", "TR", "PL", "IE", "FI", "DK", "NO", "BE", "AT", "NZ", "ZA", "NG", "EG",
    "AR", "CL",
  ]
  /// Round labels and their kinds.
  static let labels: [(label: String, kind: String)] = [
    ("种子轮", "ventureRound"), ("天使轮", "ventureRound"), ("Pre-A轮", "ventureRound"), ("A轮", "ventureRound"),
    ("A+轮", "ventureRound"), ("B轮", "ventureRound"), ("C轮", "ventureRound"), ("D轮", "ventureRound"),
    ("E轮", "ventureRound"), ("Pre-IPO轮", "ventureRound"), ("战略投资", "strategicInvestment"), ("并购", "acquisition"),
  ]
  static let currencies: [Currency] = ["USD", "CNY", "EUR", "GBP", "JPY", "KRW", "SGD", "CAD"]
  static let tags = [
    "agents", "video-generation", "image-generation", "open-source", "multimodal", "reasoning", "coding", "robotics",
    "chips", "compute", "healthcare", "finance", "education", "autonomous-driving", "embodied-ai", "investment",
    "unicorns", "cloud", "security", "e-commerce",
  ]
  static let years = 2015...2025
  static let sourceID = "src-900"

  /// One generated round, as plain values (the floor's columns are built from these).
  struct Round {
    var id: String
    var year: Int
    var month: Int
    var day: Int
    var label: Int
    var currency: Int
    var amount: Double?
    var approximate: Bool
    var recipient: Int
    var investors: [Int]
    var tags: [Int]
    var country: Int { Generator.recipientCountry(recipient) }
  }

  /// SplitMix64: small, fast and the same on every platform.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }

  static func recipientCountry(_ index: Int) -> Int {
    // A skewed but fixed spread: low-numbered countries hold more companies.
    var random = Random(state: UInt64(index) &* 7919 &+ 17)
    let u = random.unit()
    return min(countries.count - 1, Int(Double(countries.count) * u * u))
  }

  static func recipientID(_ index: Int) -> String { "org-syn-r" + padded(index, 4) }
  static func investorID(_ index: Int) -> String { "org-syn-i" + padded(index, 3) }
  static func roundID(_ index: Int) -> String { "funding-syn-" + padded(index, 7) }

  static func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  /// The `index`-th round (0-based); each round has its own random stream, so any round can be made alone.
  static func round(_ index: Int) -> Round {
    var random = Random(state: 0x5EED_0000 &+ UInt64(index) &* 0x1000_0001)
    let year = years.lowerBound + random.below(years.count)
    let month = 1 + random.below(12)
    let daysInMonth = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    let day = 1 + random.below(daysInMonth)
    let label = random.below(labels.count)
    let currency = min(currencies.count - 1, Int(Double(currencies.count) * pow(random.unit(), 1.5)))
    let magnitude = 5 + 5 * random.unit()
    let stated = random.below(50) != 0
    let amount = stated ? (pow(10, magnitude) / 10_000).rounded() * 10_000 : nil
    let approximate = random.below(10) == 0
    let u = random.unit()
    let recipient = min(recipientCount - 1, Int(Double(recipientCount) * u * u))
    let investors = (0..<random.below(3)).map { _ in random.below(investorCount) }
    var tags: [Int] = []
    for _ in 0..<(1 + random.below(3)) {
      let tag = random.below(Generator.tags.count)
      if !tags.contains(tag) { tags.append(tag) }
    }
    return Round(
      id: roundID(index), year: year, month: month, day: day, label: label, currency: currency, amount: amount,
      approximate: approximate, recipient: recipient, investors: Array(Set(investors)).sorted(), tags: tags)
  }

  // MARK: Writing

  /// Writes `rounds.json`, `rounds.jsonl` and `rates.json` (the default table's rates for the years and currencies used).
  static func write(count: Int, to directory: URL) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let json = try Output(directory.appendingPathComponent("rounds.json"))
    let lines = try Output(directory.appendingPathComponent("rounds.jsonl"))
    // JSON Lines in the CLI's order: the header, the entities (sources, organizations), then the records.
    let organizations =
      (0..<recipientCount).map { organization(id: recipientID($0), number: $0, investor: false) }
      + (0..<investorCount).map { organization(id: investorID($0), number: $0, investor: true) }
    lines.append(#"{"dataVersion":"0.2.0","schemaVersion":"1.1.0","type":"header"}"# + "\n")
    lines.append(source.replacingOccurrences(of: "{\"date\"", with: "{\"type\":\"sources\",\"date\"") + "\n")
    for organization in organizations {
      lines.append(
        organization.replacingOccurrences(of: "{\"aliases\"", with: "{\"type\":\"organizations\",\"aliases\"") + "\n")
    }
    // JSON with sorted keys, as the canonical writer orders them.
    json.append("{\n  \"benchmarkResults\" : [],\n  \"benchmarks\" : [],\n  \"dataVersion\" : \"0.2.0\",\n")
    json.append("  \"events\" : [],\n  \"fundingRounds\" : [\n")
    for index in 0..<count {
      let round = round(index)
      json.append(roundJSON(round, pretty: true) + (index + 1 < count ? ",\n" : "\n"))
      lines.append(roundJSON(round, pretty: false) + "\n")
    }
    json.append("  ],\n  \"metrics\" : [],\n  \"organizations\" : [\n")
    for (index, organization) in organizations.enumerated() {
      json.append("    " + organization + (index + 1 < organizations.count ? ",\n" : "\n"))
    }
    json.append("  ],\n  \"products\" : [],\n  \"regulations\" : [],\n  \"schemaVersion\" : \"1.1.0\",\n")
    json.append("  \"sources\" : [\n    " + source + "\n  ],\n  \"statistics\" : []\n}\n")
    try json.close()
    try lines.close()
    try writeRates(to: directory.appendingPathComponent("rates.json"))
  }

  static let source =
    #"{"date":"2026-01-01","file":"900_synthetic.txt","id":"src-900","language":"en","#
    + #""publisher":{"en":"AIYearbook benchmarks","zh":"AIYearbook 基准测试"},"#
    + #""title":{"en":"Synthetic funding rounds","zh":"合成融资事件"}}"#

  static func organization(id: String, number: Int, investor: Bool) -> String {
    let country = investor ? countries[number % 8] : countries[recipientCountry(number)]
    let en = investor ? "Synthetic Capital \(number)" : "Synthetic AI \(number)"
    let zh = investor ? "合成资本\(number)" : "合成智能\(number)"
    return #"{"aliases":[],"country":"\#(country)","id":"\#(id)","kind":"\#(investor ? "investor" : "startup")","#
      + #""name":{"en":"\#(en)","zh":"\#(zh)"}}"#
  }

  /// The round as JSON with sorted keys; `pretty` mimics the canonical writer's indentation inside the array.
  static func roundJSON(_ round: Round, pretty: Bool) -> String {
    let (label, kind) = labels[round.label]
    let currency = currencies[round.currency].rawValue
    let date = "\(round.year)-\(padded(round.month, 2))-\(padded(round.day, 2))"
    let recipient = recipientID(round.recipient)
    let amountText = round.amount.map { String(format: "%.0f", $0) }
    let millions = round.amount.map { String(format: "%.1f", $0 / 1_000_000) } ?? "an undisclosed amount"
    let quote = "\(date)，合成智能\(round.recipient)完成\(label)融资（\(millions) million \(currency)）"
    var parties = [(recipient, kind == "acquisition" ? "target" : "recipient")]
    for (position, investor) in round.investors.enumerated() {
      let role = kind == "acquisition" ? "acquirer" : (position == 0 ? "leadInvestor" : "investor")
      parties.append((investorID(investor), role))
    }
    if kind == "acquisition" && round.investors.isEmpty {
      parties.append((investorID(round.recipient % investorCount), "acquirer"))
    }
    let partiesText = parties.map { #"{"organization":"\#($0.0)","role":"\#($0.1)"}"# }.joined(separator: ",")
    let tagsText = round.tags.map { "\"\(tags[$0])\"" }.joined(separator: ",")
    var fields: [String] = []
    if let amountText {
      fields.append(
        #""amount":{"amount":\#(amountText),"currency":"\#(currency)","qualifier":"\#(round.approximate ? "approximately" : "exact")"}"#
      )
    }
    fields += [
      #""citations":[{"locator":"Synthetic rounds > \#(round.year)","quote":"\#(quote)","source":"\#(sourceID)"}]"#,
      #""date":"\#(date)""#, #""id":"\#(round.id)""#, #""kind":"\#(kind)""#, #""parties":[\#(partiesText)]"#,
      #""products":[]"#, #""regions":["\#(countries[round.country])"]"#, #""roundLabel":"\#(label)""#,
      #""status":"\#(round.investors.count == 2 ? "announced" : "completed")""#, #""tags":[\#(tagsText)]"#,
      #""title":{"en":"Synthetic AI \#(round.recipient): \#(label) round","zh":"合成智能\#(round.recipient)完成\#(label)融资"}"#,
    ]
    if pretty { return "    {\n      " + fields.joined(separator: ",\n      ") + "\n    }" }
    return #"{"type":"fundingRounds","# + fields.joined(separator: ",") + "}"
  }

  /// The rates the library uses, units per euro by currency and year, for the reference engines.
  static func writeRates(to url: URL) throws {
    struct Table: Encodable {
      var name: String
      var unitsPerEuro: [String: [String: Double]]
    }
    var table = Table(name: ExchangeRates.default.name, unitsPerEuro: [:])
    for currency in currencies {
      for year in years {
        table.unitsPerEuro[currency.rawValue, default: [:]][String(year)] = try ExchangeRates.default.rate(
          for: currency, year: year)
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try encoder.encode(table).write(to: url)
  }
}

/// A buffered file writer.
final class Output {
  let handle: FileHandle
  var buffer: [UInt8] = []

  init(_ url: URL) throws {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
    handle = try FileHandle(forWritingTo: url)
    buffer.reserveCapacity(1 << 20)
  }

  func append(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { flush() }
  }

  func flush() {
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  func close() throws {
    flush()
    try handle.close()
  }
}
