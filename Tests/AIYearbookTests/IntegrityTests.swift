import AIYearbook
import Foundation
import Testing

/// The integrity rules (``ValidationRule``) on the embedded data and on one
/// failing fixture per rule, and where decoding errors point.
@Suite("Integrity")
struct IntegrityTests {
  @Test("The embedded dataset breaks no integrity rule")
  func embeddedDataIsValid() throws {
    let issues = try Yearbook.embedded().validate()
    for issue in issues { print("IntegrityTests: \(issue) [\(issue.rule)]") }
    #expect(issues.isEmpty, "\(issues.count) issues:\n\(issues.map(\.description).joined(separator: "\n"))")
  }

  @Test("Every embedded record has at least one citation and every id its kind's prefix")
  func recordsAreCitedAndPrefixed() throws {
    let dataset = try Yearbook.embedded().dataset
    func check<R: Record>(_ records: [R], prefix: String) {
      for record in records {
        #expect(!record.citations.isEmpty, "\(record.id) has no citation")
        #expect(record.id.rawValue.hasPrefix(prefix) && record.id.isWellFormed, "\(record.id)")
      }
    }
    check(dataset.events, prefix: "event-")
    check(dataset.benchmarkResults, prefix: "result-")
    check(dataset.fundingRounds, prefix: "funding-")
    check(dataset.regulations, prefix: "regulation-")
    check(dataset.statistics, prefix: "stat-")
  }

  @Test("The valid fixtures break no rule")
  func validFixtures() throws {
    for name in ["valid.json", "sample.json", "analysis.json"] {
      let issues = DatasetValidator.validate(try TestSupport.fixtureDataset(name), file: name)
      #expect(issues.isEmpty, "\(name): \(issues.map(\.description))")
    }
  }

  /// A fixture that breaks exactly one rule, and the record it breaks it in.
  struct BrokenFixture: Sendable, CustomTestStringConvertible {
    var file: String
    var rule: ValidationRule
    var id: String
    var field: String
    var testDescription: String { "\(file) → \(rule)" }
  }

  static let brokenFixtures: [BrokenFixture] = [
    .init(file: "duplicate-id.json", rule: .uniqueIdentifiers, id: "event-2025-12-11-acme-releases-model", field: "id"),
    .init(file: "bad-id-format.json", rule: .identifierFormat, id: "event-2025-12-11-Acme_Releases", field: "id"),
    .init(
      file: "dangling-organization.json", rule: .referencesResolve, id: "event-2025-12-11-acme-and-ghost",
      field: "organizations[1]"),
    .init(file: "no-citation.json", rule: .cited, id: "event-2025-12-11-uncited", field: "citations"),
    .init(file: "long-quote.json", rule: .cited, id: "event-2025-12-11-long-quote", field: "citations[0].quote"),
    .init(
      file: "invalid-currency.json", rule: .currencyCode, id: "funding-2025-12-acme-rmb", field: "amount.currency"),
    .init(file: "negative-money.json", rule: .nonNegative, id: "funding-2025-12-acme-negative", field: "amount.amount"),
    .init(
      file: "score-out-of-range.json", rule: .scoreWithinRange, id: "result-acme-model-arena-accuracy", field: "score"),
    .init(
      file: "undeclared-benchmark-metric.json", rule: .scoreWithinRange, id: "result-acme-model-arena-speed",
      field: "metric"),
    .init(
      file: "unknown-statistic-metric.json", rule: .statisticHasMetric, id: "stat-users-2025-06-unknown-metric",
      field: "metric"),
    .init(
      file: "forecast-before-report.json", rule: .forecastAfterReport, id: "stat-users-forecast-2024", field: "date"),
    .init(
      file: "shares-not-100.json", rule: .exhaustiveSharesSum, id: "stat-users-age-10-19-2025-06", field: "breakdown"),
    .init(
      file: "disagreement-not-linked-back.json", rule: .disagreementsLinked, id: "event-2025-12-11-acme-says-one",
      field: "disagreesWith[0]"),
  ]

  /// Fixtures that only draw warnings: a newer 1.x file that still loads.
  static let warningFixtures: [BrokenFixture] = [
    .init(file: "unknown-field.json", rule: .unknownField, id: "event-2025-12-11-newer-field", field: "sentiment"),
    .init(
      file: "unknown-vocabulary.json", rule: .unknownVocabulary, id: "event-2025-12-11-newer-category",
      field: "category"),
  ]

