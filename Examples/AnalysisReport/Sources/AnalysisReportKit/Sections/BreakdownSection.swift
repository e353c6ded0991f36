import AIYearbook

extension ReportWriter {
  /// The CNNIC survey's breakdowns of generative-AI users, each as a bar chart with its figures.
  mutating func breakdownSection() {
    var lines = [heading(3), ""]
    lines.append(
      """
      The CNNIC report 生成式人工智能应用发展报告（2025） surveys China's generative-AI users (data \
      as of June 2025). Each chart is one breakdown as the report gives it; the sum under a share \
      breakdown is a check — 100% when the categories cover everyone, less when the report names \
      only some of them, and multi-select shares (one user, several purposes) do not add up.

      """)
    let dimensions = ["age", "gender", "education", "first-choice-product", "purpose"]
    for dimension in dimensions {
      let breakdowns = yearbook.breakdowns(dimension: dimension).filter { $0.producer == "org-cnnic" }
      for (index, breakdown) in breakdowns.enumerated() {
        let population = breakdown.population?.en ?? ""
        let period = breakdown.period?.description ?? "undated"
        // StatisticBreakdown has no dimension name; its statistics' breakdowns have.
        let first: Statistic? = breakdown.categories.first.flatMap { try? yearbook.element($0.statistic) }
        let dimensionName = first?.breakdown?.dimensionName.en ?? dimension
        let title = "\(breakdown.metricLabel.en) — \(dimensionName)"
        lines.append("### \(Markdown.text(title)) (\(Markdown.text(population)), \(period))\n")
        let isPercent = breakdown.categories.allSatisfy { $0.value.unit == .percent }
        var notes: [String] = []
        if let sum = breakdown.sum {
          let expected =
            breakdown.expectedSum.map { " (expected \(Self.decimal($0))%)" } ?? " (the report names only these)"
          notes.append("Sum: \(Self.decimal((sum * 10).rounded() / 10))%\(expected)")
        } else if breakdown.kind == .multiSelect {
          notes.append("Multi-select: one user may give several purposes, so the shares do not add up.")
        }
        notes.append("Source: CNNIC, 生成式人工智能应用发展报告（2025）")
        let chart = BarChart(
          title: title, subtitle: "\(population) · \(breakdown.metricLabel.zh) · \(period)",
          bars: breakdown.categories.map { category in
            .init(
              label: "\(category.label.en) · \(category.label.zh)", value: category.value.value,
              valueLabel: category.value.formatted(.english))
          }, notes: notes, scaleMaximum: isPercent ? 100 : nil)
        let file = "cnnic-\(dimension)\(index == 0 ? "" : "-\(index + 1)").svg"
        lines.append(addChart(file, chart, alt: title))
        lines.append("")
        var rows: [[String]] = []
        for category in breakdown.categories {
          let statistic: Statistic? = try? yearbook.element(category.statistic)
          rows.append([
            Markdown.cell(category.label.en), Markdown.cell(category.label.zh),
            Markdown.cell(category.value.formatted(.english)), statistic.map { footnotes.cite($0) } ?? "",
          ])
        }
        lines.append(Markdown.table(["Category", "类别", "Value", "Source"], rows, alignRight: [2]))
        lines.append("")
        lines.append(notes.dropLast().joined(separator: " ") + "\n")
        if dimension == "age", index == 0 {
          ageBreakdown = ReportAnswers.Breakdown(
            metric: breakdown.metric.rawValue, period: breakdown.period?.description,
            categories: breakdown.categories.map {
              ReportAnswers.Category(
                id: $0.id, label: $0.label.en, statistic: $0.statistic.rawValue, value: $0.value.value)
            }, sum: breakdown.sum)
        }
      }
    }
    sections.append(lines.joined(separator: "\n"))
  }
}
