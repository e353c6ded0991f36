/// Everything the dataset links to one organization (and, if asked, its children).
///
/// ```swift
/// let openAI = try yearbook.profile(of: "org-openai")
/// openAI.events.count; openAI.fundingRounds.first?.amount
/// ```
///
/// JSON: the organization, its children and products as objects, and each
/// linked record kind as an array of records, keyed as in the export.
public struct OrganizationProfile: Hashable, Sendable, Codable {
  /// The organization.
  public let organization: Organization
  /// Its child organizations included in the profile.
  public let children: [Organization]
  /// Products it makes.
  public let products: [Product]
  /// Linked events, by date.
  public let events: [Event]
  /// Linked benchmark results, by date.
  public let benchmarkResults: [BenchmarkResult]
  /// Linked funding rounds, by date.
  public let fundingRounds: [FundingRound]
  /// Instruments it issued, by date.
  public let regulations: [Regulation]
  /// Linked statistics (about it, or produced by it), by date.
  public let statistics: [Statistic]
}

extension Yearbook {
  /// The profile of an organization: everything linked to it, its children included by default.
  ///
  /// - Throws: ``YearbookError/unknownID(_:kind:suggestions:)`` when no organization has the identifier.
  public func profile(
    of id: Organization.ID, includingChildren: Bool = true
  ) throws(YearbookError) -> OrganizationProfile {
    let organization: Organization = try element(id)
    let childIDs = includingChildren ? descendants(of: id) : []
    let ids = Set([id] + childIDs)
    let productIDs = Set(elements(Product.self).filter { $0.organizations.contains(where: ids.contains) }.map(\.id))
    func linked<R: Record>(_ query: RecordQuery<R>) -> [R] {
      query.filter { record in
        record.linkedOrganizations.contains(where: ids.contains)
          || record.linkedProducts.contains(where: productIDs.contains)
      }.sorted(by: .date).all()
    }
    return OrganizationProfile(
      organization: organization, children: childIDs.compactMap(self.organization),
      products: elements(Product.self).filter { productIDs.contains($0.id) }.sorted { $0.id < $1.id },
      events: linked(events), benchmarkResults: linked(benchmarkResults), fundingRounds: linked(fundingRounds),
      regulations: linked(regulations), statistics: linked(statistics))
  }
}
