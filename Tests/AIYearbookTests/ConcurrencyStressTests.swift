import Foundation
import Testing

@testable import AIYearbook

/// A thousand queries, groupings, searches and conflict reports at once over one
/// yearbook whose caches are cold, so the lazy work — decoding the embedded files,
/// the identifier and name indexes, the columns, the exclusion tables, the search
/// index — is raced for real; every answer must equal the one a separate, fresh
/// yearbook gives when asked serially.
///
/// `.ci/run` also runs this suite under the thread sanitizer
/// (`swift test --sanitize=thread --filter ConcurrencyStressTests`), which fails on
/// any data race even when the answers happen to agree.
@Suite("Concurrency stress")
struct ConcurrencyStressTests {
  /// How many tasks run at once over each yearbook.
  static let taskCount = 1_000

  /// One thing a client may ask, answered as sorted-keys JSON so whole results compare.
  struct Operation: Sendable {
    var name: String
    var answer: @Sendable (Yearbook) throws -> Data
  }

  static func json(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(value)
  }

  /// The mix: each task runs `operations[index % operations.count]`.
  static let operations: [Operation] = [
    // Queries (filters answered from the columns, orderings, pages).
    Operation(name: "events of org-openai in 2025, by date") { yearbook in
      try json(try yearbook.events.filter(organization: "org-openai").during("2025").sorted(by: .date).page())
    },
    Operation(name: "events tagged agents in CN") { yearbook in
      try json(yearbook.events.filter(tag: .agents).filter(region: Region("CN")).page())
    },
    Operation(name: "EU regulations matching text, second page") { yearbook in
      // Narrowed by region first: a text filter scans the texts of every record it is given.
      try json(yearbook.regulations.filter(region: Region("EU")).matching("AI").offset(1).limit(10).page())
    },
    Operation(name: "funding rounds by value in USD") { yearbook in
      try json(yearbook.fundingRounds.sorted(by: .value(in: .usd)).page())
    },
    Operation(name: "statistics of 2025, counted") { yearbook in
      try json([try yearbook.statistics.overlapping("2025").count(), yearbook.statistics.dated().count()])
    },
    Operation(name: "regulations in the EU") { yearbook in
      try json(yearbook.regulations.filter(region: Region("EU")).sorted(by: .date).page())
    },
    Operation(name: "benchmark results, all") { yearbook in try json(yearbook.benchmarkResults.page()) },
    // Groupings, totals, time series.
    Operation(name: "events by month with records") { yearbook in
      try json(yearbook.events.grouped(by: .month, includingRecords: true))
    },
    Operation(name: "events by organization and tag") { yearbook in
      try json(try yearbook.events.grouped(by: [.organization, .tag]))
    },
    Operation(name: "funding rounds by organization, totals in USD") { yearbook in
      try json(try yearbook.fundingRounds.grouped(by: [.organization], totalIn: .usd, includingRecords: true))
    },
    Operation(name: "top funding rounds by organization in EUR") { yearbook in
      try json(try yearbook.fundingRounds.top(5, by: .organization, totalIn: Currency("EUR")))
    },
    Operation(name: "funding total in CNY") { yearbook in
      try json(try yearbook.fundingRounds.totalAmount(in: Currency("CNY")))
    },
    Operation(name: "events by quarter, 2025 series") { yearbook in
      try json(
        yearbook.events.timeSeries(
          .quarter, from: try PartialDate(parsing: "2025-01"), to: try PartialDate(parsing: "2025-12")))
    },
    Operation(name: "statistics by category and region") { yearbook in
      try json(try yearbook.statistics.grouped(by: [.kind, .region]))
    },
    // Searches (the index is built by whichever task comes first).
    Operation(name: "search OpenAI") { yearbook in try json(yearbook.search("OpenAI")) },
    Operation(name: "search 大模型, 20") { yearbook in try json(yearbook.search("大模型", limit: 20)) },
    Operation(name: "search unicorn") { yearbook in try json(yearbook.search("unicorn")) },
    Operation(name: "search agent") { yearbook in try json(yearbook.search("agent", limit: 50)) },
    // Conflict reports and the other analyses.
    Operation(name: "conflicts") { yearbook in try json(yearbook.conflicts()) },
    Operation(name: "summary") { yearbook in try json(yearbook.summary()) },
    Operation(name: "profile of org-openai") { yearbook in try json(try yearbook.profile(of: "org-openai")) },
    Operation(name: "breakdowns") { yearbook in try json(yearbook.breakdowns()) },
    Operation(name: "leaderboard") { yearbook in
      try json(yearbook.leaderboard(for: "benchmark-rare-disease-diagnosis"))
    },
    // Lookups through the identifier and name indexes.
    Operation(name: "lookups by id and name") { yearbook in
      try json([
        try yearbook.element(id: "org-openai").kind.rawValue,
        try yearbook.resolve("OpenAI", as: Organization.self).rawValue,
        yearbook.descendants(of: "org-cas").map(\.rawValue).joined(separator: ","),
        yearbook.title(of: try yearbook.element(id: "org-openai")).en,
      ])
    },
  ]

