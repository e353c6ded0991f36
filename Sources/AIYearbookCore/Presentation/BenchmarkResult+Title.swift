extension BenchmarkResult {
  /// The subject on the benchmark, by name: `GPT-5.2 on GDPval`, `GPT-5.2：GDPval`.
  ///
  /// ```swift
  /// result.title(names: yearbook).en   // "GPT-5.2 on GDPval"
  /// result.title(names: yearbook).zh   // "GPT-5.2：GDPval"
  /// ```
  ///
  /// - Parameter names: Where to look up the subject's and the benchmark's names.
  /// - Returns: The title.
  /// - Complexity: O(1) lookups.
  public func title(names: some RecordNaming) -> LocalizedText {
    let subject = names.name(of: subject)
    let benchmark = names.benchmarkName(benchmark)
    return LocalizedText(zh: "\(subject.zh)：\(benchmark.zh)", en: "\(subject.en) on \(benchmark.en)")
  }

  /// The title, the compared subjects' names, the note, quotes and locators.
  ///
  /// ```swift
  /// result.readableTexts(names: yearbook).first?.text   // "GPT-5.2：GDPval"
  /// ```
  ///
  /// - Parameter names: Where to look up names.
  /// - Returns: The texts, the title first.
  /// - Complexity: O(*c* + *k*) for *c* citations and *k* compared subjects.
  public func readableTexts(names: some RecordNaming) -> [ReadableText] {
    ReadableText.both(.title, title(names: names))
      + comparedWith.flatMap { ReadableText.both(.label, names.name(of: $0.subject)) }
      + ReadableText.common(note: note, citations: citations)
  }
}
