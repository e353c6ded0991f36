import AIYearbook
import Foundation

/// How one record kind is shown in tables and markdown.
struct RecordPresentation: Sendable {
  /// Column names and cell values for tables and markdown.
  let columns: [String]
  let cells: @Sendable (AnyElement, Yearbook, Language) -> [String]

  init<R: Record>(_ type: R.Type, columns: [String], cells: @escaping @Sendable (R, Yearbook, Language) -> [String]) {
    self.columns = columns
    self.cells = { element, yearbook, language in R.unwrap(element).map { cells($0, yearbook, language) } ?? [] }
  }
}

enum Presentations {
  static func name(_ id: Organization.ID, _ yearbook: Yearbook, _ language: Language) -> String {
    yearbook.organization(id)?.name[language] ?? id.rawValue
  }

  static func name(_ id: Product.ID, _ yearbook: Yearbook, _ language: Language) -> String {
    yearbook.product(id)?.name[language] ?? id.rawValue
  }

  static func subject(_ subject: BenchmarkResult.Subject, _ yearbook: Yearbook, _ language: Language) -> String {
    yearbook.name(of: subject)[language]
  }

  static func quantity(_ quantity: Quantity?, _ language: Language = .english) -> String {
    quantity?.formatted(language) ?? ""
  }

  static func money(_ money: Money?, _ language: Language = .english) -> String {
    money?.formatted(language) ?? ""
  }

  /// The presentation of a record kind (entities have none).
  static func presentation(for kind: ElementKind) -> RecordPresentation {
    switch kind {
    case .event: events
    case .benchmarkResult: benchmarkResults
    case .fundingRound: fundingRounds
    case .regulation: regulations
    case .statistic: statistics
    case .source, .organization, .product, .benchmark, .metric:
      RecordPresentation(Event.self, columns: ["id"]) { event, _, _ in [event.id.rawValue] }
    }
  }

  static let events = RecordPresentation(
    Event.self, columns: ["id", "date", "category", "title"],
    cells: { event, _, language in
      [event.id.rawValue, event.date?.description ?? "", event.category.rawValue, event.title[language]]
    })

  static let benchmarkResults = RecordPresentation(
    BenchmarkResult.self, columns: ["id", "date", "benchmark", "metric", "subject", "score", "outcome"],
    cells: { result, yearbook, language in
      [
        result.id.rawValue, result.date?.description ?? "",
        yearbook.benchmark(result.benchmark)?.name[language] ?? result.benchmark.rawValue, result.metric,
        subject(result.subject, yearbook, language), quantity(result.score, language), result.outcome.rawValue,
      ]
    })

  static let fundingRounds = RecordPresentation(
    FundingRound.self, columns: ["id", "date", "kind", "status", "amount", "title"],
    cells: { round, _, language in
      [
        round.id.rawValue, round.date?.description ?? "", round.kind.rawValue, round.status.rawValue,
        money(round.amount, language),
        round.title[language],
      ]
    })

  static let regulations = RecordPresentation(
    Regulation.self, columns: ["id", "date", "jurisdiction", "category", "status", "title"],
    cells: { regulation, _, language in
      [
        regulation.id.rawValue, regulation.date?.description ?? "", regulation.jurisdiction.rawValue,
        regulation.category.rawValue, regulation.status.rawValue, regulation.title[language],
      ]
    })

  static let statistics = RecordPresentation(
    Statistic.self, columns: ["id", "date", "statistic", "value", "measure"],
    cells: { statistic, yearbook, language in
      [
        statistic.id.rawValue, statistic.date?.description ?? "", yearbook.title(of: statistic)[language],
        quantity(statistic.value, language), statistic.measure.rawValue,
      ]
    })
}
