extension RecordQuery {
  // MARK: Dates

  /// Keeps records whose whole date lies within `period`; undated records are dropped.
  ///
  /// A record dated `2025-12` is within `2025` but not within `2025-12-11`.
  public func within(_ period: DatePeriod) -> Self {
    filter { $0.date.map(period.contains) ?? false }
  }

  /// Keeps records whose date shares at least one day with `period`; undated records are dropped.
  ///
  /// A record dated `2025-12` overlaps `2025-12-11`.
  public func overlapping(_ period: DatePeriod) -> Self {
    filter { $0.date.map(period.overlaps) ?? false }
  }

  /// Keeps records whose date ends on or after the first day of `date`; undated records are dropped.
  public func from(_ date: PartialDate) -> Self {
    let first = date.firstDay
    return filter { $0.date.map { $0.lastDay >= first } ?? false }
  }

  /// Keeps records whose date starts on or before the last day of `date`; undated records are dropped.
  public func to(_ date: PartialDate) -> Self {
    let last = date.lastDay
    return filter { $0.date.map { $0.firstDay <= last } ?? false }
  }

  /// Keeps records whose whole date lies within the period written as text (`2025-12`, `2025-01/2025-04`).
  ///
  /// - Throws: ``YearbookError/invalidArgument(_:)`` when the text is not a valid date.
  public func within(_ period: String) throws(YearbookError) -> Self { within(try Self.period(period)) }

  /// Keeps records whose date overlaps the period written as text.
  ///
  /// - Throws: ``YearbookError/invalidArgument(_:)`` when the text is not a valid date.
  public func overlapping(_ period: String) throws(YearbookError) -> Self { overlapping(try Self.period(period)) }

  /// Keeps dated records; drops undated ones.
  public func dated() -> Self { filter { $0.date != nil } }

  static func period(_ text: String) throws(YearbookError) -> DatePeriod {
    do {
      return try DatePeriod(parsing: text)
    } catch {
      throw .invalidArgument("\(error)")
    }
  }

  // MARK: Links

  /// Keeps records linked to an organization given by identifier, name or alias
  /// (Chinese or English, case- and width-insensitive).
  ///
  /// - Parameters:
  ///   - organization: `org-openai`, `OpenAI`, `谷歌` …
  ///   - includingChildren: Whether records of child organizations count too
  ///     (Google's query then finds 谷歌 DeepMind's records).
  public func filter(organization: String, includingChildren: Bool = false) -> Self {
    let ids = Set(yearbook.organizations(matching: organization, includingChildren: includingChildren))
    return filter { record in record.linkedOrganizations.contains(where: ids.contains) }
  }

  /// Keeps records linked to the organization with this identifier.
  public func filter(organization id: Organization.ID, includingChildren: Bool = false) -> Self {
    let ids = Set([id] + (includingChildren ? yearbook.descendants(of: id) : []))
    return filter { record in record.linkedOrganizations.contains(where: ids.contains) }
  }

  /// Keeps records linked to a product given by identifier, name or alias.
  public func filter(product: String) -> Self {
    let ids = Set(yearbook.products(matching: product))
    return filter { record in record.linkedProducts.contains(where: ids.contains) }
  }

  /// Keeps records that apply to `region` or a region within it.
  ///
  /// `CN` finds records about `CN-BJ`; `EU` finds records about its members;
  /// `WORLD` finds only records about the world as a whole.
  public func filter(region: Region) -> Self {
    filter { record in record.linkedRegions.contains(where: region.contains) }
  }

  /// Keeps records with the tag.
  public func filter(tag: Tag) -> Self { filter { $0.tags.contains(tag) } }

  /// Keeps records whose category (see ``Record/categoryName``) is `category`.
  public func filter(category: String) -> Self { filter { $0.categoryName == category } }

  /// Keeps records citing the source.
  public func filter(source: Source.ID) -> Self { filter { $0.citations.contains { $0.source == source } } }

  // MARK: Text

