#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The dataset compiled into the library, decoded lazily, once per file.
///
/// Each `static let` is initialized on first use, exactly once, thread-safely
/// (Swift's lazy globals); a file that fails to decode keeps its error.
enum EmbeddedData {
  /// The bytes of an embedded resource file.
  static func bytes(ofFile name: String) -> Data? {
    guard let literal = EmbeddedResources.contents(ofFile: name) else { return nil }
    return literal.withUTF8Buffer { Data($0) }
  }

  static func load<Element: Decodable>(_ type: Element.Type, file: String) -> Result<[Element], YearbookError> {
    guard let data = bytes(ofFile: file) else {
      return .failure(.unreadableFile(file: file, reason: "not embedded in this build"))
    }
    return Result { () throws(YearbookError) in
      try DatasetReader.decodeTrustedArray(Element.self, from: data, file: file)
    }
  }

  static let meta: Result<Meta, YearbookError> = {
    guard let data = bytes(ofFile: "meta.json") else {
      return .failure(.unreadableFile(file: "meta.json", reason: "not embedded in this build"))
    }
    do {
      return .success(try JSONDecoder().decode(Meta.self, from: data))
    } catch {
      return .failure(.invalidJSON(file: "meta.json", reason: "\(error)"))
    }
  }()
  static let sources = load(Source.self, file: "sources.json")
  static let organizations = load(Organization.self, file: "organizations.json")
  static let products = load(Product.self, file: "products.json")
  static let benchmarks = load(Benchmark.self, file: "benchmarks.json")
  static let metrics = load(Metric.self, file: "metrics.json")
  static let events = load(Event.self, file: "events.json")
  static let benchmarkResults = load(BenchmarkResult.self, file: "benchmarkResults.json")
  static let fundingRounds = load(FundingRound.self, file: "fundingRounds.json")
  static let regulations = load(Regulation.self, file: "regulations.json")
  static let statistics = load(Statistic.self, file: "statistics.json")

  /// The whole embedded dataset, as one value (decoded once).
  static let dataset: Result<Dataset, YearbookError> = Result { () throws(YearbookError) in
    let versions = try meta.get()
    return Dataset(
      schemaVersion: versions.schemaVersion, dataVersion: versions.dataVersion, sources: try sources.get(),
      organizations: try organizations.get(), products: try products.get(), benchmarks: try benchmarks.get(),
      metrics: try metrics.get(), events: try events.get(), benchmarkResults: try benchmarkResults.get(),
      fundingRounds: try fundingRounds.get(), regulations: try regulations.get(), statistics: try statistics.get())
  }

  /// The names of the embedded resource files.
  static var fileNames: [String] { EmbeddedResources.fileNames }

  /// `meta.json`: the versions of the embedded data.
  struct Meta: Codable, Hashable, Sendable {
    var schemaVersion: String
    var dataVersion: String
  }
}
