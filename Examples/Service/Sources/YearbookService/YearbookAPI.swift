package import AIYearbook
import Foundation
import OpenAPIRuntime

/// The handlers of openapi.yaml's operations, each a thin call into the library.
///
/// Every value served is the library's own (``RecordPage``, ``AnyElement``,
/// ``SearchResult``, ``RecordGroup``, ``Conflict``, ``StatisticBreakdown``,
/// ``OrganizationProfile``, ``LeaderboardEntry``), through the generator's
/// `typeOverrides`. A handler throws ``Problem`` or ``YearbookError``; both are
/// `HTTPResponseConvertible`, so `ErrorHandlingMiddleware` answers 400 or 404
/// with an `application/problem+json` body.
package struct YearbookAPI: APIProtocol {
  /// The data served.
  package let yearbook: Yearbook

  /// An API over a yearbook.
  package init(yearbook: Yearbook) { self.yearbook = yearbook }

  /// `GET /records`: one kind's records, filtered, sorted and paged.
  package func listRecords(_ input: Operations.ListRecords.Input) async throws -> Operations.ListRecords.Output {
    let query = input.query
    let filters = try RecordFilters(
      organization: query.organization, product: query.product, region: query.region, tag: query.tag,
      category: query.category, benchmark: query.benchmark, metric: query.metric, from: query.from, to: query.to,
      dateMode: query.dateMode?.rawValue, search: query.search)
    let offset = try Parameters.integer("offset", query.offset, in: 0...Parameters.maximumOffset, default: 0)
    let limit = try Parameters.integer("limit", query.limit, in: 1...Parameters.maximumLimit, default: 50)
    let sort = query.sort?.rawValue ?? "date"
    let page = try recordType(query.kind).page(self, filters: filters, sort: sort, offset: offset, limit: limit)
    return .ok(.init(body: .json(page)))
  }

  /// `GET /records/{id}`: any element, with `type`.
  package func getRecord(_ input: Operations.GetRecord.Input) async throws -> Operations.GetRecord.Output {
    let id = try Parameters.text("id", input.path.id) ?? ""
    do {
      return .ok(.init(body: .json(try yearbook.element(id: id))))
    } catch {
      throw Problem(error, parameter: "id")
    }
  }

  /// `GET /search?q=`: ranked results.
  package func search(_ input: Operations.Search.Input) async throws -> Operations.Search.Output {
    let text = try Parameters.text("q", input.query.q) ?? ""
    let limit = try Parameters.integer("limit", input.query.limit, in: 1...Parameters.maximumLimit, default: 20)
    return .ok(.init(body: .json(yearbook.search(text, limit: limit))))
  }

  /// `GET /groups`: groups with counts and, for funding rounds, currency totals.
  package func listGroups(_ input: Operations.ListGroups.Input) async throws -> Operations.ListGroups.Output {
    let query = input.query
    let filters = try RecordFilters(
      organization: query.organization, region: query.region, tag: query.tag, category: query.category,
      from: query.from, to: query.to, dateMode: query.dateMode?.rawValue, search: query.search)
    let keys = try Parameters.matching(
      "by", query.by, pattern: Self.groupingPattern,
      expected: "one to four of \(Self.groupingNames.joined(separator: ", "))"
    )
    let currency = try Parameters.matching(
      "currency", query.currency, pattern: Parameters.currencyPattern, expected: "an ISO 4217 code such as USD")
    let groups = try recordType(query.kind).groups(
      self, filters: filters, keys: (keys ?? "").split(separator: ",").map(String.init), currency: currency)
    return .ok(.init(body: .json(groups)))
  }

  /// `GET /conflicts`: every disagreement, each side with its value and quote.
  package func listConflicts(_ input: Operations.ListConflicts.Input) async throws -> Operations.ListConflicts.Output {
    .ok(.init(body: .json(yearbook.conflicts())))
  }

  /// `GET /breakdowns`: the breakdowns of one dimension, or all.
  package func listBreakdowns(_ input: Operations.ListBreakdowns.Input) async throws
    -> Operations.ListBreakdowns.Output
  {
    let dimension = try Parameters.text("dimension", input.query.dimension)
    let breakdowns = yearbook.breakdowns(dimension: dimension)
    if let dimension, breakdowns.isEmpty {
      let known = Array(Set(yearbook.breakdowns().map(\.dimension))).sorted()
      throw Problem(
        status: .notFound, code: "unknownDimension", title: "Not found",
        detail: "no breakdown is by '\(dimension)' (known: \(known.joined(separator: ", ")))",
        parameter: "dimension", suggestions: known)
    }
    return .ok(.init(body: .json(breakdowns)))
  }

  /// `GET /organizations`: every organization, by id.
  package func listOrganizations(_ input: Operations.ListOrganizations.Input) async throws
    -> Operations.ListOrganizations.Output
  {
    .ok(.init(body: .json(yearbook.dataset.organizations.sorted { $0.id < $1.id })))
  }

  /// `GET /organizations/{id}`: a profile; the id may be a name or alias.
  package func getOrganization(_ input: Operations.GetOrganization.Input) async throws
    -> Operations.GetOrganization.Output
  {
    let name = try Parameters.text("id", input.path.id) ?? ""
    do {
      let id = try yearbook.resolve(name, as: Organization.self)
      return .ok(.init(body: .json(try yearbook.profile(of: id))))
    } catch {
      throw Problem(error, parameter: "id")
    }
  }

  /// `GET /leaderboards/{benchmark}`: the boards by metric.
  package func getLeaderboard(_ input: Operations.GetLeaderboard.Input) async throws
    -> Operations.GetLeaderboard.Output
  {
    let name = try Parameters.text("benchmark", input.path.benchmark) ?? ""
    do {
      let id = try yearbook.resolve(name, as: Benchmark.self)
      return .ok(.init(body: .json(yearbook.leaderboard(for: id))))
    } catch {
      throw Problem(error, parameter: "benchmark")
    }
  }

  /// `GET /health`: up, with the data's versions and counts.
  package func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
    .ok(.init(body: .json(.init(status: .ok, summary: yearbook.summary()))))
  }

  /// The grouping keys `by` accepts (``GroupingKey/names``).
  static let groupingNames = GroupingKey<Event>.names
  /// The document's `by` pattern: one to four names, comma-separated.
  static let groupingPattern: String = {
    let name = "(" + groupingNames.joined(separator: "|") + ")"
    return name + "(," + name + "){0,3}"
  }()

  /// The Swift type of a record kind, opened for the generic calls below.
  func recordType(_ kind: Components.Schemas.RecordKind) throws(Problem) -> any Record.Type {
    guard let type = ElementKind(exportKey: kind.rawValue)?.elementType as? any Record.Type else {
      throw .invalidParameter("kind", "'\(kind.rawValue)' is not a collection of records")
    }
    return type
  }
}

