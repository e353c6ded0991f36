import AIYearbook
import Foundation

/// The five record subcommands, built on ``RecordCommand``.
enum RecordCommands {
  static let events = RecordCommand.make(
    name: "events", abstract: "List events (releases, launches, partnerships, reports …).",
    presentation: Presentations.events, extraOptions: [.value("category", "category", "Keep events of a category.")],
    example: "yearbook events --org OpenAI --from 2025-12 --format table",
    query: { $0.events },
    refine: { query, arguments in arguments.value("category").map { query.filter(category: $0) } ?? query })

  static let benchmarks = RecordCommand.make(
    name: "benchmarks", abstract: "List benchmark results (scores, ranks, comparisons).",
    presentation: Presentations.benchmarkResults,
    extraOptions: [.value("benchmark", "id", "Keep results on a benchmark (id, e.g. benchmark-hle).")],
    example: "yearbook benchmarks --benchmark benchmark-swe-bench-pro --sort -value",
    query: { $0.benchmarkResults },
    refine: { query, arguments in
      guard let benchmark = arguments.value("benchmark") else { return query }
      let id = Benchmark.ID(benchmark.hasPrefix("benchmark-") ? benchmark : "benchmark-" + benchmark.lowercased())
      guard query.yearbook.benchmark(id) != nil else { throw IntegrityError("unknown benchmark '\(benchmark)'") }
      return query.filter(benchmark: id)
    })

  static let funding = RecordCommand.make(
    name: "funding", abstract: "List funding rounds, investments, acquisitions, funds and programmes.",
    presentation: Presentations.fundingRounds,
    extraOptions: [
      .value("currency", "code", "With --group-by: total each group's amounts in this currency (ECB annual rates)."),
      .value("kind", "kind", "Keep deals of a kind (ventureRound, acquisition, fund …)."),
    ],
    example: "yearbook funding --group-by year --currency USD",
    query: { $0.fundingRounds },
    refine: { query, arguments in arguments.value("kind").map { query.filter(kind: FundingRound.Kind($0)) } ?? query })

  static let regulations = RecordCommand.make(
    name: "regulations", abstract: "List laws, policies, plans, standards and campaigns.",
    presentation: Presentations.regulations,
    extraOptions: [.value("category", "category", "Keep instruments of a category (law, plan, standard …).")],
    example: "yearbook regulations --region EU",
    query: { $0.regulations },
    refine: { query, arguments in arguments.value("category").map { query.filter(category: $0) } ?? query })

  static let stats = RecordCommand.make(
    name: "stats", abstract: "List statistics (survey results, market figures, forecasts …).",
    presentation: Presentations.statistics,
    extraOptions: [.value("metric", "id", "Keep statistics of a metric (e.g. metric-genai-users).")],
    example: "yearbook stats --metric metric-genai-users",
    query: { $0.statistics },
    refine: { query, arguments in
      guard let metric = arguments.value("metric") else { return query }
      let id = Metric.ID(metric.hasPrefix("metric-") ? metric : "metric-" + metric)
      guard query.yearbook.metric(id) != nil else { throw IntegrityError("unknown metric '\(metric)'") }
      return query.filter(metric: id)
    })
}
