extension RecordQuery {
  // MARK: Dates

  /// Keeps the records whose date is in the range (DESIGN §6: `during` by
  /// default, or `within`, or `overlapping`); undated records are dropped.
  ///
  /// ```swift
  /// try yearbook.events.filter(date: DateRange(from: "2025-12", to: "2025-12")).count()
  /// ```
  public func filter(date range: DateRange) -> Self { filter(.date(range)) }

  /// Keeps the records dated during a period: inside it, or overlapping it and
  /// dated at least as precisely as the period (``DateMatching/during``).
  ///
  /// ```swift
  /// let december = try yearbook.events.during("2025-12")
  /// // includes the week 2025-11-30/2025-12-06, excludes records dated only 2025 or 2025-Q4
  /// ```
  ///
  /// - Throws: ``YearbookError/invalidDate(_:reason:)`` when the text is not a date or span.
  public func during(_ period: String) throws(YearbookError) -> Self { during(try DatePeriod.parse(period)) }

  /// Keeps the records dated during a period (``DateMatching/during``).
  public func during(_ period: DatePeriod) -> Self { filter(date: DateRange(period)) }

  /// Keeps the records dated entirely within a period (``DateMatching/within``).
  ///
  /// - Throws: ``YearbookError/invalidDate(_:reason:)`` when the text is not a date or span.
  public func within(_ period: String) throws(YearbookError) -> Self { within(try DatePeriod.parse(period)) }

  /// Keeps the records dated entirely within a period (``DateMatching/within``).
  public func within(_ period: DatePeriod) -> Self { filter(date: DateRange(period, mode: .within)) }

  /// Keeps the records whose date could fall in a period, coarser dates
  /// included (``DateMatching/overlapping``).
  ///
  /// - Throws: ``YearbookError/invalidDate(_:reason:)`` when the text is not a date or span.
  public func overlapping(_ period: String) throws(YearbookError) -> Self {
    overlapping(try DatePeriod.parse(period))
  }

  /// Keeps the records whose date could fall in a period (``DateMatching/overlapping``).
  public func overlapping(_ period: DatePeriod) -> Self { filter(date: DateRange(period, mode: .overlapping)) }

  /// Keeps dated records; drops undated ones.
  public func dated() -> Self { filter(date: DateRange(from: PartialDate?.none, to: nil, mode: .overlapping)) }

  // MARK: Links

  /// Keeps the records linked to the organization, in any role.
  ///
  /// ```swift
  /// try yearbook.events.filter(organization: "org-openai").count()
  /// try yearbook.events.filter(organization: "OpenAI")   // throws unknownID, suggesting org-openai
  /// ```
  ///
  /// - Parameters:
  ///   - id: The organization's identifier (resolve a name with ``Yearbook/resolve(_:as:)``).
  ///   - includingChildren: Whether records of its child organizations count too
  ///     (Google's query then finds 谷歌 DeepMind's records).
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` when the data has no such organization.
  public func filter(organization id: Organization.ID, includingChildren: Bool = false) throws(YearbookError) -> Self {
    let id = try yearbook.existing(id)
    let ids = [id] + (includingChildren ? yearbook.descendants(of: id) : [])
    return filter(.field(.organization, anyOf: Set(ids.map(\.rawValue))))
  }

  /// Keeps the records linked to the product.
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` when the data has no such product.
  public func filter(product id: Product.ID) throws(YearbookError) -> Self {
    let id = try yearbook.existing(id)
    return filter(.field(.product, anyOf: [id.rawValue]))
  }

  /// Keeps the records citing the source.
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` when the data has no such source.
  public func filter(source id: Source.ID) throws(YearbookError) -> Self {
    let id = try yearbook.existing(id)
    return filter(.field(.source, anyOf: [id.rawValue]))
  }

  /// Keeps the records that apply to `region` or a region within it.
  ///
  /// `CN` finds records about `CN-BJ`; `EU` finds records about its members;
  /// `WORLD` finds only records about the world as a whole.
  public func filter(region: Region) -> Self { filter(.region(region)) }

  /// Keeps the records with the tag.
  public func filter(tag: Tag) -> Self { filter(.field(.tag, anyOf: [tag.rawValue])) }

  /// Keeps the records whose category (``Record/categoryName``) is `category`.
  public func filter(category: String) -> Self { filter(.field(.category, anyOf: [category])) }

  // MARK: Text

  /// Keeps the records whose texts match a search: every term, in any order,
  /// Latin terms as whole words (DESIGN §6).
  ///
  /// ```swift
  /// yearbook.regulations.matching("ai act").count()
  /// ```
  public func matching(_ text: String) -> Self { filter(.text(text)) }
}

extension RecordQuery where Element == Event {
  /// Keeps events of the category.
  public func filter(category: Event.Category) -> Self { filter(category: category.rawValue) }
}

extension RecordQuery where Element == Regulation {
  /// Keeps instruments of the category.
  public func filter(category: Regulation.Category) -> Self { filter(category: category.rawValue) }
  /// Keeps instruments with the status.
  public func filter(status: Regulation.Status) -> Self { filter(.field(.status, anyOf: [status.rawValue])) }
}

extension RecordQuery where Element == FundingRound {
  /// Keeps deals of the kind.
  public func filter(kind: FundingRound.Kind) -> Self { filter(.field(.kind, anyOf: [kind.rawValue])) }
  /// Keeps deals with the status.
  public func filter(status: FundingRound.Status) -> Self { filter(.field(.status, anyOf: [status.rawValue])) }
}

extension RecordQuery where Element == Statistic {
  /// Keeps statistics of the metric.
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` when the registry has no such metric.
  public func filter(metric id: Metric.ID) throws(YearbookError) -> Self {
    let id = try yearbook.existing(id)
    return filter(.field(.metric, anyOf: [id.rawValue]))
  }
  /// Keeps statistics obtained this way (survey, forecast …).
  public func filter(kind: Statistic.Kind) -> Self { filter(.field(.kind, anyOf: [kind.rawValue])) }
  /// Keeps statistics of the measure (level, share, change …).
  public func filter(measure: Statistic.Measure) -> Self { filter(.field(.measure, anyOf: [measure.rawValue])) }
}

extension RecordQuery where Element == BenchmarkResult {
  /// Keeps results on the benchmark.
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` when the data has no such benchmark.
  public func filter(benchmark id: Benchmark.ID) throws(YearbookError) -> Self {
    let id = try yearbook.existing(id)
    return filter(.field(.benchmark, anyOf: [id.rawValue]))
  }
}
