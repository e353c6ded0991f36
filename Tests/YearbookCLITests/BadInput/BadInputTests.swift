import AIYearbook
import Foundation
import Testing

/// Every case of the bad-input corpus through the library (`Yearbook.validate`,
/// `Yearbook.load`) and through `yearbook validate`: each expected problem is
/// reported once, with its rule, file, path, id and field, and nothing else is.
@Suite("Bad-input corpus")
struct BadInputTests {
  @Test func theBaseFixtureIsValidAloneAndWithTheEmbeddedData() throws {
    let json = DatasetInput(name: "base.json", data: try BadInputCorpus.bytes(of: .base([])))
    let lines = DatasetInput(name: "base.jsonl", data: try BadInputCorpus.bytes(of: .baseLines([])))
    for embedded in [false, true] {
      let report = Yearbook.validate([json], includingEmbedded: embedded)
      #expect(report.issues.isEmpty, "\(report.issues.map(\.description))")
      let linesReport = Yearbook.validate([lines], includingEmbedded: embedded)
      #expect(linesReport.issues.isEmpty, "\(linesReport.issues.map(\.description))")
    }
    let yearbook = try Yearbook.load([json], includingEmbedded: false)
    #expect(yearbook.dataset.count(of: .statistic) == 4)
    #expect(yearbook.dataset.count(of: .fundingRound) == 1)
  }

  @Test func escapesAndSurrogatePairsAreRead() throws {
    let data = try BadInputCorpus.bytes(
      of: .base([.set("events[1].title.en", .raw(#""a pair \ud83d\ude00, \u00e9, \"quoted\" and \\u""#))]))
    let input = DatasetInput(name: "escapes.json", data: data)
    let report = Yearbook.validate([input], includingEmbedded: false)
    #expect(report.issues.isEmpty, "\(report.issues.map(\.description))")
    let yearbook = try Yearbook.load([input], includingEmbedded: false)
    #expect(yearbook.dataset.events.map(\.title.en).contains("a pair 😀, é, \"quoted\" and \\u"))
  }

  @Test func theCorpusHasFortyCasesOrMoreWithUniqueNamesInEveryCategory() {
    let cases = BadInputCorpus.cases
    #expect(cases.count >= 40)
    #expect(Set(cases.map(\.name)).count == cases.count)
    #expect(Set(cases.map(\.category)) == Set(BadInputCase.Category.allCases))
    #expect(cases.allSatisfy { !$0.expected.isEmpty })
  }

  @Test("The library reports each problem, where it is", arguments: BadInputCorpus.cases)
  func libraryReportsEachProblem(_ corpusCase: BadInputCase) throws {
    let inputs = try corpusCase.inputs()
    let report = Yearbook.validate(inputs, includingEmbedded: corpusCase.includingEmbedded)
    let got = report.issues.map { "[\($0.rule)] \($0.description)" }.joined(separator: "\n")
    #expect(report.issues.count == corpusCase.expected.count, "got:\n\(got)")
    for expected in corpusCase.expected {
      #expect(
        report.issues.contains { Self.matches($0, expected, in: corpusCase) },
        "missing \(expected); got:\n\(got)")
    }
    #expect(report.exitStatus == corpusCase.exitStatus, "got:\n\(got)")
    // Loading refuses what validation rejects, and loads what only draws warnings.
    do {
      _ = try Yearbook.load(inputs, includingEmbedded: corpusCase.includingEmbedded)
      #expect(corpusCase.exitStatus == 0, "the data loaded")
    } catch {
      #expect(corpusCase.exitStatus != 0, "\(error)")
    }
    if corpusCase.exitStatus == 2, let input = inputs.first {
      #expect(throws: YearbookError.self) { try DatasetReader.decodeCollectingErrors(input.data, file: input.name) }
    }
  }

  @Test("yearbook validate prints one line per problem and exits 1 or 2", arguments: BadInputCorpus.cases)
  func validateCommandReportsEachProblem(_ corpusCase: BadInputCase) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "yearbook-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var arguments = ["validate"]
    for (file, input) in zip(corpusCase.files, try corpusCase.inputs()) {
      let url = directory.appendingPathComponent(file.name)
      try input.data.write(to: url)
      arguments.append(url.path)
    }
    if !corpusCase.includingEmbedded { arguments.append("--no-embedded") }
    let result = try CLIRunner.run(arguments)
    #expect(result.exited, "killed by a signal")
    #expect(result.status == corpusCase.exitStatus, "stdout:\n\(result.stdout)stderr:\n\(result.stderr)")
    let stdout = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    let stderr = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    let unreadable = corpusCase.expected.filter { $0.rule == .readable }
    let reported = corpusCase.expected.filter { $0.rule != .readable }
    #expect(stdout.count == reported.count, "stdout:\n\(result.stdout)")
    #expect(stderr.count == unreadable.count, "stderr:\n\(result.stderr)")
    for expected in reported {
      let prefix =
        (expected.rule.isWarning ? "warning: " : "") + "\(expected.file ?? corpusCase.firstFile): \(expected.path)"
        + (expected.id.map { " (\($0))" } ?? "") + ": " + (expected.field.isEmpty ? "" : expected.field + ": ")
      #expect(
        stdout.contains { $0.hasPrefix(prefix) && $0.contains(expected.message) },
        "no line \(prefix)…\(expected.message)…; stdout:\n\(result.stdout)")
    }
    for expected in unreadable {
      let prefix = "yearbook: error: \(expected.file ?? corpusCase.firstFile): "
      #expect(
        stderr.contains { $0.hasPrefix(prefix) && $0.contains(expected.message) },
        "no line \(prefix)…\(expected.message)…; stderr:\n\(result.stderr)")
    }
  }

  static func matches(_ issue: ValidationIssue, _ expected: BadInputCase.Expected, in corpusCase: BadInputCase) -> Bool
  {
    issue.rule == expected.rule && issue.file == (expected.file ?? corpusCase.firstFile) && issue.path == expected.path
      && issue.id == expected.id && issue.field == expected.field && issue.message.contains(expected.message)
  }
}