  /// The serial answers over the embedded data, computed once for the tests that need them
  /// (building a search index takes seconds in a debug or sanitized build).
  static let embeddedSerialAnswers = Result { try serialAnswers(try Yearbook.freshEmbedded()) }

  /// Every operation's answer, asked one after the other.
  static func serialAnswers(_ yearbook: Yearbook) throws -> [Data] {
    try operations.map { try $0.answer(yearbook) }
  }

  /// The answers of `taskCount` tasks started at once over `yearbook`, by task index.
  static func concurrentAnswers(_ yearbook: @escaping @Sendable () throws -> Yearbook) async throws -> [Data] {
    try await withThrowingTaskGroup(of: (Int, Data).self) { group in
      for index in 0..<taskCount {
        group.addTask {
          (index, try operations[index % operations.count].answer(try yearbook()))
        }
      }
      var answers = [Data](repeating: Data(), count: taskCount)
      for try await (index, answer) in group { answers[index] = answer }
      return answers
    }
  }

  /// Each concurrent answer against the serial answer of its operation.
  static func expectAgreement(_ concurrent: [Data], _ serial: [Data]) {
    var mismatches: [String] = []
    for (index, answer) in concurrent.enumerated() where answer != serial[index % operations.count] {
      mismatches.append("task \(index): \(operations[index % operations.count].name)")
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) answers differ: \(mismatches.prefix(10))")
  }

  /// The serial answers are real answers, not empty lists that would agree by accident.
  static func expectSubstantial(_ serial: [Data]) {
    #expect(serial.count == operations.count)
    for (operation, answer) in zip(operations, serial) {
      #expect(answer.count > 8, "\(operation.name): \(String(decoding: answer, as: UTF8.self))")
    }
  }

  @Test("Lock: 8 tasks adding 5,000 times each under contention lose nothing")
  func lockUnderContention() async {
    let lock = Lock<[Int]>([])
    await withTaskGroup(of: Void.self) { group in
      for task in 0..<8 {
        group.addTask {
          for step in 0..<5_000 { lock.withLock { $0.append(task * 5_000 + step) } }
        }
      }
    }
    #expect(lock.withLock { $0.sorted() } == Array(0..<40_000))
  }

  @Test("1,000 tasks over a fresh embedded yearbook, caches cold, agree with serial answers")
  func freshEmbedded() async throws {
    let serial = try Self.embeddedSerialAnswers.get()
    Self.expectSubstantial(serial)
    let yearbook = try Yearbook.freshEmbedded()
    Self.expectAgreement(try await Self.concurrentAnswers { yearbook }, serial)
  }

  @Test("1,000 tasks over the shared embedded yearbook, each asking for it, agree with serial answers")
  func sharedEmbedded() async throws {
    let serial = try Self.embeddedSerialAnswers.get()
    Self.expectAgreement(try await Self.concurrentAnswers { try Yearbook.embedded() }, serial)
  }

  @Test("1,000 tasks over a freshly merged yearbook agree with serial answers from another merge")
  func merged() async throws {
    let url = TestSupport.fixtureURL("valid.json")
    let serialYearbook = try Yearbook.load([url])
    let serial = try Self.serialAnswers(serialYearbook)
    Self.expectSubstantial(serial)
    // The merged file's organization is in the answers, so the merge is what is raced.
    #expect(try serialYearbook.element(id: "org-acme").kind == .organization)
    #expect(serial != (try Self.embeddedSerialAnswers.get()))
    let yearbook = try Yearbook.load([url])
    Self.expectAgreement(try await Self.concurrentAnswers { yearbook }, serial)
  }
}
