import Foundation
import Testing

struct ExitCodeTests {
  @Test func versionPrintsExactTextAndLoadsNoData() throws {
    let result = try CLIRunner.run(["--version"])
    #expect(result.status == 0)
    let line = result.stdout
    let pattern = #/^yearbook \d+\.\d+\.\d+ \(data \d+\.\d+\.\d+, schema \d+\.\d+\.\d+\)\n$/#
    #expect(line.wholeMatch(of: pattern) != nil, "got \(line)")
  }

  @Test(arguments: [
    ["events", "--from", "2025-13"],
    ["events", "--to", "2025-02-30"],
    ["events", "--limit", "-1"],
    ["events", "--sort", "sideways"],
    ["events", "--format", "xml"],
    ["events", "--lang", "fr"],
    ["events", "--group-by", "weekday"],
    ["events", "--bogus"],
    ["nonsense"],
    ["export", "--format", "csv"],
    ["export", "--format", "csv", "--type", "nothing"],
    ["show"],
    ["validate"],
    ["validate", "/nonexistent/file.json"],
    ["events", "--data", "/nonexistent/file.json"],
    ["events", "--within"],
    ["events", "--from", "2025-06", "--to", "2025-01"],
  ])
  func usageErrorsExitTwo(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stderr.hasPrefix("yearbook: error: "))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stdout.isEmpty)
  }

  @Test func unknownIdentifierExitsOne() throws {
    let result = try CLIRunner.run(["show", "event-does-not-exist"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("yearbook: error: unknown event id \"event-does-not-exist\""))
  }

  @Test func emptyResultExitsZero() throws {
    let result = try CLIRunner.sample(["events", "--from", "2030", "--format", "json"])
    #expect(result.status == 0)
    #expect(result.stdout == "[\n\n]\n")
  }

  @Test func mergingAnEqualCopyIsSilentAndAChangedCopyExitsOne() throws {
    let same = try CLIRunner.run([
      "events", "--no-embedded", "--data", CLIRunner.sample, "--data", CLIRunner.sample, "--format", "json",
    ])
    #expect(same.status == 0, "\(same.stderr)")
    let original = try String(contentsOfFile: CLIRunner.sample, encoding: .utf8)
    let changed = try CLIRunner.temporaryFile(
      Data(
        original.replacingOccurrences(
          of: "\"src-900\"", with: "\"src-900\", \"note\": {\"zh\": \"改\", \"en\": \"changed\"}"
        ).utf8))
    let result = try CLIRunner.run(["events", "--no-embedded", "--data", CLIRunner.sample, "--data", changed])
    #expect(result.status == 1)
    #expect(result.stderr.contains("src-900"))
    #expect(result.stderr.contains("sample.json $.sources[0]"))
  }

  @Test func validateReportsEachProblemOnStdout() throws {
    let file = try CLIRunner.temporaryFile(
      Data(
        """
        {"schemaVersion": "1.0.0", "events": [{"id": "event-bad-date", "date": "2025-13-40", "citations": [],
         "title": {"zh": "x", "en": "x"}, "category": "other"}]}
        """.utf8), name: "bad.json")
    let result = try CLIRunner.run(["validate", file])
    #expect(result.status == 1)
    #expect(
      result.stdout
        == "bad.json: $.events[0] (event-bad-date): date: \"2025-13-40\" is not a valid date: month 13 is out of range 1–12\n"
    )
  }

  @Test func validateReportsEveryRecordThatDoesNotDecode() throws {
    let file = try CLIRunner.temporaryFile(
      Data(
        """
        {"schemaVersion": "1.0.0", "events": [
          {"id": "event-a-b", "date": "2025-13", "citations": [], "title": {"zh": "x", "en": "x"}, "category": "other"},
          {"id": "event-c-d", "date": "2025", "title": {"zh": "x", "en": "x"}, "category": "other"}],
         "statistics": [{"id": "stat-a-b", "date": null, "citations": [], "metric": "metric-x",
          "value": {"value": null, "unit": "count"}, "measure": "level", "kind": "survey"}]}
        """.utf8), name: "multi.json")
    let result = try CLIRunner.run(["validate", file])
    #expect(result.status == 1)
    #expect(
      result.stdout.split(separator: "\n").map(String.init) == [
        "multi.json: $.events[0] (event-a-b): date: \"2025-13\" is not a valid date: month 13 is out of range 1–12",
        "multi.json: $.events[1] (event-c-d): citations: is missing",
        "multi.json: $.statistics[0] (stat-a-b): value.value: value may be null only with qualifier \"unspecified\"",
      ])
  }

  @Test func validateReportsIntegrityProblems() throws {
    let file = try CLIRunner.temporaryFile(
      Data(
        """
        {"schemaVersion": "1.0.0", "events": [{"id": "event-dangling", "date": "2025", "citations": [],
         "title": {"zh": "x", "en": "x"}, "category": "other", "organizations": ["org-nobody"]}]}
        """.utf8), name: "dangling.json")
    let result = try CLIRunner.run(["validate", file, "--no-embedded"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("dangling.json: $.events[0] (event-dangling): citations: no citation\n"))
    #expect(result.stdout.contains("organizations[0]: organization org-nobody does not exist"))
  }

  @Test func validateAcceptsTheSample() throws {
    let result = try CLIRunner.run(["validate", CLIRunner.sample, "--no-embedded"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.isEmpty)
  }

  @Test func validateRefusesSchemaVersionTwo() throws {
    let file = try CLIRunner.temporaryFile(Data(#"{"schemaVersion": "2.0.0"}"#.utf8))
    let result = try CLIRunner.run(["validate", file])
    #expect(result.status == 1)
    #expect(result.stdout.contains("schema version 2.0.0 is not supported"))
  }

  static let hostileInputs: [(String, Data)] = [
    ("empty", Data()),
    ("binary", Data([0xFF, 0xFE, 0x00, 0x01, 0x80, 0x81])),
    ("truncated", Data(#"{"schemaVersion": "1.0.0", "events": [{"id": "event-"#.utf8)),
    ("deep", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
    ("huge-number", Data(#"{"schemaVersion": "1.0.0", "statistics": [], "x": 1e999}"#.utf8)),
    ("not-an-object", Data("[1, 2, 3]".utf8)),
    ("latin1", Data([0x7B, 0x22, 0xE9, 0x22, 0x3A, 0x31, 0x7D])),
  ]

  @Test(arguments: hostileInputs.map(\.0))
  func validateNeverCrashesOnHostileInput(_ name: String) throws {
    let data = try #require(Self.hostileInputs.first { $0.0 == name }).1
    let file = try CLIRunner.temporaryFile(data, name: "\(name).json")
    let result = try CLIRunner.run(["validate", file])
    #expect(result.status == 2, "\(name): status \(result.status), stdout \(result.stdout), stderr \(result.stderr)")
    #expect(result.stderr.hasPrefix("yearbook: error: \(name).json: "))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func everySubcommandHasHelpWithAnExample() throws {
    for command in [
      "summary", "events", "benchmarks", "funding", "regulations", "stats", "conflicts", "org", "show",
      "search", "validate", "export",
    ] {
      let result = try CLIRunner.run([command, "--help"])
      #expect(result.status == 0, "\(command)")
      #expect(result.stdout.contains("USAGE: yearbook \(command)"), "\(command)")
      #expect(result.stdout.contains("EXAMPLE:\n  yearbook \(command)"), "\(command)")
    }
  }
}

struct ForwardCompatibilityCLITests {
  @Test func unknownFieldsAndVocabularyAreWarningsNotErrors() throws {
    let file = try CLIRunner.temporaryFile(
      Data(
        """
        {"schemaVersion": "1.1.0", "extra": 1, "events": [{"id": "event-x-y", "date": "2025",
         "citations": [{"source": "src-900", "quote": "q", "locator": "l", "page": 3}],
         "title": {"zh": "x", "en": "x"}, "category": "quantumLeap", "tags": ["new-tag"], "mood": "happy"}],
         "sources": [{"id": "src-900", "title": {"zh": "样例", "en": "Sample"}, "publisher": {"zh": "测试", "en": "Test"},
          "date": null, "file": "900.txt"}]}
        """.utf8), name: "newer.json")
    let result = try CLIRunner.run(["validate", file, "--no-embedded"])
    #expect(result.status == 0, "\(result.stdout)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "warning: newer.json: $: extra: unknown field (ignored by this version)",
        "warning: newer.json: $.events[0] (event-x-y): mood: unknown field (ignored by this version)",
        "warning: newer.json: $.events[0] (event-x-y): citations[0].page: unknown field (ignored by this version)",
        "warning: newer.json: $.events[0] (event-x-y): tags[0]: \"new-tag\" is not in this version's vocabulary (kept as is)",
        "warning: newer.json: $.events[0] (event-x-y): category: \"quantumLeap\" is not in this version's vocabulary (kept as is)",
      ])
  }

  @Test func theFullExportValidatesWithoutWarnings() throws {
    let export = try CLIRunner.run(["export"])
    let file = try CLIRunner.temporaryFile(Data(export.stdout.utf8), name: "export.json")
    let result = try CLIRunner.run(["validate", file, "--no-embedded"])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty, "\(result.stdout)")
  }
}
