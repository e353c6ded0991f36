import AIYearbook

extension ReportWriter {
  /// Each benchmark's leaderboard per metric, best first; stated ranks as the documents state them.
  mutating func leaderboardSection() {
    var lines = [heading(1), ""]
    lines.append(
      """
      Every benchmark with its scored results, one board per metric, best first by the metric's \
      direction. On a rank metric the position is the rank the document states (a country ranked 4th \
      is 4th even alone on its board). Results the documents give without a score ("topped the \
      arena") are listed under their board, unranked. Most boards hold one result: the documents \
      report a system's score, rarely a field.

      """)
    let benchmarks = yearbook.dataset.benchmarks.sorted {
      ($0.name.en.lowercased(), $0.id.rawValue) < ($1.name.en.lowercased(), $1.id.rawValue)
    }
    for benchmark in benchmarks {
      let boards = yearbook.leaderboard(for: benchmark.id)
      let results = yearbook.dataset.benchmarkResults.filter { $0.benchmark == benchmark.id }
      let unscored = results.filter { $0.score?.value == nil }
      guard !boards.isEmpty || !unscored.isEmpty else { continue }
      lines.append("### \(Markdown.text(benchmark.name.en)) · \(Markdown.text(benchmark.name.zh))\n")
      lines.append(Markdown.text(benchmark.description.en) + "\n")
      for metric in benchmark.metrics {
        guard let entries = boards[metric.id] else { continue }
        let direction = metric.better == .lower ? "lower is better" : "higher is better"
        lines.append("**\(Markdown.text(metric.label.en))** (\(metric.unit.rawValue), \(direction))\n")
        var rows: [[String]] = []
        for entry in entries {
          let result = entry.result
          rows.append([
            String(entry.position), entry.statedRank.map(String.init) ?? "—",
            Markdown.cell(yearbook.name(of: result.subject).en),
            Markdown.cell(result.score?.formatted(.english) ?? ""), result.date?.description ?? "undated",
            Markdown.cell(comparisons(result)), footnotes.cite(result),
          ])
        }
        lines.append(
          Markdown.table(
            ["Position", "Stated rank", "Subject", "Score", "Date", "Compared with", "Source"], rows,
            alignRight: [0, 1]))
        lines.append("")
        leaderboards.append(
          ReportAnswers.Leaderboard(
            benchmark: benchmark.id.rawValue, metric: metric.id,
            entries: entries.map { entry in
              ReportAnswers.Entry(
                position: entry.position, statedRank: entry.statedRank, result: entry.result.id.rawValue,
                subject: entry.result.subject.key, score: entry.result.score?.value ?? .nan)
            }))
      }
      if !unscored.isEmpty {
        lines.append("Without a score:\n")
        for result in unscored {
          let stated = result.score?.statedText.map { " (\($0))" } ?? ""
          lines.append(
            "- \(Markdown.text(yearbook.name(of: result.subject).en)) — \(result.outcome.rawValue) on "
              + "\(Markdown.text(result.metric))\(Markdown.text(stated)), "
              + "\(result.date?.description ?? "undated") \(footnotes.cite(result))")
        }
        lines.append("")
      }
    }
    sections.append(lines.joined(separator: "\n"))
  }

  /// `GPT-4 (…), Gemini Pro` — what a result was compared with, and the scores given.
  private func comparisons(_ result: BenchmarkResult) -> String {
    result.comparedWith.map { comparison in
      let name = yearbook.name(of: comparison.subject).en
      return comparison.score.map { "\(name) (\($0.formatted(.english)))" } ?? name
    }.joined(separator: ", ")
  }
}
