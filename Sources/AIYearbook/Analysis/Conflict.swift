/// Two statements in the dataset that cannot both be right, as data.
///
/// Each conflict pairs two sides — a record and the value or date one passage
/// states — sorted by record identifier. A pair of records is reported once.
/// The sides carry only what the passages state: never a sum or a difference
/// the documents do not write. Its JSON:
///
/// ```json
/// { "kind": "statisticValue",
///   "note": { "zh": "…", "en": "Same metric, scope and period; the values differ." },
///   "sides": [
///     { "record": "stat-global-new-unicorns-2025-h1-42", "kind": "statistics",
///       "value": { "quantity": { "value": 42, "unit": "count", "qualifier": "exact" } },
///       "source": "src-000", "quote": "2025年上半年全球新增42家独角兽企业", "note": { … } },
///     { "record": "stat-global-new-unicorns-2025-h1-54", "kind": "statistics",
///       "value": { "quantity": { "value": 54, "unit": "count", "qualifier": "exact" } },
///       "source": "src-000", "quote": "…", "note": { … } } ] }
/// ```
///
/// ```swift
/// for conflict in yearbook.conflicts() {
///   print(conflict.kind, conflict.sides.map { "\($0.record): \($0.value?.description ?? "-")" })
/// }
/// // statisticValue ["stat-global-new-unicorns-2025-h1-42: 42 count", "stat-global-new-unicorns-2025-h1-54: 54 count"]
/// ```
public struct Conflict: Hashable, Sendable, Codable {
  /// What disagrees.
  public var kind: Kind
  /// The two sides, sorted by record identifier (a record's own value before another passage's).
  public var sides: [Side]
  /// What the rule compares, in words; absent for ``Kind/documented`` conflicts, whose sides carry the records' notes.
  public var note: LocalizedText?

  /// Creates a conflict.
  public init(kind: Kind, sides: [Side], note: LocalizedText? = nil) {
    self.kind = kind
    self.sides = sides
    self.note = note
  }

  /// The identifiers of the records involved, in side order, each once (not encoded).
  public var recordIDs: [String] {
    var seen: Set<String> = []
    return sides.map(\.record).filter { seen.insert($0).inserted }
  }

  /// The sides in one line, `record (source): value; …`, for display (not encoded).
  public var detail: String {
    sides.map { "\($0.record) (\($0.source)): \($0.value?.description ?? "no value")" }.joined(separator: "; ")
  }
}

extension Yearbook {
  /// Every conflict in the data, each pair of sides once.
  ///
  /// - statistics of the same scope (metric, kind, measure, unit, regions, population,
  ///   breakdown category, organizations, products, baseline, direction, period) with
  ///   different values (``Conflict/Kind/statisticValue``);
  /// - a record's own value or date and a citation whose `statedValue` or `statedDate`
  ///   differs (``Conflict/Kind/citationDisagreement``);
  /// - events with the same title whose dates do not overlap (``Conflict/Kind/eventDate``);
  /// - a value and a bracketed restatement that does not convert to it, within 5 %, for
  ///   units that convert exactly (``Conflict/Kind/restatementDisagreement``);
  /// - records linked by ``Record/disagreesWith`` that no rule above pairs
  ///   (``Conflict/Kind/documented``).
  ///
  /// The result is deterministic: ordered by kind (as ``Conflict/Kind/knownTerms`` lists
  /// them), then by the sides' records.
  ///
  /// ```swift
  /// let documented = yearbook.conflicts().filter { $0.kind == .documented }
  /// documented.first?.sides.map(\.record)
  /// // ["stat-cn-intelligent-computing-capacity-2025-06", "stat-gcpa-ai-compute-supply-cn-2025"]
  /// ```
  public func conflicts() -> [Conflict] {
    var result = statisticValueConflicts()
    for record in dataset.allRecords { citationConflicts(record, into: &result) }
    result += eventDateConflicts()
    for statistic in elements(Statistic.self) { restatementConflicts(statistic, statistic.value, into: &result) }
    for benchmarkResult in elements(BenchmarkResult.self) {
      restatementConflicts(benchmarkResult, benchmarkResult.score, into: &result)
    }
    result += documentedConflicts(pairedByRules: Set(result.map(Self.pairKey)))
    let rank = Dictionary(uniqueKeysWithValues: Conflict.Kind.knownTerms.enumerated().map { ($1, $0) })
    return result.sorted {
      let (left, right) = (rank[$0.kind] ?? rank.count, rank[$1.kind] ?? rank.count)
      return left != right ? left < right : Self.sortKey($0).lexicographicallyPrecedes(Self.sortKey($1))
    }
  }

  /// Statistics of the same scope and different values, pairwise.
  private func statisticValueConflicts() -> [Conflict] {
    var scopes: [String: [Statistic]] = [:]
    for statistic in elements(Statistic.self) {
      guard let date = statistic.date, statistic.value.value != nil else { continue }
      let scope = [
        statistic.metric.rawValue, statistic.kind.rawValue, statistic.measure.rawValue, statistic.value.unit.rawValue,
        statistic.regions.map(\.rawValue).sorted().joined(separator: ","),
        statistic.population?.en ?? "", statistic.breakdown.map { "\($0.dimension)=\($0.category.id)" } ?? "",
        statistic.organizations.map(\.rawValue).sorted().joined(separator: ","),
        statistic.products.map(\.rawValue).sorted().joined(separator: ","),
        statistic.baseline?.period?.description ?? "", statistic.direction?.rawValue ?? "", date.description,
      ].joined(separator: "|")
      scopes[scope, default: []].append(statistic)
    }
    var result: [Conflict] = []
    for (_, group) in scopes where group.count > 1 {
      let sorted = group.sorted { $0.id < $1.id }
      for (index, first) in sorted.enumerated() {
        for second in sorted[(index + 1)...] where first.value.value != second.value.value {
          guard let a = first.ownSide(), let b = second.ownSide() else { continue }
          result.append(Conflict(kind: .statisticValue, sides: [a, b], note: Self.statisticValueNote))
        }
      }
    }
    return result
  }

