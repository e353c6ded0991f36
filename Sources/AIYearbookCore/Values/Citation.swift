/// Where a fact comes from: a source document and a short quote copied from it.
///
/// Every record carries at least one citation. The ``quote`` is copied byte for
/// byte from the document, whitespace, markdown and superscripts included, and
/// is at most 200 Unicode scalars long. A fact split by a page break gets one
/// citation per fragment, in reading order.
///
/// ```swift
/// let citation = event.citations[0]
/// citation.source    // → "src-000"
/// citation.locator   // → "🎯 四大关键词:读懂2025 > 关键词一:专业化"
/// ```
public struct Citation: Hashable, Sendable {
  /// The source document.
  public var source: Source.ID
  /// The passage, copied byte for byte (at most 200 Unicode scalars).
  public var quote: String
  /// The heading path of the passage (`第三章 > 二、服务备案情况`).
  public var locator: String
  /// The document's footnote for the passage, naming where the figure comes from.
  public var upstream: Upstream?
  /// The value this passage states, when it differs from the record's own.
  public var statedValue: Quantity?
  /// The date this passage states, when it differs from the record's own.
  public var statedDate: DatePeriod?

  /// The longest quote the dataset allows, in Unicode scalars.
  public static let maximumQuoteLength = 200

  /// Creates a citation.
  public init(
    source: Source.ID, quote: String, locator: String, upstream: Upstream? = nil,
    statedValue: Quantity? = nil, statedDate: DatePeriod? = nil
  ) {
    self.source = source
    self.quote = quote
    self.locator = locator
    self.upstream = upstream
    self.statedValue = statedValue
    self.statedDate = statedDate
  }

  /// A source document's footnote: where it says a figure comes from.
  public struct Upstream: Hashable, Sendable, Codable {
    /// The footnote line, verbatim.
    public var quote: String
    /// The address the footnote gives.
    public var url: String?
    /// The date the footnote gives.
    public var date: DatePeriod?

    /// Creates a footnote reference.
    public init(quote: String, url: String? = nil, date: DatePeriod? = nil) {
      self.quote = quote
      self.url = url
      self.date = date
    }
  }
}

extension Citation: Codable {}
