import AIYearbook

extension ReportWriter {
  /// Disclosed funding by quarter in the report's currency: a chart of the quarters, the amounts
  /// dated only by a year or a half apart, every round with its rate, the rates and what was left out.
  mutating func fundingSection() throws {
    let groups = try yearbook.fundingRounds.sorted(by: .date)
      .grouped(by: [.quarter], totalIn: currency, includingRecords: true)
    fundingGroups = groups
    ratesUsed = Array(Set(groups.flatMap { $0.total?.ratesUsed ?? [] }))
      .sorted { ($0.from, $0.year) < ($1.from, $1.year) }
    let quarters = groups.filter { $0.key.flatMap(PartialDate.init)?.precision == .quarter }
    let coarser = groups.filter { group in
      group.key.flatMap(PartialDate.init).map { $0.precision < .quarter } ?? false
    }
    let undated = groups.filter { $0.key == nil }
    let all = try yearbook.fundingRounds.totalAmount(in: currency)
    let code = currency.rawValue

    var lines = [heading(0), ""]
    lines.append(
      """
      Every amount the documents disclose for a named deal, fund, programme or spending plan, \
      converted to \(code) and totalled per quarter of its announcement. The totals add every kind and \
      status of round the documents name — a proposed fund or a cancelled programme counts as the \
      amount disclosed — so read the kind and status of each round in the table of rounds below. In all, \
      \(money(all.value)) from \(all.count) of \(yearbook.fundingRounds.count()) rounds \
      (\(all.approximateCount) of them approximate or an upper bound); \(all.excluded.count) left out.
      """)
    lines.append("")

    // The chart: one bar per quarter from the first to the last, empty quarters included.
    let byKey = Dictionary(uniqueKeysWithValues: quarters.compactMap { group in group.key.map { ($0, group) } })
    let span = Self.quarterRange(quarters.compactMap(\.key))
    let bars = span.map { key -> BarChart.Bar in
      guard let group = byKey[key], let total = group.total else {
        return .init(label: key, value: nil, valueLabel: "none disclosed")
      }
      let rounds = "\(total.count) of \(group.count) round\(group.count == 1 ? "" : "s")"
      return .init(label: key, value: total.value, valueLabel: "\(money(total.value)) (\(rounds))")
    }
    var notes = coarser.map { group in
      "Dated only by \(Self.precisionName(group.key)) \(group.key ?? ""): \(money(group.total?.value)) "
        + "(\(group.total?.count ?? 0) of \(group.count)) — not spread over quarters."
    }
    notes.append("ECB annual mean rates of each amount's year; rounds without a figure are listed, not drawn.")
    let chart = BarChart(
      title: "Disclosed funding by quarter, in \(code)", subtitle: "AIYearbook data \(yearbook.dataVersion)",
      bars: bars, notes: notes)
    lines.append(addChart("funding-by-quarter.svg", chart, alt: "Disclosed funding by quarter in \(code)"))
    lines.append("")

    lines.append("### By quarter\n")
    lines.append(groupTable(quarters, firstColumn: "Quarter"))
    lines.append("")
    lines.append("### Dated only by a year or a half\n")
    lines.append(
      "These amounts are announced for a whole year or half; they are not guessed into a quarter.\n")
    lines.append(coarser.isEmpty ? "None." : groupTable(coarser, firstColumn: "Period"))
    lines.append("")
    if !undated.isEmpty {
      lines.append("### Undated\n")
      lines.append(groupTable(undated, firstColumn: "Period"))
      lines.append("")
    }

    lines.append("### The rounds\n")
    var rows: [[String]] = []
    for group in groups {
      for round in group.records ?? [] {
        rows.append(roundRow(round, group: group.key ?? "undated"))
      }
    }
    lines.append(
      Markdown.table(
        ["Date", "Round", "Kind · status", "Stated amount", "Rate used", "In \(code)", "Counted in", "Source"], rows))
    lines.append("")

    lines.append("### Exchange rates used\n")
    lines.append(
      """
      \(Markdown.text(ExchangeRates.default.name)), built from the ECB history up to \
      \(ExchangeRates.ecbDataDate) (the last year is a partial-year mean). Rates the documents state \
      (约合 …) are kept as alternates and never used. The same rates are written to `rates.json`.

      """)
    lines.append(
      Markdown.table(
        ["From", "Year", "\(code) per unit"],
        ratesUsed.map { [$0.from, String($0.year), Self.decimal($0.factor)] }, alignRight: [1, 2]))
    lines.append("")

    lines.append("### Left out of the totals\n")
    var excludedRows: [[String]] = []
    for group in groups {
      for exclusion in group.total?.excluded ?? [] {
        let round = group.records?.first { $0.id.rawValue == exclusion.id }
        excludedRows.append([
          group.key ?? "undated", round.map { Markdown.cell(yearbook.title(of: $0).en) } ?? exclusion.id,
          exclusion.reason.rawValue, Markdown.cell(exclusion.detail ?? ""),
          round.map { footnotes.cite($0) } ?? "",
        ])
      }
    }
    lines.append(
      excludedRows.isEmpty
        ? "Nothing." : Markdown.table(["Group", "Round", "Reason", "Detail", "Source"], excludedRows))
    lines.append("")
    sections.append(lines.joined(separator: "\n"))
  }