  @Test("A newer 1.x file draws a warning for what this version does not know", arguments: warningFixtures)
  func warningFixture(_ fixture: BrokenFixture) throws {
    let url = TestSupport.fixturesDirectory.appendingPathComponent("invalid/" + fixture.file)
    let data = try Data(contentsOf: url)
    let dataset = try DatasetReader.decodeDataset(from: data, file: fixture.file)
    #expect(DatasetValidator.validate(dataset, file: fixture.file).isEmpty)
    let warnings = DatasetValidator.warnings(in: data, decodedAs: dataset, file: fixture.file)
    #expect(warnings.map(\.rule) == [fixture.rule])
    #expect(warnings.first?.id == fixture.id)
    #expect(warnings.first?.field == fixture.field)
    #expect(warnings.allSatisfy { $0.rule.isWarning && $0.description.hasPrefix("warning: \(fixture.file): ") })
  }

  @Test("A fixture breaking one rule is reported with that rule, its record and field", arguments: brokenFixtures)
  func brokenFixture(_ fixture: BrokenFixture) throws {
    let url = TestSupport.fixturesDirectory.appendingPathComponent("invalid/" + fixture.file)
    let input = DatasetInput(name: fixture.file, data: try Data(contentsOf: url))
    let issues = Yearbook.validate([input], includingEmbedded: false).errors
    let matching = issues.filter { $0.rule == fixture.rule && $0.id == fixture.id }
    #expect(!matching.isEmpty, "expected \(fixture.rule) on \(fixture.id); got \(issues.map(\.description))")
    #expect(matching.contains { $0.field == fixture.field }, "fields: \(matching.map(\.field))")
    #expect(matching.allSatisfy { $0.file == fixture.file && $0.description.contains(fixture.id) })
    // The fixture breaks nothing else.
    #expect(Set(issues.map(\.rule)) == [fixture.rule], "\(issues.map(\.description))")
  }

  @Test("Every rule the validator checks has a failing fixture")
  func everyRuleIsCovered() {
    let covered = Set((Self.brokenFixtures + Self.warningFixtures).map(\.rule))
    // `schema` is reported by decoding (see the decoding tests), not by the validator.
    // `readable` is a file that is not UTF-8 JSON at all (see the CLI's exit-code tests).
    #expect(covered == Set(ValidationRule.allCases).subtracting([.schema, .readable]))
  }

