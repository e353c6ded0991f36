import AIYearbook
import Foundation
import Testing

/// Every quote is copied byte for byte from its source document and is at most
/// 200 Unicode scalars long (DESIGN §3, Citations).
///
/// The documents live next to the checkout in `../shared/seeds` and are not
/// redistributed, so the test is skipped on a user's clone. Under CI (`CI` set)
/// it runs regardless and fails when the documents are missing. The same check
/// runs from the command line as `Tools/check-quotes`.
@Suite("Quotes")
struct QuoteTests {
  /// One quote to check: where it is and what it says.
  struct Quote {
    var place: String
    var source: Source.ID
    var text: String
  }

  /// Every quote of the dataset: record citations, regulation alias citations,
  /// entity citations and the footnote (upstream) quotes.
  static func allQuotes(of dataset: Dataset) -> [Quote] {
    var quotes: [Quote] = []
    func add(_ citations: [Citation], _ place: String) {
      for (index, citation) in citations.enumerated() {
        quotes.append(Quote(place: "\(place) citations[\(index)]", source: citation.source, text: citation.quote))
        if let upstream = citation.upstream {
          quotes.append(
            Quote(place: "\(place) citations[\(index)].upstream", source: citation.source, text: upstream.quote))
        }
      }
    }
    for organization in dataset.organizations { add(organization.citations, organization.id.rawValue) }
    for product in dataset.products { add(product.citations, product.id.rawValue) }
    for benchmark in dataset.benchmarks { add(benchmark.citations, benchmark.id.rawValue) }
    for event in dataset.events { add(event.citations, event.id.rawValue) }
    for result in dataset.benchmarkResults { add(result.citations, result.id.rawValue) }
    for round in dataset.fundingRounds { add(round.citations, round.id.rawValue) }
    for regulation in dataset.regulations {
      add(regulation.citations, regulation.id.rawValue)
      for (index, alias) in regulation.aliases.enumerated() {
        add([alias.citation], "\(regulation.id) aliases[\(index)]")
      }
    }
    for statistic in dataset.statistics { add(statistic.citations, statistic.id.rawValue) }
    return quotes
  }

  @Test(
    "Every quote is an exact substring of its document and at most 200 scalars",
    .enabled(if: TestSupport.seedsAvailable || TestSupport.isCI, "needs the source documents in ../shared/seeds"))
  func quotesMatchTheDocuments() throws {
    guard TestSupport.seedsAvailable else {
      Issue.record("CI is set but the source documents are missing at \(TestSupport.seedsDirectory.path)")
      return
    }
    let dataset = try Yearbook.embedded().dataset
    var documents: [Source.ID: Data] = [:]
    for source in dataset.sources {
      let url = TestSupport.seedsDirectory.appendingPathComponent(source.file)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("\(source.id): cannot read its document \(url.path)")
        continue
      }
      documents[source.id] = data
    }
    let quotes = Self.allQuotes(of: dataset)
    var misses: [String] = []
    for quote in quotes {
      let length = quote.text.unicodeScalars.count
      if quote.text.isEmpty { misses.append("\(quote.place): empty quote") }
      if length > Citation.maximumQuoteLength {
        misses.append("\(quote.place): \(length) Unicode scalars (at most \(Citation.maximumQuoteLength))")
      }
      guard let document = documents[quote.source] else {
        misses.append("\(quote.place): no document for source \(quote.source)")
        continue
      }
      // Byte for byte: compare UTF-8, not Swift's canonically equivalent Strings.
      if !quote.text.isEmpty, document.range(of: Data(quote.text.utf8)) == nil {
        misses.append("\(quote.place): not found in \(quote.source): \(quote.text.debugDescription)")
      }
    }
    let bySource = Dictionary(grouping: quotes, by: \.source).mapValues(\.count)
      .sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    print("QuoteTests: checked \(quotes.count) quotes (\(bySource)); \(misses.count) problems")
    #expect(quotes.count > 0)
    #expect(misses.isEmpty, "\(misses.count) quotes do not match:\n\(misses.joined(separator: "\n"))")
  }

  @Test("Every quote names a known source, and each source names its document file")
  func sourcesAreKnown() throws {
    let dataset = try Yearbook.embedded().dataset
    let sources = Set(dataset.sources.map(\.id))
    let unknown = Self.allQuotes(of: dataset).filter { !sources.contains($0.source) }
    #expect(unknown.isEmpty, "\(unknown.map(\.place))")
    for source in dataset.sources {
      // src-003 ↔ 003_….txt (DESIGN §3, Ids).
      #expect(source.file.hasPrefix(source.id.rawValue.dropFirst("src-".count) + "_"), "\(source.id): \(source.file)")
    }
  }

  @Test("Tools/check-quotes is an executable stdlib Python script")
  func checkQuotesScript() throws {
    let url = TestSupport.packageRoot.appendingPathComponent("Tools/check-quotes")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.hasPrefix("#!/usr/bin/env python3\n"))
    #expect(FileManager.default.isExecutableFile(atPath: url.path))
  }

  @Test(
    "Tools/check-quotes passes on the embedded data",
    .enabled(if: TestSupport.seedsAvailable, "needs the source documents in ../shared/seeds"),
    .enabled(if: TestSupport.executableInPath("python3") != nil, "needs python3"))
  func checkQuotesScriptRuns() throws {
    let process = Process()
    process.executableURL = TestSupport.executableInPath("python3")
    process.arguments = [
      TestSupport.packageRoot.appendingPathComponent("Tools/check-quotes").path,
      "--seeds", TestSupport.seedsDirectory.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("quotes checked"), "\(text)")
  }
}
