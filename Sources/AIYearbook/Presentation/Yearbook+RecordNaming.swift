extension Yearbook: RecordNaming {
  /// The organization's name from the registry; its identifier when the yearbook has no such organization.
  ///
  /// ```swift
  /// yearbook.organizationName("org-openai").en   // "OpenAI"
  /// ```
  ///
  /// - Parameter id: The organization.
  /// - Returns: Its name in both languages.
  /// - Complexity: O(1).
  public func organizationName(_ id: Organization.ID) -> LocalizedText {
    organization(id)?.name ?? LocalizedText(zh: id.rawValue, en: id.rawValue)
  }

  /// The product's name from the registry; its identifier when the yearbook has no such product.
  ///
  /// ```swift
  /// yearbook.productName("product-gpt-5-2").en   // "GPT-5.2"
  /// ```
  ///
  /// - Parameter id: The product.
  /// - Returns: Its name in both languages.
  /// - Complexity: O(1).
  public func productName(_ id: Product.ID) -> LocalizedText {
    product(id)?.name ?? LocalizedText(zh: id.rawValue, en: id.rawValue)
  }

  /// The benchmark's name; its identifier when the yearbook has no such benchmark.
  ///
  /// ```swift
  /// yearbook.benchmarkName("benchmark-gdpval").en   // "GDPval"
  /// ```
  ///
  /// - Parameter id: The benchmark.
  /// - Returns: Its name in both languages.
  /// - Complexity: O(1).
  public func benchmarkName(_ id: Benchmark.ID) -> LocalizedText {
    benchmark(id)?.name ?? LocalizedText(zh: id.rawValue, en: id.rawValue)
  }

  /// The metric's label from the metric registry; its identifier when the yearbook has no such metric.
  ///
  /// ```swift
  /// yearbook.metricLabel("metric-genai-users").en   // "Generative-AI users"
  /// ```
  ///
  /// - Parameter id: The metric.
  /// - Returns: Its label in both languages.
  /// - Complexity: O(1).
  public func metricLabel(_ id: Metric.ID) -> LocalizedText {
    metric(id)?.label ?? LocalizedText(zh: id.rawValue, en: id.rawValue)
  }
}
