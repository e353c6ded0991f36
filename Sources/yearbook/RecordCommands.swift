import AIYearbook
import Foundation

/// The five record subcommands, built on ``RecordCommand``.
enum RecordCommands {
  static let events = RecordCommand.make(
    Event.self, name: "events", abstract: "List events (releases, launches, partnerships, reports …).",
    extraOptions: [.value("category", "category", "Keep events of a category.")],
    example: "yearbook events --org OpenAI --from 2025-12 --format table",
    refine: { query, arguments in arguments.value("category").map { query.filter(category: $0) } ?? query })

  static let benchmarks = RecordCommand.make(
    BenchmarkResult.self, name: "benchmarks", abstract: "List benchmark results (scores, ranks, comparisons).",
    extraOptions: [.value("benchmark", "benchmark", "Keep results on a benchmark (id or name, e.g. HLE).")],
    example: "yearbook benchmarks --benchmark benchmark-swe-bench-pro --sort -value",
    refine: { query, arguments in
      guard let name = arguments.value("benchmark") else { return query }
      return try query.filter(benchmark: query.yearbook.resolve(name, as: Benchmark.self))
    })

  static let funding = RecordCommand.make(
    FundingRound.self, name: "funding",
    abstract: "List funding rounds, investments, acquisitions, funds and programmes.",
    extraOptions: [
      .value("currency", "code", "With --group-by: total each group's amounts in this currency (ECB annual rates)."),
      .value("kind", "kind", "Keep deals of a kind (ventureRound, acquisition, fund …)."),
      .value(
        "role", "roles",
        "With --group-by organization: the party roles to group by, comma-separated (default recipient,target)."),
    ],
    example: "yearbook funding --group-by year --currency USD",
    refine: { query, arguments in arguments.value("kind").map { query.filter(kind: FundingRound.Kind($0)) } ?? query },
    groupingKey: { name, arguments in
      guard let roles = arguments.value("role") else { return nil }
      guard name == "organization" else { throw UsageError("'--role' applies to '--group-by organization'") }
      return .organizations(in: Set(roles.split(separator: ",").map { FundingRound.Party.Role(String($0)) }))
    })

  static let regulations = RecordCommand.make(
    Regulation.self, name: "regulations", abstract: "List laws, policies, plans, standards and campaigns.",
    extraOptions: [.value("category", "category", "Keep instruments of a category (law, plan, standard …).")],
    example: "yearbook regulations --region EU",
    refine: { query, arguments in arguments.value("category").map { query.filter(category: $0) } ?? query })

  static let stats = RecordCommand.make(
    Statistic.self, name: "stats", abstract: "List statistics (survey results, market figures, forecasts …).",
    extraOptions: [
      .value("metric", "metric", "Keep statistics of a metric (id or label, e.g. metric-genai-users)."),
      .value(
        "breakdown", "dimension",
        "Print every breakdown of a dimension (age, gender …) as a table, with the sum as a check."),
    ],
    example: "yearbook stats --metric metric-genai-users",
    preempt: { arguments, output in
      guard let dimension = arguments.value("breakdown") else { return nil }
      return try BreakdownOutput.run(dimension, arguments, &output)
    },
    refine: { query, arguments in
      guard let name = arguments.value("metric") else { return query }
      return try query.filter(metric: query.yearbook.resolve(name, as: Metric.self))
    })
}
