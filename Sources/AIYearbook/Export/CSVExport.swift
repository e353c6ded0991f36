#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes records as CSV for spreadsheets, pandas and DuckDB.
///
/// RFC 4180: a header row, fields quoted when they hold a comma, a quote or a
/// line break, CRLF line ends, UTF-8 (optionally with a byte-order mark for
/// Excel). The columns of each record kind are fixed and documented in
/// Documentation/CSV.md: nested values in dotted columns (`amount.amount`,
/// `amount.currency`), identifier lists joined with `;`, and
/// `citation1_source`, `citation1_quote`, `citation_count`, `citations_json`.
///
/// ```swift
/// let csv = try CSVExport.render(yearbook.dataset.fundingRounds)
/// ```
public enum CSVExport {
  /// The column names for a record kind, in order.
  public static func columns(for kind: ElementKind) -> [String] {
    CSVColumns.columns(for: kind).map(\.name)
  }

  /// The records of one kind as a CSV document.
  ///
  /// - Parameters:
  ///   - records: The records, in the order to write them.
  ///   - byteOrderMark: Whether to start with a UTF-8 byte-order mark (for Excel).
  /// - Throws: `EncodingError` when a citation cannot be encoded as JSON.
  public static func render<R: Record>(_ records: [R], byteOrderMark: Bool = false) throws -> String {
    let columns = CSVColumns.columns(for: R.elementKind)
    var text = byteOrderMark ? "\u{FEFF}" : ""
    text += columns.map { field($0.name) }.joined(separator: ",") + "\r\n"
    for record in records {
      let element = record.erased
      text += try columns.map { field(try $0.value(element)) }.joined(separator: ",") + "\r\n"
    }
    return text
  }

  /// One record kind of a dataset as a CSV document (an entity kind gives a header-less empty document).
  ///
  /// ```swift
  /// let csv = try CSVExport.render(yearbook.exportedDataset(), kind: .fundingRound)
  /// ```
  ///
  /// - Throws: `EncodingError` when a citation cannot be encoded as JSON.
  public static func render(_ dataset: Dataset, kind: ElementKind, byteOrderMark: Bool = false) throws -> String {
    let columns = CSVColumns.columns(for: kind)
    guard !columns.isEmpty else { return "" }
    var text = byteOrderMark ? "\u{FEFF}" : ""
    text += columns.map { field($0.name) }.joined(separator: ",") + "\r\n"
    for element in dataset.elements(of: kind) {
      text += try columns.map { field(try $0.value(element)) }.joined(separator: ",") + "\r\n"
    }
    return text
  }

