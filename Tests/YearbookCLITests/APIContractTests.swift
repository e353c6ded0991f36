import Foundation
import Testing

/// The "done when" checks of API 0.2, run through the built `yearbook` on the embedded data.
@Suite("API 0.2 contract, through the CLI")
struct APIContractTests {
  /// Parses a JSON array of objects.
  static func objects(_ text: String) throws -> [[String: Any]] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [[String: Any]], "expected a JSON array of objects")
  }

  @Test("December means December: the digest's week is in, records dated only 2025 or 2025-Q4 are out")
  func decemberDuring() throws {
    let result = try CLIRunner.run(["events", "--from", "2025-12", "--to", "2025-12", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let dates = try Self.objects(result.stdout).map { $0["date"] as? String }
    #expect(dates.count { $0 == "2025-11-30/2025-12-06" } == 7)
    #expect(!dates.contains("2025"))
    #expect(!dates.contains("2025-Q4"))
    #expect(dates.allSatisfy { $0 != nil })
    #expect(dates.contains("2025-12-11"))
    let within = try CLIRunner.run(["events", "--from", "2025-12", "--to", "2025-12", "--within", "--format", "json"])
    #expect(try Self.objects(within.stdout).allSatisfy { ($0["date"] as? String)?.hasPrefix("2025-12") == true })
  }

  @Test("search age: the first result is a statistic of an age breakdown")
  func searchAge() throws {
    let result = try CLIRunner.run(["search", "age", "--format", "json"])
    #expect(result.status == 0)
    let first = try #require(try Self.objects(result.stdout).first)
    #expect(first["kind"] as? String == "statistics")
    let id = try #require(first["id"] as? String)
    let shown = try CLIRunner.run(["show", id])
    let breakdown = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
    #expect((breakdown?["breakdown"] as? [String: Any])?["dimension"] as? String == "age")
  }

  @Test("stats --breakdown age prints the CNNIC shares and their sum as a check")
  func breakdownAge() throws {
    let result = try CLIRunner.run(["stats", "--breakdown", "age", "--format", "table"])
    #expect(result.status == 0, "\(result.stderr)")
    for share in ["33.8%", "21%", "19.8%", "25.4%"] { #expect(result.stdout.contains(share), "\(share)") }
    #expect(result.stdout.contains("check: sum") && result.stdout.contains("100% (expected 100%)"))
    let unknown = try CLIRunner.run(["stats", "--breakdown", "agee"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("age"))
  }

  @Test("conflicts --format json gives each side's value, the documented ones included")
  func conflictsJSON() throws {
    let result = try CLIRunner.run(["conflicts", "--format", "json"])
    let conflicts = try Self.objects(result.stdout)
    let unicorns = try #require(conflicts.first { $0["kind"] as? String == "statisticValue" })
    let sides = try #require(unicorns["sides"] as? [[String: Any]])
    let values = sides.compactMap {
      (($0["value"] as? [String: Any])?["quantity"] as? [String: Any])?["value"] as? Double
    }
    #expect(values == [42, 54])
    let documented = conflicts.filter { $0["kind"] as? String == "documented" }
    #expect(documented.count >= 3)
    let computing = try #require(
      documented.first { conflict in
        (conflict["sides"] as? [[String: Any]])?.contains {
          $0["record"] as? String == "stat-gcpa-ai-compute-supply-cn-2025"
        }
          == true
      })
    let computingValues = (computing["sides"] as? [[String: Any]] ?? []).compactMap {
      (($0["value"] as? [String: Any])?["quantity"] as? [String: Any])?["value"] as? Double
    }
    #expect(Set(computingValues) == [180, 788])
  }

  @Test("yearbook export | yearbook validate - exits 0: equal copies merge silently")
  func exportValidates() throws {
    let export = try CLIRunner.run(["export"])
    #expect(export.status == 0)
    let result = try CLIRunner.run(["validate", "-"], stdin: Data(export.stdout.utf8))
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let jsonl = try CLIRunner.run(["export", "--format", "jsonl"])
    let lines = try CLIRunner.run(["validate", "-"], stdin: Data(jsonl.stdout.utf8))
    #expect(lines.status == 0, "\(lines.stdout)\(lines.stderr)")
  }

  @Test("one file, four problems, all found in one run and located in that file")
  func fourProblems() throws {
    let file = #"""
      {"schemaVersion": "1.1.0", "dataVersion": "0.0.1",
       "fundingRounds": [
         {"id": "funding-mine-bad-date", "date": "2025-13", "title": {"zh": "融资", "en": "A round"},
          "kind": "ventureRound", "status": "completed", "parties": [],
          "citations": [{"source": "src-000", "quote": "q", "locator": "l"}], "tags": []},
         {"id": "funding-mine-rmb", "date": "2025-06", "title": {"zh": "融资", "en": "Another round"},
          "kind": "ventureRound", "status": "completed", "amount": {"amount": 100, "currency": "rmb", "qualifier": "exact"},
          "parties": [{"organization": "org-does-not-exist", "role": "recipient"}],
          "citations": [{"source": "src-000", "quote": "q", "locator": "l"}], "tags": []}
       ],
       "organizations": [{"id": "org-openai", "name": {"zh": "别的", "en": "Someone else"}, "kind": "company"}]
      }
      """#
    let path = try CLIRunner.temporaryFile(Data(file.utf8), name: "mine.json")
    let result = try CLIRunner.run(["validate", path])
    #expect(result.status == 1, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.hasPrefix("mine.json: ") }, "\(lines)")
    #expect(
      lines.contains { $0.contains("$.fundingRounds[0] (funding-mine-bad-date): date:") && $0.contains("2025-13") })
    #expect(lines.contains { $0.contains("$.fundingRounds[1] (funding-mine-rmb)") && $0.contains("\"rmb\"") })
    #expect(
      lines.contains { $0.contains("$.fundingRounds[1] (funding-mine-rmb)") && $0.contains("org-does-not-exist") })
    #expect(lines.contains { $0.contains("$.organizations[0] (org-openai)") && $0.contains("embedded data") })
  }

  @Test("--org \"Deep Seek\" exits 1 and suggests DeepSeek")
  func unknownName() throws {
    let result = try CLIRunner.run(["events", "--org", "Deep Seek"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("org-deepseek"))
    #expect(result.stdout.isEmpty)
    let id = try CLIRunner.run(["show", "org-open-ai"])
    #expect(id.status == 1)
    #expect(id.stderr.contains("org-openai"))
  }

  @Test("options that do not apply are refused with exit 2, never ignored")
  func refusedOptions() throws {
    for arguments in [
      ["events", "--group-by", "year", "--limit", "3"], ["events", "--group-by", "year", "--offset", "3"],
      ["events", "--group-by", "year", "--cite"], ["events", "--group-by", "year", "--lang", "zh"],
      ["events", "--sort", "value"], ["events", "--currency", "USD"],
      ["events", "--group-by", "year", "--currency", "USD"],
      ["events", "--format", "csv", "--cite"], ["events", "--within"],
    ] {
      let result = try CLIRunner.run(arguments)
      #expect(result.status == 2, "\(arguments): \(result.stderr)")
      #expect(result.stderr.hasPrefix("yearbook: error: "), "\(arguments)")
    }
  }

  @Test("group counts and totals are one library call: counts include excluded rounds, summed ones are counted apart")
  func fundingGroups() throws {
    let result = try CLIRunner.run(["funding", "--group-by", "year", "--currency", "USD", "--format", "json"])
    let groups = try Self.objects(result.stdout)
    let year2025 = try #require(groups.first { $0["group"] as? String == "2025" })
    let count = try #require(year2025["count"] as? Int)
    let summed = try #require(year2025["summedCount"] as? Int)
    let excluded = try #require(year2025["excluded"] as? [[String: Any]])
    #expect(count == summed + excluded.count)
    #expect(year2025["total"] is Double)
    #expect(year2025["ratesUsed"] is [Any])
  }
}

@Suite("Replaced identifiers, through the CLI")
struct ReplacedIDCLITests {
  @Test("a merged id keeps resolving to its replacement, with one warning on stderr")
  func mergedMetric() throws {
    let shown = try CLIRunner.run(["show", "metric-ai-industry-financing"])
    #expect(shown.status == 0)
    #expect(shown.stdout.contains(#""id" : "metric-ai-financing-amount""#))
    #expect(
      shown.stderr
        == "yearbook: warning: metric-ai-industry-financing was replaced by metric-ai-financing-amount (see DataChangelog.md)\n"
    )
    let filtered = try CLIRunner.run(["stats", "--metric", "metric-ai-industry-financing", "--format", "json"])
    #expect(filtered.status == 0)
    let replacement = try CLIRunner.run(["stats", "--metric", "metric-ai-financing-amount", "--format", "json"])
    #expect(filtered.stdout == replacement.stdout)
    #expect(filtered.stderr.contains("warning"))
  }
}
