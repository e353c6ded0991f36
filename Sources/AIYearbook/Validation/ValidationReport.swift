/// Everything one validation pass found in a set of files: errors and warnings,
/// each against its file and path.
///
/// ```swift
/// let report = Yearbook.validate([DatasetInput(name: "mine.json", data: bytes)])
/// for issue in report.issues { print(issue) }
/// // mine.json: $.fundingRounds[0] (funding-x): amount.currency: "rmb" is not an ISO 4217 currency code
/// report.exitStatus   // 1
/// ```
///
/// JSON: `{"issues": [ValidationIssue…]}`.
public struct ValidationReport: Hashable, Sendable, Codable {
  /// Every problem, errors and warnings, file by file in input order.
  public var issues: [ValidationIssue]

  /// Creates a report.
  public init(issues: [ValidationIssue]) { self.issues = issues }

  /// The problems that stop the data from loading.
  public var errors: [ValidationIssue] { issues.filter { !$0.rule.isWarning } }

  /// The problems that do not stop the data from loading (unknown fields and vocabulary).
  public var warnings: [ValidationIssue] { issues.filter(\.rule.isWarning) }

  /// Whether nothing stops the data from loading.
  public var isValid: Bool { errors.isEmpty }

  /// The CLI's exit status for the report: 2 when a file could not be read as
  /// UTF-8 JSON at all, 1 when the data breaks the schema or an integrity rule,
  /// 0 otherwise (warnings included).
  public var exitStatus: Int32 {
    if issues.contains(where: { $0.rule == .readable }) { return 2 }
    return errors.isEmpty ? 0 : 1
  }
}