  /// Rows as an RFC 4180 document: fields quoted where needed, CRLF line ends.
  ///
  /// ```swift
  /// CSVExport.document([["group", "count"], ["2025", "12"]])   // "group,count\r\n2025,12\r\n"
  /// ```
  public static func document(_ rows: [[String]]) -> String {
    rows.map { row in row.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// One field, quoted when it contains a comma, a quote, CR or LF.
  ///
  /// Looks at bytes, not characters: `"\r\n"` is one `Character`, and so is a quote or a
  /// comma followed by a combining mark, yet each holds a byte that CSV readers split on.
  public static func field(_ value: String) -> String {
    let comma = UInt8(ascii: ",")
    let quote = UInt8(ascii: "\"")
    let lf = UInt8(ascii: "\n")
    let cr = UInt8(ascii: "\r")
    guard value.utf8.contains(where: { $0 == comma || $0 == quote || $0 == lf || $0 == cr }) else { return value }
    var quoted: [UInt8] = [quote]
    quoted.reserveCapacity(value.utf8.count + 8)
    for byte in value.utf8 {
      quoted.append(byte)
      if byte == quote { quoted.append(quote) }
    }
    quoted.append(quote)
    return String(decoding: quoted, as: UTF8.self)
  }

  /// A number as the exports write it: whole numbers without a decimal point.
  public static func number(_ value: Double?) -> String {
    guard let value else { return "" }
    if value == value.rounded(), abs(value) < 9e15 { return String(Int64(value)) }
    return String(value)
  }
}

struct CSVColumn<R>: Sendable {
  let name: String
  let value: @Sendable (R) throws -> String
  init(_ name: String, _ value: @escaping @Sendable (R) throws -> String) {
    self.name = name
    self.value = value
  }
}

enum CSVColumns {
  /// The CSV columns of a record kind (Documentation/CSV.md); entities have none.
  static func columns(for kind: ElementKind) -> [CSVColumn<AnyElement>] {
    switch kind {
    case .event: erase(events)
    case .benchmarkResult: erase(benchmarkResults)
    case .fundingRound: erase(fundingRounds)
    case .regulation: erase(regulations)
    case .statistic: erase(statistics)
    case .source, .organization, .product, .benchmark, .metric: []
    }
  }

  static func erase<R: Record>(_ columns: [CSVColumn<R>]) -> [CSVColumn<AnyElement>] {
    columns.map { column in
      CSVColumn<AnyElement>(column.name) { element in try R.unwrap(element).map(column.value) ?? "" }
    }
  }

  static func list<T: RawRepresentable<String>>(_ values: [T]) -> String {
    values.map(\.rawValue).joined(separator: ";")
  }
  static func flag(_ value: Bool) -> String { value ? "true" : "false" }

  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func head<R: Record>() -> [CSVColumn<R>] {
    [
      CSVColumn("id") { $0.id.rawValue },
      CSVColumn("date") { $0.date?.description ?? "" },
      CSVColumn("date.start") { $0.date.map { $0.firstDay.description } ?? "" },
      CSVColumn("date.end") { $0.date.map { $0.lastDay.description } ?? "" },
    ]
  }

  static func tail<R: Record>() -> [CSVColumn<R>] {
    [
      CSVColumn("tags") { list($0.tags) },
      CSVColumn("note.zh") { $0.note?.zh ?? "" },
      CSVColumn("note.en") { $0.note?.en ?? "" },
      CSVColumn("inferred") { $0.inferred.joined(separator: ";") },
      CSVColumn("listIncomplete") { flag($0.listIncomplete) },
      CSVColumn("citation1_source") { $0.citations.first?.source.rawValue ?? "" },
      CSVColumn("citation1_quote") { $0.citations.first?.quote ?? "" },
      CSVColumn("citation1_locator") { $0.citations.first?.locator ?? "" },
      CSVColumn("citation_count") { String($0.citations.count) },
      CSVColumn("citations_json") { try json($0.citations) },
    ]
  }

  static func quantity<R: Record>(_ prefix: String, _ get: @escaping @Sendable (R) -> Quantity?) -> [CSVColumn<R>] {
    [
      CSVColumn("\(prefix).value") { CSVExport.number(get($0)?.value) },
      CSVColumn("\(prefix).upperBound") { CSVExport.number(get($0)?.upperBound) },
      CSVColumn("\(prefix).unit") { get($0)?.unit.rawValue ?? "" },
      CSVColumn("\(prefix).qualifier") { get($0)?.qualifier.rawValue ?? "" },
      CSVColumn("\(prefix).hedged") { get($0).map { flag($0.hedged) } ?? "" },
      CSVColumn("\(prefix).statedText") { get($0)?.statedText ?? "" },
    ]
  }

  static func money<R: Record>(_ prefix: String, _ get: @escaping @Sendable (R) -> Money?) -> [CSVColumn<R>] {
    [
      CSVColumn("\(prefix).amount") { CSVExport.number(get($0)?.amount) },
      CSVColumn("\(prefix).upperBound") { CSVExport.number(get($0)?.upperBound) },
      CSVColumn("\(prefix).currency") { get($0)?.currency.rawValue ?? "" },
      CSVColumn("\(prefix).qualifier") { get($0)?.qualifier.rawValue ?? "" },
      CSVColumn("\(prefix).hedged") { get($0).map { flag($0.hedged) } ?? "" },
      CSVColumn("\(prefix).statedText") { get($0)?.statedText ?? "" },
    ]
  }

  static func subjectKind(_ subject: BenchmarkResult.Subject) -> String {
    switch subject {
    case .product: "product"
    case .organization: "organization"
    case .regions: "regions"
    case .text: "text"
    }
  }

  static func subjectValue(_ subject: BenchmarkResult.Subject) -> String {
    switch subject {
    case .product(let id): id.rawValue
    case .organization(let id): id.rawValue
    case .regions(let regions): list(regions)
    case .text(let text): text.en
    }
  }

  static let events: [CSVColumn<Event>] =
    head() + [
      CSVColumn("category") { $0.category.rawValue },
      CSVColumn("title.zh") { $0.title.zh },
      CSVColumn("title.en") { $0.title.en },
      CSVColumn("summary.zh") { $0.summary?.zh ?? "" },
      CSVColumn("summary.en") { $0.summary?.en ?? "" },
      CSVColumn("organizations") { list($0.organizations) },
      CSVColumn("products") { list($0.products) },
      CSVColumn("regions") { list($0.regions) },
      CSVColumn("locality") { $0.locality ?? "" },
    ] + tail()

  static let benchmarkResults: [CSVColumn<BenchmarkResult>] =
    head() + [
      CSVColumn("benchmark") { $0.benchmark.rawValue },
      CSVColumn("metric") { $0.metric },
      CSVColumn("subject.kind") { subjectKind($0.subject) },
      CSVColumn("subject.id") { subjectValue($0.subject) },
      CSVColumn("subject.text.zh") { if case .text(let text) = $0.subject { text.zh } else { "" } },
    ] + quantity("score") { $0.score }
    + [
      CSVColumn("outcome") { $0.outcome.rawValue },
      CSVColumn("comparedWith") { $0.comparedWith.map { subjectValue($0.subject) }.joined(separator: ";") },
      CSVColumn("comparedWith_json") { try json($0.comparedWith) },
      CSVColumn("regions") { list($0.regions) },
    ] + tail()

  static func parties(_ round: FundingRound, _ role: FundingRound.Party.Role) -> String {
    list(round.organizations(withRole: role))
  }

  static let fundingRounds: [CSVColumn<FundingRound>] =
    head() + [
      CSVColumn("title.zh") { $0.title.zh },
      CSVColumn("title.en") { $0.title.en },
      CSVColumn("kind") { $0.kind.rawValue },
      CSVColumn("status") { $0.status.rawValue },
      CSVColumn("roundLabel") { $0.roundLabel ?? "" },
    ] + money("amount") { $0.amount } + money("valuation") { $0.valuation?.amount }
    + [
      CSVColumn("valuation.basis") { $0.valuation?.basis.rawValue ?? "" },
      CSVColumn("recipients") { parties($0, .recipient) },
      CSVColumn("investors") { parties($0, .investor) },
      CSVColumn("leadInvestors") { parties($0, .leadInvestor) },
      CSVColumn("acquirers") { parties($0, .acquirer) },
      CSVColumn("targets") { parties($0, .target) },
      CSVColumn("issuers") { parties($0, .issuer) },
      CSVColumn("parties_json") { try json($0.parties) },
      CSVColumn("products") { list($0.products) },
      CSVColumn("regions") { list($0.regions) },
    ] + tail()

  static let regulations: [CSVColumn<Regulation>] =
    head() + [
      CSVColumn("title.zh") { $0.title.zh },
      CSVColumn("title.en") { $0.title.en },
      CSVColumn("aliases") { $0.aliases.map(\.text).joined(separator: ";") },
      CSVColumn("jurisdiction") { $0.jurisdiction.rawValue },
      CSVColumn("locality") { $0.locality ?? "" },
      CSVColumn("issuers") { list($0.issuers) },
      CSVColumn("issuersIncomplete") { flag($0.issuersIncomplete) },
      CSVColumn("status") { $0.status.rawValue },
      CSVColumn("category") { $0.category.rawValue },
      CSVColumn("officialCategory.zh") { $0.officialCategory?.zh ?? "" },
      CSVColumn("officialCategory.en") { $0.officialCategory?.en ?? "" },
      CSVColumn("coveragePeriod") { $0.coveragePeriod?.description ?? "" },
      CSVColumn("milestones") {
        $0.milestones.map { "\($0.kind.rawValue):\($0.date?.description ?? "")" }.joined(separator: ";")
      },
      CSVColumn("summary.en") { $0.summary?.en ?? "" },
    ] + tail()

  static let statistics: [CSVColumn<Statistic>] =
    head() + [CSVColumn("metric") { $0.metric.rawValue }] + quantity("value") { $0.value }
    + [
      CSVColumn("measure") { $0.measure.rawValue },
      CSVColumn("direction") { $0.direction?.rawValue ?? "" },
      CSVColumn("baseline.period") { $0.baseline?.period?.description ?? "" },
      CSVColumn("baseline.text.en") { $0.baseline?.text?.en ?? "" },
      CSVColumn("seriesId") { $0.seriesId ?? "" },
      CSVColumn("regions") { list($0.regions) },
      CSVColumn("locality") { $0.locality ?? "" },
      CSVColumn("population.en") { $0.population?.en ?? "" },
      CSVColumn("breakdown.dimension") { $0.breakdown?.dimension ?? "" },
      CSVColumn("breakdown.category.id") { $0.breakdown?.category.id ?? "" },
      CSVColumn("breakdown.category.label.zh") { $0.breakdown?.category.label.zh ?? "" },
      CSVColumn("breakdown.category.label.en") { $0.breakdown?.category.label.en ?? "" },
      CSVColumn("breakdown.kind") { $0.breakdown?.kind.rawValue ?? "" },
      CSVColumn("breakdown.exhaustive") { $0.breakdown.map { flag($0.exhaustive) } ?? "" },
      CSVColumn("kind") { $0.kind.rawValue },
      CSVColumn("producer") { $0.producer?.rawValue ?? "" },
      CSVColumn("reportedOn") { $0.reportedOn?.description ?? "" },
      CSVColumn("periodLabel") { $0.periodLabel ?? "" },
      CSVColumn("organizations") { list($0.organizations) },
      CSVColumn("products") { list($0.products) },
    ] + tail()
}
