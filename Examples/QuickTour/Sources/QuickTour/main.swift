// Run with `swift run` in Examples/QuickTour: ten questions, each answered with its citation.
import AIYearbook

let yearbook = try Yearbook.embedded()

func cite(_ citation: Citation?) -> String {
  guard let citation else { return "" }
  return "  [\(citation.source)] \(citation.quote)"
}

print("1. What the dataset holds:", yearbook.summary().records.sorted { $0.key < $1.key })

print("2. OpenAI in December 2025:")
for event in try yearbook.events.filter(organization: "OpenAI").within("2025-12").sorted(by: .date).all() {
  print("  ", event.date?.description ?? "", event.title.en)
}

print("3. Generative-AI users in China (CNNIC):")
for statistic in yearbook.statistics.filter(metric: "metric-genai-users").sorted(by: .date).all() {
  print("  ", statistic.date?.description ?? "", statistic.measure, statistic.value.value ?? 0, cite(statistic.citations.first))
}

print("4. Leaderboards:")
for benchmark in yearbook.dataset.benchmarks.prefix(5) {
  for (metric, entries) in yearbook.leaderboard(for: benchmark.id).sorted(by: { $0.key < $1.key }) {
    let top = entries.prefix(3).map { "\($0.position). \($0.result.subject.displayName) \($0.result.score?.value ?? 0)" }
    print("  ", benchmark.name.en, metric, top.joined(separator: ", "))
  }
}

print("5. Events per quarter of 2025:")
for group in yearbook.events.timeSeries(.quarter, from: try PartialDate(parsing: "2025-Q1"), to: try PartialDate(parsing: "2025-Q4")) {
  print("  ", group.key ?? "", group.count)
}

print("6. Venture funding in USD:")
let total = yearbook.fundingRounds.filter(kind: .ventureRound).totalAmount(in: .usd)
print("  ", total.value ?? 0, "from", total.count, "rounds;", total.approximateCount, "approximate;", total.excluded.count, "excluded")

print("7. EU instruments:")
for regulation in yearbook.regulations.filter(region: .europeanUnion).sorted(by: .date).all() {
  print("  ", regulation.date?.description ?? "undated", regulation.status, regulation.title.en)
}

print("8. Who is linked to DeepSeek:")
let deepSeek = try yearbook.profile(of: "org-deepseek")
print("  ", deepSeek.events.count, "events,", deepSeek.benchmarkResults.count, "results,", deepSeek.statistics.count, "statistics")

print("9. Where the sources disagree:")
for conflict in yearbook.conflicts() { print("  ", conflict.kind, conflict.detail) }

print("10. Search in Chinese or English:", yearbook.regulations.matching("人工智能+").count(), "instruments mention 人工智能+")
