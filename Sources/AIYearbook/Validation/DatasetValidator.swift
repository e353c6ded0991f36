/// Checks a dataset against the integrity rules (``ValidationRule``).
///
/// ```swift
/// let issues = DatasetValidator.validate(dataset, file: "mine.json")
/// ```
public enum DatasetValidator {
  /// Every integrity problem of `dataset`.
  ///
  /// - Parameters:
  ///   - dataset: The data to check.
  ///   - file: The name issues report.
  ///   - context: Data whose entities references may resolve to (the embedded
  ///     data, when checking a user's file).
  public static func validate(_ dataset: Dataset, file: String, context: Dataset? = nil) -> [ValidationIssue] {
    validate(dataset, file: file, contexts: context.map { [$0] } ?? [])
  }

  /// Every integrity problem of `dataset`, with references resolving in it and in each of `contexts`
  /// (read in place, so no merged copy of the data is made).
  ///
  /// `undecoded` holds the identifiers of elements the files hold but that did not decode (their
  /// own error is reported): references to them are not reported again as dangling, and share
  /// breakdowns are not summed when a statistic is missing for that reason.
  static func validate(
    _ dataset: Dataset, file: String, contexts: [Dataset], undecoded: Set<String> = [],
    statisticsIncomplete: Bool = false
  ) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    func issue(_ path: String, _ id: String?, _ field: String, _ message: String, _ rule: ValidationRule) {
      issues.append(ValidationIssue(file: file, path: path, id: id, field: field, message: message, rule: rule))
    }
    let all = [dataset] + contexts
    let organizations = Set(all.flatMap { $0.organizations.map(\.id) } + undecoded.map { Organization.ID($0) })
    let products = Set(all.flatMap { $0.products.map(\.id) } + undecoded.map { Product.ID($0) })
    let benchmarks = Dictionary(
      all.flatMap { $0.benchmarks.map { ($0.id, $0) } }, uniquingKeysWith: { first, _ in first })
    let metrics = Set(all.flatMap { $0.metrics.map(\.id) } + undecoded.map { Metric.ID($0) })
    let sources = Set(all.flatMap { $0.sources.map(\.id) } + undecoded.map { Source.ID($0) })

