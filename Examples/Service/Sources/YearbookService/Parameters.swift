import AIYearbook
import Foundation

/// The checks the OpenAPI document declares on parameters and the generated code
/// does not make (lengths, bounds, patterns), made the same way here so a value
/// the document rejects is a 400, never a surprise further on.
enum Parameters {
  /// The most items `limit` may ask for, on every operation that takes it.
  static let maximumLimit = 200
  /// The most records `offset` may skip.
  static let maximumOffset = 100_000
  /// The longest text parameter, in Unicode scalars (JSON Schema's `maxLength`).
  static let maximumTextLength = 200

  /// A text parameter of 1 to 200 characters, or nil when absent.
  static func text(_ name: String, _ value: String?) throws(Problem) -> String? {
    guard let value else { return nil }
    let length = value.unicodeScalars.count
    guard length >= 1 else { throw .invalidParameter(name, "'\(name)' must not be empty") }
    guard length <= maximumTextLength else {
      throw .invalidParameter(name, "'\(name)' is longer than \(maximumTextLength) characters")
    }
    return value
  }

  /// An integer parameter within bounds, or the default when absent.
  static func integer(_ name: String, _ value: Int?, in range: ClosedRange<Int>, default fallback: Int) throws(Problem)
    -> Int
  {
    guard let value else { return fallback }
    guard range.contains(value) else {
      throw .invalidParameter(
        name, "'\(name)' is \(value); it must be \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// A parameter that must match the document's `pattern` (anchored at both ends).
  static func matching(_ name: String, _ value: String?, pattern: String, expected: String) throws(Problem) -> String? {
    guard let value else { return nil }
    let matches = (try? Regex(pattern).wholeMatch(in: value)) != nil
    guard matches, value.unicodeScalars.count <= maximumTextLength else {
      throw .invalidParameter(name, "invalid value for '\(name)' (expected \(expected))")
    }
    return value
  }

  /// The document's `PartialDate` pattern.
  static let partialDatePattern = #"[1-9][0-9]{3}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"#
  /// The document's `region` parameter pattern.
  static let regionPattern = #"[A-Z]{2,}(-[A-Z0-9]{1,12}){0,3}"#
  /// The document's `currency` parameter pattern.
  static let currencyPattern = #"[A-Z]{3}"#
}

/// The record filters that `GET /records` and `GET /groups` share, checked.
struct RecordFilters: Sendable {
  var organization: String?
  var product: String?
  var region: String?
  var tag: String?
  var category: String?
  var benchmark: String?
  var metric: String?
  var from: String?
  var to: String?
  var dateMode: String?
  var search: String?

  /// Checks each parameter against the document's constraints.
  init(
    organization: String?, product: String? = nil, region: String?, tag: String?, category: String?,
    benchmark: String? = nil, metric: String? = nil, from: String?, to: String?, dateMode: String?, search: String?
  ) throws(Problem) {
    self.organization = try Parameters.text("organization", organization)
    self.product = try Parameters.text("product", product)
    self.region = try Parameters.matching(
      "region", region, pattern: Parameters.regionPattern, expected: "a region code such as CN, CN-BJ, EU or WORLD")
    self.tag = try Parameters.text("tag", tag)
    self.category = try Parameters.text("category", category)
    self.benchmark = try Parameters.text("benchmark", benchmark)
    self.metric = try Parameters.text("metric", metric)
    self.from = try Parameters.matching(
      "from", from, pattern: Parameters.partialDatePattern, expected: "YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD")
    self.to = try Parameters.matching(
      "to", to, pattern: Parameters.partialDatePattern, expected: "YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD")
    self.dateMode = dateMode
    self.search = try Parameters.text("search", search)
  }

  /// The query narrowed by every filter given; names resolve as the CLI resolves them.
  ///
  /// - Throws: ``Problem`` naming the parameter: 404 for an unknown organization,
  ///   product, benchmark or metric (with suggestions), 400 for a bad date range or
  ///   a filter that does not apply to the kind.
  func apply<R: Record>(to query: RecordQuery<R>) throws(Problem) -> RecordQuery<R> {
    var query = query
    let yearbook = query.yearbook
    func library<T>(_ parameter: String, _ work: () throws(YearbookError) -> T) throws(Problem) -> T {
      do { return try work() } catch { throw Problem(error, parameter: parameter) }
    }
    if from != nil || to != nil {
      let mode = DateMatching(rawValue: dateMode ?? DateMatching.during.rawValue)
      let range = try library(to != nil ? "to" : "from") { () throws(YearbookError) in
        try DateRange(from: from, to: to, mode: mode)
      }
      query = query.filter(date: range)
    } else if let dateMode {
      throw .invalidParameter("dateMode", "'dateMode=\(dateMode)' needs 'from' or 'to'")
    }
    if let organization {
      query = try library("organization") { () throws(YearbookError) in
        try query.filter(organization: yearbook.resolve(organization, as: Organization.self))
      }
    }
    if let product {
      query = try library("product") { () throws(YearbookError) in
        try query.filter(product: yearbook.resolve(product, as: Product.self))
      }
    }
    if let region { query = query.filter(region: Region(region)) }
    if let tag { query = query.filter(tag: Tag(tag)) }
    if let category {
      guard R.elementKind == .event || R.elementKind == .regulation else {
        throw .invalidParameter("category", "'category' applies to events and regulations")
      }
      query = query.filter(category: category)
    }
    if let benchmark {
      guard R.elementKind == .benchmarkResult else {
        throw .invalidParameter("benchmark", "'benchmark' applies to benchmarkResults")
      }
      let id = try library("benchmark") { () throws(YearbookError) in
        try yearbook.resolve(benchmark, as: Benchmark.self)
      }
      query = query.filter(.field(.benchmark, anyOf: [id.rawValue]))
    }
    if let metric {
      guard R.elementKind == .statistic else {
        throw .invalidParameter("metric", "'metric' applies to statistics")
      }
      let id = try library("metric") { () throws(YearbookError) in try yearbook.resolve(metric, as: Metric.self) }
      query = query.filter(.field(.metric, anyOf: [id.rawValue]))
    }
    if let search { query = query.matching(search) }
    return query
  }
}