  @Test("disagreesWith: a missing target, a self-link and a missing back-link are each reported")
  func disagreementLinks() throws {
    let citation = Citation(source: "src-903", quote: "q", locator: "l")
    func statistic(_ id: String, _ links: [String]) -> Statistic {
      Statistic(
        id: Statistic.ID(id), date: nil, citations: [citation], metric: "metric-x", value: Quantity(1, .count),
        kind: .official, disagreesWith: links)
    }
    let dataset = Dataset(
      dataVersion: "0.0.1",
      sources: [
        Source(
          id: "src-903", title: LocalizedText(zh: "甲", en: "A"), publisher: LocalizedText(zh: "乙", en: "B"),
          date: nil, file: "903.txt")
      ],
      metrics: [
        Metric(
          id: "metric-x", label: LocalizedText(zh: "甲", en: "X"), unit: .count,
          definition: LocalizedText(zh: "甲", en: "X"))
      ],
      statistics: [
        statistic("stat-a", ["stat-b", "stat-ghost", "stat-a"]), statistic("stat-b", ["stat-a"]),
        statistic("stat-c", ["stat-a"]),
      ])
    let issues = DatasetValidator.validate(dataset, file: "links.json").filter { $0.rule == .disagreementsLinked }
    #expect(
      issues.map { "\($0.id ?? "") \($0.field): \($0.message)" } == [
        "stat-a disagreesWith[1]: record stat-ghost does not exist",
        "stat-a disagreesWith[2]: the record links itself",
        "stat-c disagreesWith[0]: stat-a does not list stat-c in its disagreesWith",
      ])
    // A link to a record of the context (the embedded data) resolves there.
    let user = Dataset(dataVersion: "0.0.1", statistics: [statistic("stat-d", ["stat-b"])])
    let linked = DatasetValidator.validate(user, file: "mine.json", context: dataset)
      .filter { $0.rule == .disagreementsLinked }
    #expect(linked.map(\.message) == ["stat-b does not list stat-d in its disagreesWith"])
  }

  @Test("The duplicate-id fixture is refused when indexed")
  func duplicateIDRefusedByYearbook() throws {
    let dataset = try TestSupport.fixtureDataset("invalid/duplicate-id.json")
    #expect(throws: YearbookError.self) { _ = try Yearbook(dataset, origin: "duplicate-id.json") }
    do {
      _ = try Yearbook(dataset, origin: "duplicate-id.json")
    } catch {
      #expect(error.isIntegrityError)
      #expect(error.description.contains("event-2025-12-11-acme-releases-model"))
      #expect(error.description.contains("duplicate-id.json $.events[0]"))
      #expect(error.description.contains("duplicate-id.json $.events[1]"))
    }
  }

  @Test("Merging a file that repeats an embedded id with other content fails, naming both places and the field")
  func mergingDuplicateFails() throws {
    let yearbook = try Yearbook.embedded()
    var openAI = try #require(yearbook.organization("org-openai"))
    #expect(
      try yearbook.merging(Dataset(dataVersion: "0.0.1", organizations: [openAI]), origin: "same.json").dataset
        == yearbook.dataset)
    openAI.aliases.append("Open AI Inc.")
    let mine = Dataset(dataVersion: "0.0.1", organizations: [openAI])
    do {
      _ = try yearbook.merging(mine, origin: "mine.json")
      Issue.record("merging a duplicate id succeeded")
    } catch {
      guard case .duplicateID(let id, let first, let second, _) = error else {
        Issue.record("expected duplicateID, got \(error)")
        return
      }
      #expect(id == "org-openai")
      #expect(first.hasPrefix("embedded data $.organizations["))
      #expect(second == "mine.json $.organizations[0]")
      #expect(error.isIntegrityError)
    }
  }

  // MARK: Decoding errors

  @Test("A bad date names the file, the record's position and id, the field and the value")
  func badDateIsLocated() throws {
    let data = try TestSupport.fixtureData("invalid/bad-date.json")
    do {
      _ = try DatasetReader.decodeDataset(from: data, file: "bad-date.json")
      Issue.record("a date of 2025-13-40 decoded")
    } catch {
      let message = error.description
      #expect(message.contains("bad-date.json"), "\(message)")
      #expect(message.contains("$.events["), "\(message)")
      #expect(message.contains("$.events[1]"), "\(message)")
      #expect(message.contains("event-bad-date-acme"), "\(message)")
      #expect(message.contains("date"), "\(message)")
      #expect(message.contains("2025-13-40"), "\(message)")
      #expect(error.isIntegrityError)
      guard case .invalidRecord(let file, let path, let id, let field, _) = error else {
        Issue.record("expected invalidRecord, got \(error)")
        return
      }
      #expect(file == "bad-date.json")
      #expect(path == "$.events[1]")
      #expect(id == "event-bad-date-acme")
      #expect(field == "date")
    }
  }

  @Test("Reading the bad-date fixture as a file reports the same place")
  func badDateThroughYearbook() throws {
    do {
      _ = try Yearbook(contentsOf: TestSupport.fixtureURL("invalid/bad-date.json"), includingEmbedded: false)
      Issue.record("a date of 2025-13-40 decoded")
    } catch {
      #expect(error.description.hasPrefix("bad-date.json: $.events[1] (event-bad-date-acme): date: "))
      #expect(error.description.contains("\"2025-13-40\""))
    }
  }

  @Test("A resource-file array with a bad record names the file, index, id and field")
  func badRecordInArray() throws {
    let json = """
      [{"id": "event-x-ok", "date": "2025", "citations": [], "title": {"zh": "甲", "en": "A"}, "category": "other"},
       {"id": "event-x-bad", "citations": [], "title": {"zh": "乙", "en": "B"}, "category": "other"}]
      """
    do {
      _ = try DatasetReader.decodeArray(Event.self, from: Data(json.utf8), file: "events.json")
      Issue.record("an event without a date key decoded")
    } catch {
      #expect(error.description.hasPrefix("events.json: $[1] (event-x-bad): date: is missing"), "\(error)")
    }
  }

  @Test("A schema version 2 file is refused")
  func schemaTwoRefused() throws {
    let json = #"{"schemaVersion": "2.0.0", "dataVersion": "9.0.0", "events": []}"#
    #expect(throws: YearbookError.unsupportedSchemaVersion(file: "future.json", version: "2.0.0")) {
      _ = try DatasetReader.decodeDataset(from: Data(json.utf8), file: "future.json")
    }
  }
}
