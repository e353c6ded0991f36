/// One validation pass over a user's files, as DESIGN §4 says: decode errors,
/// integrity rules, unknown vocabulary and fields, and duplicate identifiers —
/// within the files and against the embedded data — each reported against the
/// user's own file and path.
enum DatasetValidation {
  /// What a pass found, and the merged yearbook when nothing stops it.
  struct Outcome {
    var report: ValidationReport
    /// Errors that stop a file from being read at all (not UTF-8 JSON, schema 2.x …), in input order.
    var readErrors: [YearbookError]
    var yearbook: Yearbook?
    var errors: [ValidationIssue] { report.errors }
  }

  static func run(
    _ inputs: [DatasetInput], includingEmbedded: Bool, preferringFiles: Bool
  ) throws(YearbookError) -> Outcome {
    var issues: [ValidationIssue] = []
    var readErrors: [YearbookError] = []
    var decoded: [(input: DatasetInput, dataset: Dataset, read: DatasetReader.ReadFile)] = []
    for input in inputs {
      do {
        let result = try DatasetReader.read(input.data, file: input.name)
        issues += result.errors.map { ValidationIssue(decodingError: $0, file: input.name) }
        decoded.append((input, result.dataset, result))
      } catch {
        readErrors.append(error)
        // A file that parses but declares a schema this version cannot read breaks the schema (exit 1);
        // bytes that are not UTF-8 JSON cannot be read at all (exit 2).
        let rule: ValidationRule = if case .unsupportedSchemaVersion = error { .schema } else { .readable }
        issues.append(
          ValidationIssue(file: input.name, path: "$", id: nil, field: "", message: error.reason, rule: rule))
      }
    }
    let embedded = includingEmbedded ? try Yearbook.embedded() : nil
    var context = embedded?.dataset ?? Dataset(dataVersion: "0.0.0")
    for file in decoded { context.append(contentsOf: file.dataset) }
    var merger = embedded.map { DatasetMerger($0) } ?? DatasetMerger()
    for file in decoded {
      var found = DatasetValidator.validate(file.dataset, file: file.input.name, context: context).map { issue in
        var located = issue
        located.path = file.read.filePath(of: issue.path)
        return located
      }
      for duplicate in merger.merge(file.dataset, origin: file.input.name, preferringNew: preferringFiles) {
        found.append(
          ValidationIssue(
            file: file.input.name, path: file.read.filePath(of: "$.\(duplicate.kind.exportKey)[\(duplicate.position)]"),
            id: duplicate.id,
            field: "id", message: duplicate.error.duplicateMessage, rule: .uniqueIdentifiers))
      }
      found += file.read.unknownFields ?? []
      found += ForwardCompatibility.unknownVocabulary(in: file.dataset, file: file.input.name).map { issue in
        // Paths into the decoded data become paths into the file (elements that failed to decode are not counted).
        var located = issue
        located.path = file.read.filePath(of: issue.path)
        return located
      }
      issues += found
    }
    let report = ValidationReport(issues: issues)
    var yearbook: Yearbook?
    if report.isValid, readErrors.isEmpty {
      yearbook = embedded
      if let merged = merger.dataset { yearbook = Yearbook(indexing: merged, origins: merger.origins) }
    }
    return Outcome(report: report, readErrors: readErrors, yearbook: yearbook)
  }
}

extension Yearbook {
  /// Validates files in the export format (JSON or JSON Lines) in one pass,
  /// collecting every problem of every file.
  ///
  /// Decode errors, impossible dates and invalid currency codes are errors;
  /// unknown vocabulary and fields are warnings. Identifiers defined again with
  /// different content — within the files or against the embedded data — are
  /// errors naming the differing fields; equal copies merge silently, so a file
  /// exported from this data validates. Each problem names the user's file and
  /// its path there.
  ///
  /// ```swift
  /// let report = Yearbook.validate([DatasetInput(name: "mine.json", data: bytes)])
  /// report.isValid     // false
  /// report.errors.map(\.description)
  /// ```
  ///
  /// - Parameters:
  ///   - inputs: The files.
  ///   - includingEmbedded: Whether references resolve against, and duplicates
  ///     are checked against, the embedded data (the default).
  ///   - preferringFiles: Whether a file's copy of an identifier may replace a different one.
  public static func validate(
    _ inputs: [DatasetInput], includingEmbedded: Bool = true, preferringFiles: Bool = false
  ) -> ValidationReport {
    do {
      return try DatasetValidation.run(inputs, includingEmbedded: includingEmbedded, preferringFiles: preferringFiles)
        .report
    } catch {
      return ValidationReport(
        issues: [
          ValidationIssue(
            file: "embedded data", path: "$", id: nil, field: "", message: error.description, rule: .readable)
        ])
    }
  }
}

extension ValidationIssue {
  /// The issue for an element that did not decode.
  init(decodingError error: YearbookError, file: String) {
    if case .invalidRecord(let file, let path, let id, let field, let reason) = error {
      self.init(file: file, path: path, id: id, field: field, message: reason, rule: .schema)
    } else {
      self.init(file: file, path: "$", id: nil, field: "", message: error.reason, rule: .schema)
    }
  }
}

extension YearbookError {
  /// The error's message without the file name it starts with.
  var reason: String {
    switch self {
    case .unreadableFile(_, let reason), .invalidJSON(_, let reason): reason
    case .unsupportedSchemaVersion(_, let version):
      "schema version \(version) is not supported (this library reads 1.x)"
    case .invalidRecord(_, _, _, _, let reason): reason
    default: description
    }
  }

  /// The message of a duplicate, for a validation issue.
  var duplicateMessage: String {
    guard case .duplicateID(_, let first, _, let fields) = self else { return description }
    if fields.isEmpty { return "duplicates an id defined in \(first) as another kind" }
    return "duplicates the id defined in \(first) with different \(fields.joined(separator: ", "))"
  }
}
