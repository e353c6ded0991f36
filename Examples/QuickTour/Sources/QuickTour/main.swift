// Run with `swift run` in Examples/QuickTour: ten questions, each answered with its citation.
import AIYearbook

let yearbook = try Yearbook.embedded()

func cite(_ citation: Citation?) -> String {
  guard let citation else { return "" }
  return "  [\(citation.source)] \(citation.quote)"
}

print("1. What the dataset holds:", yearbook.summary().records.sorted { $0.key < $1.key })

print("2. OpenAI in December 2025 (a name resolves to an id; 'during' means what a reader means):")
let openAI = try yearbook.resolve("OpenAI", as: Organization.self)
for event in try yearbook.events.filter(organization: openAI).during("2025-12").sorted(by: .date).all() {
  print("  ", event.date?.description ?? "", event.title.en)
}

print("3. Generative-AI users in China (CNNIC):")
for statistic in try yearbook.statistics.filter(metric: "metric-genai-users").sorted(by: .date).all() {
  print("  ", yearbook.title(of: statistic).en, statistic.value.formatted(.english), cite(statistic.citations.first))
}

print("4. Leaderboards:")
for benchmark in yearbook.dataset.benchmarks.prefix(5) {
  for (metric, entries) in yearbook.leaderboard(for: benchmark.id).sorted(by: { $0.key < $1.key }) {
    let top = entries.prefix(3).map {
      "\($0.position). \(yearbook.name(of: $0.result.subject).en) \($0.result.score?.formatted(.english) ?? "")"
    }
    print("  ", benchmark.name.en, metric, top.joined(separator: ", "))
  }
}

print("5. Events per quarter of 2025:")
for group in yearbook.events.timeSeries(.quarter, from: try PartialDate(parsing: "2025-Q1"), to: try PartialDate(parsing: "2025-Q4")) {
  print("  ", group.key ?? "", group.count)
}

print("6. Funding per year in USD, with what could not be added:")
for year in try yearbook.fundingRounds.grouped(by: [.year], totalIn: .usd) {
  let total = year.total.flatMap(\.value).map { Money($0, .usd).formatted(.english) } ?? "nothing summed"
  print("  ", year.key ?? "undated", year.count, "rounds:", total, "— left out:", year.total?.excluded.map(\.reason.rawValue) ?? [])
}

print("7. EU instruments:")
for regulation in yearbook.regulations.filter(region: .europeanUnion).sorted(by: .date).all() {
  print("  ", regulation.date?.description ?? "undated", regulation.status, regulation.title.en)
}

print("8. Who is linked to DeepSeek:")
let deepSeek = try yearbook.profile(of: yearbook.resolve("DeepSeek", as: Organization.self))
print("  ", deepSeek.events.count, "events,", deepSeek.benchmarkResults.count, "results,", deepSeek.statistics.count, "statistics")

print("9. Where the sources disagree:")
for conflict in yearbook.conflicts() {
  print("  ", conflict.kind, conflict.sides.map { "\($0.record): \($0.value?.formatted(.english) ?? "-")" })
}

print("10. Search, ranked:")
for result in yearbook.search("unicorn", limit: 3) { print("  ", result.kind, result.title.en, "—", result.snippet) }