    func checkID(_ id: String, prefix: String, path: String) {
      if !Identifier<Never>.isWellFormed(id) || !id.hasPrefix(prefix) {
        issue(path, id, "id", "\"\(id)\" does not match ^[a-z]+(-[a-z0-9]+)+$ with prefix \(prefix)", .identifierFormat)
      }
    }
    func checkOrganizations(_ ids: [Organization.ID], path: String, id: String, field: String) {
      for (index, reference) in ids.enumerated() where !organizations.contains(reference) {
        issue(path, id, "\(field)[\(index)]", "organization \(reference) does not exist", .referencesResolve)
      }
    }
    func checkProducts(_ ids: [Product.ID], path: String, id: String, field: String) {
      for (index, reference) in ids.enumerated() where !products.contains(reference) {
        issue(path, id, "\(field)[\(index)]", "product \(reference) does not exist", .referencesResolve)
      }
    }
    func checkCitations(_ citations: [Citation], path: String, id: String) {
      for (index, citation) in citations.enumerated() {
        checkCitation(citation, path: path, id: id, field: "citations[\(index)]")
      }
    }
    func checkCitation(_ citation: Citation, path: String, id: String, field: String) {
      if !sources.contains(citation.source) {
        issue(path, id, "\(field).source", "source \(citation.source) does not exist", .referencesResolve)
      }
      let length = citation.quote.unicodeScalars.count
      if citation.quote.isEmpty {
        issue(path, id, "\(field).quote", "the quote is empty", .cited)
      } else if length > Citation.maximumQuoteLength {
        issue(path, id, "\(field).quote", "the quote has \(length) characters (at most 200)", .cited)
      }
      if citation.locator.isEmpty { issue(path, id, "\(field).locator", "the locator is empty", .cited) }
      if let upstream = citation.upstream, upstream.quote.unicodeScalars.count > Citation.maximumQuoteLength {
        issue(path, id, "\(field).upstream.quote", "the footnote quote is over 200 characters", .cited)
      }
    }
    func checkQuantity(_ quantity: Quantity?, path: String, id: String, field: String) {
      guard let quantity else { return }
      if let value = quantity.value, value < 0 {
        issue(path, id, "\(field).value", "\(value) is negative", .nonNegative)
      }
      if quantity.unit.rawValue.isEmpty { issue(path, id, "\(field).unit", "the unit is empty", .statisticHasMetric) }
    }
    func checkMoney(_ money: Money?, path: String, id: String, field: String) {
      guard let money else { return }
      if !money.currency.isISO4217 {
        issue(
          path, id, "\(field).currency", "\"\(money.currency.rawValue)\" is not an ISO 4217 currency code",
          .currencyCode)
      }
      for (index, alternate) in money.alternates.enumerated() {
        checkMoney(alternate, path: path, id: id, field: "\(field).alternates[\(index)]")
      }
      if let amount = money.amount, amount < 0 {
        issue(path, id, "\(field).amount", "\(amount) is negative", .nonNegative)
      }
    }
    // Each record's `disagreesWith`, by identifier, in this dataset and its contexts (records without
    // any are left out), and which of the identifiers this dataset's records name exist at all.
    var disagreements: [String: Set<String>] = [:]
    var named: Set<String> = []
    func collectDisagreements<R: Record>(_ records: [R], naming: Bool) {
      for record in records where !record.disagreesWith.isEmpty {
        disagreements[record.id.rawValue, default: []].formUnion(record.disagreesWith)
        if naming { named.formUnion(record.disagreesWith) }
      }
    }
    for (position, data) in (contexts + [dataset]).enumerated() {
      let naming = position == contexts.count
      collectDisagreements(data.events, naming: naming)
      collectDisagreements(data.benchmarkResults, naming: naming)
      collectDisagreements(data.fundingRounds, naming: naming)
      collectDisagreements(data.regulations, naming: naming)
      collectDisagreements(data.statistics, naming: naming)
    }
    var existing: Set<String> = []
    if !named.isEmpty {
      func collectExisting<R: Record>(_ records: [R]) {
        for record in records where named.contains(record.id.rawValue) { existing.insert(record.id.rawValue) }
      }
      for data in all {
        collectExisting(data.events)
        collectExisting(data.benchmarkResults)
        collectExisting(data.fundingRounds)
        collectExisting(data.regulations)
        collectExisting(data.statistics)
      }
    }
    func checkDisagreements<R: Record>(_ record: R, path: String) {
      let id = record.id.rawValue
      for (index, target) in record.disagreesWith.enumerated() {
        let field = "disagreesWith[\(index)]"
        if target == id {
          issue(path, id, field, "the record links itself", .disagreementsLinked)
        } else if undecoded.contains(target) {
          continue
        } else if existing.contains(target) {
          if !(disagreements[target]?.contains(id) ?? false) {
            issue(path, id, field, "\(target) does not list \(id) in its disagreesWith", .disagreementsLinked)
          }
        } else {
          issue(path, id, field, "record \(target) does not exist", .disagreementsLinked)
        }
      }
    }
    func checkRecord<R: Record>(_ record: R, index: Int) -> String {
      let path = "$.\(R.elementKind.exportKey)[\(index)]"
      checkID(record.id.rawValue, prefix: R.idPrefix, path: path)
      if record.citations.isEmpty { issue(path, record.id.rawValue, "citations", "no citation", .cited) }
      checkCitations(record.citations, path: path, id: record.id.rawValue)
      checkDisagreements(record, path: path)
      return path
    }

