import AIYearbook
import Foundation

/// How one record kind is shown in tables, CSV and markdown.
struct RecordPresentation<R: Record>: Sendable {
  /// Column names and cell values for tables and markdown.
  let columns: [String]
  let cells: @Sendable (R, Yearbook, Language) -> [String]
}

enum Presentations {
  static func name(_ id: Organization.ID, _ yearbook: Yearbook, _ language: Language) -> String {
    yearbook.organization(id)?.name[language] ?? id.rawValue
  }

  static func name(_ id: Product.ID, _ yearbook: Yearbook, _ language: Language) -> String {
    yearbook.product(id)?.name[language] ?? id.rawValue
  }

  static func subject(_ subject: BenchmarkResult.Subject, _ yearbook: Yearbook, _ language: Language) -> String {
    switch subject {
    case .product(let id): name(id, yearbook, language)
    case .organization(let id): name(id, yearbook, language)
    case .regions(let regions): regions.map(\.rawValue).joined(separator: "/")
    case .text(let text): text[language]
    }
  }

  static func quantity(_ quantity: Quantity?) -> String {
    guard let quantity else { return "" }
    let qualifier: String =
      switch quantity.qualifier {
      case .approximately: "~"
      case .moreThan: ">"
      case .atLeast: "≥"
      case .lessThan: "<"
      case .atMost: "≤"
      case .upTo: "up to "
      default: ""
      }
    guard let value = quantity.value else { return quantity.statedText ?? "" }
    let range = quantity.upperBound.map { "–" + CSVExport.number($0) } ?? ""
    return qualifier + CSVExport.number(value) + range + " " + quantity.unit.rawValue
  }

  static func money(_ money: Money?) -> String {
    guard let money else { return "" }
    return quantity(
      Quantity(
        money.amount, .init(money.currency.rawValue), qualifier: money.qualifier, upperBound: money.upperBound,
        statedText: money.statedText))
  }

  static let events = RecordPresentation<Event>(
    columns: ["id", "date", "category", "title"],
    cells: { event, _, language in
      [event.id.rawValue, event.date?.description ?? "", event.category.rawValue, event.title[language]]
    })

  static let benchmarkResults = RecordPresentation<BenchmarkResult>(
    columns: ["id", "date", "benchmark", "metric", "subject", "score", "outcome"],
    cells: { result, yearbook, language in
      [
        result.id.rawValue, result.date?.description ?? "",
        yearbook.benchmark(result.benchmark)?.name[language] ?? result.benchmark.rawValue, result.metric,
        subject(result.subject, yearbook, language), quantity(result.score), result.outcome.rawValue,
      ]
    })

  static let fundingRounds = RecordPresentation<FundingRound>(
    columns: ["id", "date", "kind", "status", "amount", "title"],
    cells: { round, _, language in
      [
        round.id.rawValue, round.date?.description ?? "", round.kind.rawValue, round.status.rawValue,
        money(round.amount),
        round.title[language],
      ]
    })

  static let regulations = RecordPresentation<Regulation>(
    columns: ["id", "date", "jurisdiction", "category", "status", "title"],
    cells: { regulation, _, language in
      [
        regulation.id.rawValue, regulation.date?.description ?? "", regulation.jurisdiction.rawValue,
        regulation.category.rawValue, regulation.status.rawValue, regulation.title[language],
      ]
    })

  static let statistics = RecordPresentation<Statistic>(
    columns: ["id", "date", "metric", "value", "measure", "category"],
    cells: { statistic, yearbook, language in
      [
        statistic.id.rawValue, statistic.date?.description ?? "",
        yearbook.metric(statistic.metric)?.label[language] ?? statistic.metric.rawValue, quantity(statistic.value),
        statistic.measure.rawValue, statistic.breakdown?.category.label[language] ?? "",
      ]
    })
}