  /// A record's own value or date against each citation that states another.
  private func citationConflicts(_ record: some Record, into result: inout [Conflict]) {
    guard let own = record.ownSide() else { return }
    for citation in record.citations {
      if let stated = citation.statedDate, let date = record.date, !stated.overlaps(date) {
        let ownDate = record.side(value: .date(date), citation: record.citations[0])
        result.append(
          Conflict(
            kind: .citationDisagreement, sides: [ownDate, record.side(value: .date(stated), citation: citation)],
            note: Self.citationNote))
      }
      if let stated = citation.statedValue, let number = stated.value, let ownNumber = own.value?.number,
        number != ownNumber
      {
        result.append(
          Conflict(
            kind: .citationDisagreement, sides: [own, record.side(value: .quantity(stated), citation: citation)],
            note: Self.citationNote))
      }
    }
  }

  /// Events with the same title whose dates do not overlap.
  private func eventDateConflicts() -> [Conflict] {
    let byTitle = Dictionary(grouping: elements(Event.self).filter { $0.date != nil }) { TextFolding.fold($0.title.en) }
    var result: [Conflict] = []
    for (_, group) in byTitle where group.count > 1 {
      let sorted = group.sorted { $0.id < $1.id }
      for (index, first) in sorted.enumerated() {
        for second in sorted[(index + 1)...] {
          guard let a = first.date, let b = second.date, !a.overlaps(b),
            let firstSide = first.ownSide(), let secondSide = second.ownSide()
          else { continue }
          result.append(Conflict(kind: .eventDate, sides: [firstSide, secondSide], note: Self.eventDateNote))
        }
      }
    }
    return result
  }

  /// A value and each bracketed restatement that does not convert to it (5 % tolerance).
  private func restatementConflicts<R: Record>(
    _ record: R, _ quantity: Quantity?, into result: inout [Conflict]
  ) {
    guard let quantity, let value = quantity.value, let unit = Self.seconds[quantity.unit],
      let citation = record.citations.first
    else { return }
    var stated = quantity
    stated.alternates = []
    for alternate in quantity.alternates {
      guard let other = alternate.value, let otherUnit = Self.seconds[alternate.unit] else { continue }
      let here = value * unit
      let there = other * otherUnit
      if abs(here - there) > 0.05 * Swift.max(abs(here), abs(there)) {
        result.append(
          Conflict(
            kind: .restatementDisagreement,
            sides: [
              record.side(value: .quantity(stated), citation: citation),
              record.side(value: .quantity(alternate), citation: citation),
            ], note: Self.restatementNote))
      }
    }
  }

  /// Pairs of records linked by `disagreesWith` that no rule paired, each pair once.
  private func documentedConflicts(pairedByRules: Set<[String]>) -> [Conflict] {
    var sides: [String: Conflict.Side] = [:]
    var links: [(String, String)] = []
    for record in dataset.allRecords {
      if let side = record.ownSide() { sides[record.rawID] = side }
      links += record.disagreesWith.map { (record.rawID, $0) }
    }
    var seen = pairedByRules
    var result: [Conflict] = []
    for (from, to) in links where from != to {
      let pair = [from, to].sorted()
      guard seen.insert(pair).inserted, let a = sides[pair[0]], let b = sides[pair[1]] else { continue }
      result.append(Conflict(kind: .documented, sides: [a, b]))
    }
    return result
  }

  /// The two records of a conflict, sorted; one record twice for a conflict within one record.
  private static func pairKey(_ conflict: Conflict) -> [String] {
    conflict.sides.map(\.record).sorted()
  }

  private static func sortKey(_ conflict: Conflict) -> [String] {
    conflict.sides.flatMap { [$0.record, $0.source.rawValue, $0.quote, $0.value?.description ?? ""] }
  }

  /// Seconds per unit, for the units that convert exactly.
  static let seconds: [Quantity.Unit: Double] = [.ms: 0.001, .seconds: 1, .minutes: 60, .hours: 3600, .days: 86400]

  private static let statisticValueNote = LocalizedText(
    zh: "指标、范围与时期相同，数值不同。", en: "Same metric, scope and period; the values differ.")
  private static let citationNote = LocalizedText(
    zh: "记录自身的数值或日期（首条引文）与另一段引文所述不同。",
    en: "The record's own value or date (its first citation) and another passage's differ.")
  private static let eventDateNote = LocalizedText(
    zh: "同一事件，不同段落给出的日期互不重叠。", en: "The same event; the passages give dates that do not overlap.")
  private static let restatementNote = LocalizedText(
    zh: "括号中的换算与所换算的数值不一致。", en: "The bracketed restatement does not convert to the value it restates.")
}
