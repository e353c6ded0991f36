/// Looks up the readable names of the entities records refer to.
///
/// Records hold identifiers (`product-gpt-5-2`, `metric-genai-users`); their
/// titles need names. A `Yearbook` of the `AIYearbook` module conforms, and a
/// test can conform with a small dictionary. Regions have a default: their
/// ``Region/name``.
///
/// ```swift
/// struct Names: RecordNaming {
///   func organizationName(_ id: Organization.ID) -> LocalizedText { LocalizedText(zh: "开放AI", en: "OpenAI") }
///   func productName(_ id: Product.ID) -> LocalizedText { LocalizedText(zh: "GPT-5.2", en: "GPT-5.2") }
///   func benchmarkName(_ id: Benchmark.ID) -> LocalizedText { LocalizedText(zh: "GDPval", en: "GDPval") }
///   func metricLabel(_ id: Metric.ID) -> LocalizedText { LocalizedText(zh: "用户规模", en: "Users") }
/// }
/// Names().name(of: .product("product-gpt-5-2")).en   // "GPT-5.2"
/// ```
public protocol RecordNaming {
  /// The organization's name; its identifier when unknown.
  func organizationName(_ id: Organization.ID) -> LocalizedText
  /// The product's name; its identifier when unknown.
  func productName(_ id: Product.ID) -> LocalizedText
  /// The benchmark's name; its identifier when unknown.
  func benchmarkName(_ id: Benchmark.ID) -> LocalizedText
  /// The metric's label from the metric registry; its identifier when unknown.
  func metricLabel(_ id: Metric.ID) -> LocalizedText
  /// The region's name (by default its ``Region/name``).
  func regionName(_ region: Region) -> LocalizedText
}

extension RecordNaming {
  /// The region's ``Region/name``.
  public func regionName(_ region: Region) -> LocalizedText { region.name }

  /// The readable name of a benchmark result's subject.
  ///
  /// A product or an organization by its name, regions by their names
  /// (`United States and China`, `美国与中国`), a described subject as it is.
  ///
  /// ```swift
  /// yearbook.name(of: .product("product-gpt-5-2")).en   // "GPT-5.2"
  /// yearbook.name(of: .regions(["US", "CN"])).zh        // "美国与中国"
  /// ```
  ///
  /// - Parameter subject: The subject.
  /// - Returns: Its name in both languages.
  /// - Complexity: O(*r*) for *r* regions, plus the lookups.
  public func name(of subject: BenchmarkResult.Subject) -> LocalizedText {
    switch subject {
    case .product(let id): productName(id)
    case .organization(let id): organizationName(id)
    case .text(let text): text
    case .regions(let regions):
      LocalizedText(
        zh: regions.map { regionName($0).zh }.joined(separator: "与"),
        en: regions.map { regionName($0).en }.joined(separator: " and "))
    }
  }
}