  /// Quarter, rounds, summed, total, left out, sources.
  private mutating func groupTable(_ groups: [RecordGroup<FundingRound>], firstColumn: String) -> String {
    var rows: [[String]] = []
    for group in groups {
      let total = group.total
      let sources = (group.records ?? []).map { footnotes.cite($0) }.joined()
      rows.append([
        group.key ?? "undated", String(group.count), String(total?.count ?? 0), money(total?.value),
        String(total?.excluded.count ?? 0), sources,
      ])
    }
    return Markdown.table(
      [firstColumn, "Rounds", "Summed", "Total (\(currency.rawValue))", "Left out", "Sources"], rows,
      alignRight: [1, 2, 3, 4])
  }

  private mutating func roundRow(_ round: FundingRound, group: String) -> [String] {
    let stated = round.amount.map { $0.formatted(.english) } ?? "not stated"
    var rate = "—"
    var converted = "—"
    if let amount = round.amount, amount.amount != nil {
      if amount.currency == currency {
        rate = "none needed"
      } else if let year = round.date?.start.year,
        let factor = try? ExchangeRates.default.factor(from: amount.currency, to: currency, year: year)
      {
        rate = "\(amount.currency.rawValue) \(year): \(Self.decimal(factor))"
      }
      if let usd = try? ExchangeRates.default.convert(amount, on: round.date, to: currency) {
        converted = usd.formatted(.english)
      }
    }
    let excluded = fundingGroups.first { $0.key == (group == "undated" ? nil : group) }?
      .total?.excluded.first { $0.id == round.id.rawValue }
    if let excluded { converted = "left out: \(excluded.reason.rawValue)" }
    return [
      round.date?.description ?? "undated", Markdown.cell(yearbook.title(of: round).en),
      "\(round.kind.rawValue) · \(round.status.rawValue)", Markdown.cell(stated), rate, Markdown.cell(converted),
      group, footnotes.cite(round),
    ]
  }

  /// An amount in the report's currency, or a dash.
  func money(_ value: Double?) -> String {
    value.map { Money($0, currency).formatted(.english) } ?? "—"
  }

  /// A factor with enough digits to reproduce it.
  static func decimal(_ value: Double) -> String {
    let text = String(value)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  static func precisionName(_ key: String?) -> String {
    switch key.flatMap(PartialDate.init)?.precision {
    case .year: "year"
    case .half: "half"
    default: "period"
    }
  }

  /// Every quarter from the first to the last key (`2024-Q1` … `2025-Q4`).
  static func quarterRange(_ keys: [String]) -> [String] {
    let parsed = keys.compactMap(PartialDate.init).compactMap { date in date.quarter.map { (date.year, $0) } }
    guard let first = parsed.min(by: <), let last = parsed.max(by: <) else { return [] }
    var result: [String] = []
    var (year, quarter) = first
    while (year, quarter) <= last {
      result.append("\(year)-Q\(quarter)")
      quarter += 1
      if quarter == 5 { (year, quarter) = (year + 1, 1) }
    }
    return result
  }
}