  /// Keeps records whose titles, summaries, aliases, notes or quotes contain
  /// `text`, in Chinese or English, ignoring case and full-width forms.
  ///
  /// ```swift
  /// yearbook.regulations.matching("ai act").count()
  /// yearbook.events.matching("ＧＰＴ").count()   // full-width finds GPT
  /// ```
  public func matching(_ text: String) -> Self {
    let needle = TextFolding.fold(text)
    guard !needle.isEmpty, !needle.contains("\u{1F}") else { return self }
    let index = yearbook.foldedText
    return filter { record in
      (index[record.id.rawValue] ?? TextFolding.fold(record.searchableText.joined(separator: "\u{1F}"))).contains(
        needle)
    }
  }
}

extension Record {
  /// The texts free-text search looks at.
  var searchableText: [String] {
    var texts = [id.rawValue, headline.zh, headline.en] + citations.map(\.quote)
    if let note { texts += [note.zh, note.en] }
    switch self {
    case let event as Event:
      if let summary = event.summary { texts += [summary.zh, summary.en] }
    case let round as FundingRound:
      if let label = round.roundLabel { texts.append(label) }
    case let regulation as Regulation:
      texts += regulation.aliases.map(\.text)
      if let summary = regulation.summary { texts += [summary.zh, summary.en] }
    case let statistic as Statistic:
      if let population = statistic.population { texts += [population.zh, population.en] }
      if let category = statistic.breakdown?.category.label { texts += [category.zh, category.en] }
    default:
      break
    }
    return texts
  }
}

extension RecordQuery where Element == Event {
  /// Keeps events of the category.
  public func filter(category: Event.Category) -> Self { filter { $0.category == category } }
}

extension RecordQuery where Element == Regulation {
  /// Keeps instruments of the category.
  public func filter(category: Regulation.Category) -> Self { filter { $0.category == category } }
  /// Keeps instruments with the status.
  public func filter(status: Regulation.Status) -> Self { filter { $0.status == status } }
}

extension RecordQuery where Element == FundingRound {
  /// Keeps deals of the kind.
  public func filter(kind: FundingRound.Kind) -> Self { filter { $0.kind == kind } }
  /// Keeps deals with the status.
  public func filter(status: FundingRound.Status) -> Self { filter { $0.status == status } }
}

extension RecordQuery where Element == Statistic {
  /// Keeps statistics of the metric.
  public func filter(metric: Metric.ID) -> Self { filter { $0.metric == metric } }
  /// Keeps statistics obtained this way (survey, forecast …).
  public func filter(kind: Statistic.Kind) -> Self { filter { $0.kind == kind } }
  /// Keeps statistics of the measure (level, share, change …).
  public func filter(measure: Statistic.Measure) -> Self { filter { $0.measure == measure } }
}

extension RecordQuery where Element == BenchmarkResult {
  /// Keeps results on the benchmark.
  public func filter(benchmark: Benchmark.ID) -> Self { filter { $0.benchmark == benchmark } }
}

extension Yearbook {
  /// The organizations whose identifier, name or alias equals `text` (case- and
  /// width-insensitive), and their children when asked.
  public func organizations(matching text: String, includingChildren: Bool = false) -> [Organization.ID] {
    let needle = TextFolding.fold(text)
    let direct = dataset.organizations.filter { organization in
      ([organization.id.rawValue] + organization.allNames).contains { TextFolding.fold($0) == needle }
    }.map(\.id)
    guard includingChildren else { return direct.sorted() }
    return Array(Set(direct + direct.flatMap(descendants(of:)))).sorted()
  }

  /// The products whose identifier, name or alias equals `text` (case- and width-insensitive).
  public func products(matching text: String) -> [Product.ID] {
    let needle = TextFolding.fold(text)
    return dataset.products.filter { product in
      ([product.id.rawValue] + product.allNames).contains { TextFolding.fold($0) == needle }
    }.map(\.id).sorted()
  }
}