extension Record {
  /// `GET /records` for this record type.
  static func page(
    _ api: YearbookAPI, filters: RecordFilters, sort: String, offset: Int, limit: Int
  ) throws(Problem) -> AnyRecordPage {
    var query = try filters.apply(to: api.yearbook.records(Self.self))
    switch sort {
    case "date": query = query.sorted(by: .date)
    case "-date": query = query.sorted(by: .date.reversed())
    default:
      guard elementKind.hasValues else {
        throw .invalidParameter(
          "sort",
          "'sort=\(sort)' applies to benchmarkResults, fundingRounds and statistics: \(elementKind) state no values")
      }
      query = query.sorted(by: sort == "value" ? .value() : .value().reversed())
    }
    return AnyRecordPage(query.offset(offset).limit(limit).page())
  }

  /// `GET /groups` for this record type.
  static func groups(
    _ api: YearbookAPI, filters: RecordFilters, keys names: [String], currency: String?
  ) throws(Problem) -> [RecordGroupSummary] {
    let query = try filters.apply(to: api.yearbook.records(Self.self))
    var keys: [GroupingKey<Self>] = []
    for name in names {
      guard let key = GroupingKey<Self>.named(name) else {
        throw .invalidParameter("by", "unknown grouping key '\(name)'")
      }
      keys.append(key)
    }
    if currency != nil, !elementKind.hasAmounts {
      throw .invalidParameter("currency", "'currency' applies to fundingRounds only")
    }
    do {
      return try query.grouped(by: keys, totalIn: currency.map { Currency($0) }).map(\.summary)
    } catch {
      throw Problem(error, parameter: "currency")
    }
  }
}
