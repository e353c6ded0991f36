extension Statistic {
  /// A headline: the metric's label and the figure's scope.
  ///
  /// The scope lists, in order, the products and organizations the figure is
  /// about, its regions, its locality, its population, its breakdown
  /// (dimension and category), and its period (the ``periodLabel`` when there
  /// is one, else the date); the parts that are absent are left out.
  ///
  /// ```swift
  /// share.title(names: yearbook).en
  /// // "Share of generative-AI users by attribute (China, Generative-AI users in China, age: 20–29, 2025-06)"
  /// share.title(names: yearbook).zh
  /// // "生成式人工智能用户结构占比（中国，我国生成式人工智能用户，年龄：20-29岁，2025-06）"
  /// ```
  ///
  /// - Parameter names: Where to look up the metric's label and the names of the scope.
  /// - Returns: The headline.
  /// - Complexity: O(*n*) in the number of scope parts.
  public func title(names: some RecordNaming) -> LocalizedText {
    var scope = products.map(names.productName) + organizations.map(names.organizationName)
    scope += regions.map(names.regionName)
    if let locality { scope.append(LocalizedText(zh: locality, en: locality)) }
    if let population { scope.append(population) }
    if let breakdown {
      let dimension = breakdown.dimensionName
      let category = breakdown.category.label
      scope.append(LocalizedText(zh: "\(dimension.zh)：\(category.zh)", en: "\(dimension.en): \(category.en)"))
    }
    if let period = periodLabel ?? date?.description { scope.append(LocalizedText(zh: period, en: period)) }
    let label = names.metricLabel(metric)
    guard !scope.isEmpty else { return label }
    return LocalizedText(
      zh: label.zh + "（" + scope.map(\.zh).joined(separator: "，") + "）",
      en: label.en + " (" + scope.map(\.en).joined(separator: ", ") + ")")
  }

  /// The headline, the metric's label, the population, the breakdown's
  /// dimension and category, the baseline, the note, quotes and locators.
  ///
  /// ```swift
  /// let labels = share.readableTexts(names: yearbook).filter { $0.role == .label }.map(\.text)
  /// // ["生成式人工智能用户结构占比", "Share of generative-AI users by attribute", "我国生成式人工智能用户", …]
  /// ```
  ///
  /// - Parameter names: Where to look up names.
  /// - Returns: The texts, the headline first.
  /// - Complexity: O(*c*) for *c* citations.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    var texts = ReadableText.both(.title, title(names: names)) + ReadableText.both(.label, names.metricLabel(metric))
    texts += ReadableText.both(.label, population)
    if let breakdown {
      texts += ReadableText.both(.label, breakdown.dimensionName) + ReadableText.both(.label, breakdown.category.label)
    }
    if let periodLabel { texts.append(ReadableText(.label, periodLabel)) }
    texts += ReadableText.both(.summary, baseline?.text)
    return texts + ReadableText.common(note: note, citations: citations)
  }
}
