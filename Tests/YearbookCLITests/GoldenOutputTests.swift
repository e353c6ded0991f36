import Foundation
import Testing

/// Each subcommand and format on the sample fixture, compared with a reviewed
/// golden file in Tests/Fixtures/CLI/golden/. Set UPDATE_GOLDENS=1 to rewrite
/// them (then review the diff before committing).
struct GoldenOutputTests {
  static let cases: [(name: String, arguments: [String])] = [
    ("summary-table", ["summary", "--format", "table"]),
    ("summary-json", ["summary", "--format", "json"]),
    ("events-table", ["events", "--format", "table"]),
    ("events-table-zh", ["events", "--format", "table", "--lang", "zh"]),
    ("events-json", ["events", "--format", "json"]),
    ("events-csv", ["events", "--format", "csv"]),
    ("events-markdown", ["events", "--format", "markdown"]),
    ("events-org-alias", ["events", "--format", "table", "--org", "ACME AI"]),
    ("events-from-to", ["events", "--format", "table", "--from", "2025-03", "--to", "2025-03"]),
    ("events-within", ["events", "--format", "table", "--from", "2025-03", "--to", "2025-03", "--within"]),
    ("events-region-cn", ["events", "--format", "table", "--region", "CN"]),
    ("events-group-month-json", ["events", "--format", "json", "--group-by", "month"]),
    ("events-group-org-chart", ["events", "--format", "table", "--group-by", "organization", "--chart"]),
    ("benchmarks-cite", ["benchmarks", "--format", "table", "--cite"]),
    ("funding-table", ["funding", "--format", "table", "--sort", "-value"]),
    ("funding-group-currency-json", ["funding", "--format", "json", "--group-by", "year", "--currency", "USD"]),
    ("regulations-markdown", ["regulations", "--format", "markdown", "--region", "EU"]),
    ("regulations-region-member", ["regulations", "--format", "json", "--region", "FR"]),
    ("stats-csv", ["stats", "--format", "csv", "--sort", "value", "--limit", "1"]),
    ("stats-metric", ["stats", "--format", "table", "--metric", "metric-sample-users"]),
    ("show-event", ["show", "event-2025-03-acme-releases-one"]),
    ("org-table", ["org", "Acme", "--format", "table"]),
    ("search-json", ["search", "极客", "--format", "json"]),
    ("conflicts-json", ["conflicts", "--format", "json"]),
    ("export-json", ["export"]),
    ("export-jsonl", ["export", "--format", "jsonl"]),
    ("export-csv-funding", ["export", "--format", "csv", "--type", "fundingRounds"]),
    ("export-markdown-events", ["export", "--format", "markdown", "--type", "events"]),
  ]

  @Test(arguments: cases.map(\.name))
  func matchesGolden(_ name: String) throws {
    let arguments = try #require(Self.cases.first { $0.name == name }).arguments
    let result = try CLIRunner.sample(arguments)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr.isEmpty)
    let golden = CLIRunner.fixtures.appendingPathComponent("golden/\(name).txt")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(
        at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(result.stdout.utf8).write(to: golden)
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(result.stdout == expected, "yearbook \(arguments.joined(separator: " ")) differs from golden/\(name).txt")
  }

  @Test func exportIsDeterministic() throws {
    let first = try CLIRunner.run(["export", "--format", "json"])
    let second = try CLIRunner.run(["export", "--format", "json"])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout.hasPrefix("{\n  \"benchmarkResults\" : ["))
  }
}