    for (index, source) in dataset.sources.enumerated() {
      checkID(source.id.rawValue, prefix: "src-", path: "$.sources[\(index)]")
    }
    for (index, organization) in dataset.organizations.enumerated() {
      let path = "$.organizations[\(index)]"
      checkID(organization.id.rawValue, prefix: "org-", path: path)
      if let parent = organization.parent, !organizations.contains(parent) {
        issue(path, organization.id.rawValue, "parent", "organization \(parent) does not exist", .referencesResolve)
      }
    }
    for (index, product) in dataset.products.enumerated() {
      let path = "$.products[\(index)]"
      checkID(product.id.rawValue, prefix: "product-", path: path)
      checkOrganizations(product.organizations, path: path, id: product.id.rawValue, field: "organizations")
      if let parent = product.parent, !products.contains(parent) {
        issue(path, product.id.rawValue, "parent", "product \(parent) does not exist", .referencesResolve)
      }
    }
    for (index, benchmark) in dataset.benchmarks.enumerated() {
      let path = "$.benchmarks[\(index)]"
      checkID(benchmark.id.rawValue, prefix: "benchmark-", path: path)
      if benchmark.metrics.isEmpty {
        issue(path, benchmark.id.rawValue, "metrics", "the benchmark declares no metric", .scoreWithinRange)
      }
    }
    for (index, metric) in dataset.metrics.enumerated() {
      let path = "$.metrics[\(index)]"
      checkID(metric.id.rawValue, prefix: "metric-", path: path)
      if metric.unit.rawValue.isEmpty {
        issue(path, metric.id.rawValue, "unit", "the unit is empty", .statisticHasMetric)
      }
    }
    for (index, event) in dataset.events.enumerated() {
      let path = checkRecord(event, index: index)
      checkOrganizations(event.organizations, path: path, id: event.id.rawValue, field: "organizations")
      checkProducts(event.products, path: path, id: event.id.rawValue, field: "products")
    }
    for (index, result) in dataset.benchmarkResults.enumerated() {
      let path = checkRecord(result, index: index)
      let id = result.id.rawValue
      let subjects =
        [("subject", result.subject)]
        + result.comparedWith.enumerated().map { ("comparedWith[\($0)].subject", $1.subject) }
      for (field, subject) in subjects {
        switch subject {
        case .organization(let reference) where !organizations.contains(reference):
          issue(path, id, field + ".organization", "organization \(reference) does not exist", .referencesResolve)
        case .product(let reference) where !products.contains(reference):
          issue(path, id, field + ".product", "product \(reference) does not exist", .referencesResolve)
        default: break
        }
      }
      checkQuantity(result.score, path: path, id: id, field: "score")
      guard let benchmark = benchmarks[result.benchmark] else {
        if !undecoded.contains(result.benchmark.rawValue) {
          issue(path, id, "benchmark", "benchmark \(result.benchmark) does not exist", .referencesResolve)
        }
        continue
      }
      guard let metric = benchmark.metric(result.metric) else {
        issue(path, id, "metric", "\(benchmark.id) declares no metric \"\(result.metric)\"", .scoreWithinRange)
        continue
      }
      let scores =
        [("score", result.score)] + result.comparedWith.enumerated().map { ("comparedWith[\($0)].score", $1.score) }
      for (field, score) in scores {
        if let value = score?.value, !metric.allows(value) {
          issue(path, id, field, "\(value) is outside the range of \(benchmark.id) \(metric.id)", .scoreWithinRange)
        }
      }
    }
    for (index, round) in dataset.fundingRounds.enumerated() {
      let path = checkRecord(round, index: index)
      let id = round.id.rawValue
      for (index, party) in round.parties.enumerated() where !organizations.contains(party.organization) {
        issue(
          path, id, "parties[\(index)].organization", "organization \(party.organization) does not exist",
          .referencesResolve)
      }
      checkProducts(round.products, path: path, id: id, field: "products")
      checkMoney(round.amount, path: path, id: id, field: "amount")
      checkMoney(round.valuation?.amount, path: path, id: id, field: "valuation.amount")
    }
    for (index, regulation) in dataset.regulations.enumerated() {
      let path = checkRecord(regulation, index: index)
      let id = regulation.id.rawValue
      checkOrganizations(regulation.issuers, path: path, id: id, field: "issuers")
      for (aliasIndex, alias) in regulation.aliases.enumerated() {
        checkCitation(alias.citation, path: path, id: id, field: "aliases[\(aliasIndex)].citation")
      }
    }
    var shareGroups: [String: [Statistic]] = [:]
    for (index, statistic) in dataset.statistics.enumerated() {
      let path = checkRecord(statistic, index: index)
      let id = statistic.id.rawValue
      if !metrics.contains(statistic.metric) {
        issue(path, id, "metric", "metric \(statistic.metric) does not exist", .statisticHasMetric)
      }
      checkQuantity(statistic.value, path: path, id: id, field: "value")
      checkOrganizations(statistic.organizations, path: path, id: id, field: "organizations")
      if let producer = statistic.producer, !organizations.contains(producer) {
        issue(path, id, "producer", "organization \(producer) does not exist", .referencesResolve)
      }
      checkProducts(statistic.products, path: path, id: id, field: "products")
      if [.forecast, .target].contains(statistic.kind), let date = statistic.date, let reported = statistic.reportedOn,
        date.lastDay < reported.firstDay
      {
        issue(
          path, id, "date", "the \(statistic.kind) period \(date) ends before it was reported (\(reported))",
          .forecastAfterReport)
      }
      if let breakdown = statistic.breakdown, breakdown.exhaustive, breakdown.kind == .share {
        let key = [
          statistic.metric.rawValue, breakdown.dimension, statistic.date?.description ?? "",
          statistic.regions.map(\.rawValue).sorted().joined(separator: ","),
        ].joined(separator: "|")
        shareGroups[key, default: []].append(statistic)
      }
    }
    for (_, group) in shareGroups.sorted(by: { $0.key < $1.key }) where !statisticsIncomplete {
      let total = group.compactMap(\.value.value).reduce(0, +)
      if abs(total - 100) > 0.5, let first = group.min(by: { $0.id < $1.id }) {
        issue(
          "$.statistics", first.id.rawValue, "breakdown",
          "the exhaustive share breakdown \(first.breakdown?.dimension ?? "") sums to \(total), not 100 ± 0.5",
          .exhaustiveSharesSum)
      }
    }
    return issues
  }
}

extension Yearbook {
  /// Every integrity problem of the yearbook's data, with record identifier and field.
  ///
  /// The same rules the dataset's own tests enforce; an empty array means the data is sound.
  public func validate() -> [ValidationIssue] {
    DatasetValidator.validate(dataset, file: "dataset")
  }
}
