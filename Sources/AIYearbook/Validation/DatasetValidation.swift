#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

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

  /// A file to validate: its bytes, or its place on disk (JSON Lines files there are read block by block).
  enum Source {
    case input(DatasetInput)
    case file(URL)
  }

  static func run(
    _ inputs: [DatasetInput], includingEmbedded: Bool, preferringFiles: Bool
  ) throws(YearbookError) -> Outcome {
    try run(inputs.map(Source.input), includingEmbedded: includingEmbedded, preferringFiles: preferringFiles)
  }

  static func run(
    _ sources: [Source], includingEmbedded: Bool, preferringFiles: Bool,
    progress: (LoadProgress) -> Void = { _ in }
  ) throws(YearbookError) -> Outcome {
    var issues: [ValidationIssue] = []
    var readErrors: [YearbookError] = []
    var decoded: [(input: DatasetInput, read: DatasetReader.ReadFile)] = []
    for source in sources {
      let input: DatasetInput
      var release: (Int) -> Void = { _ in }
      switch source {
      case .input(let given):
        input = given
      case .file(let url):
        let name = url.lastPathComponent
        if StreamingJSONLines.looksLikeJSONLines(url.path),
          let read = StreamingJSONLines.readFile(
            url.path, file: name,
            progress: { progress(LoadProgress(file: name, bytesRead: $0, elements: $1)) })
        {
          decoded.append((DatasetInput(name: name, data: Data()), read))
          continue
        }
        if let mapped = MappedFile.map(url) {
          input = DatasetInput(name: name, data: mapped.data)
          release = mapped.release
        } else {
          input = try DatasetInput(contentsOf: url)
        }
      }
      do {
        let result = try DatasetReader.read(input.data, file: input.name, release: release)
        progress(
          LoadProgress(
            file: input.name, bytesRead: input.data.count,
            elements: ElementKind.allCases.reduce(0) { $0 + result.dataset.count(of: $1) }))
        issues += result.errors.map { ValidationIssue(decodingError: $0, file: input.name) }
        decoded.append((input, result))
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
    // Each file's integrity problems, and its unknown fields and vocabulary, before anything is merged.
    var checked: [[ValidationIssue]] = []
    var warned: [[ValidationIssue]] = []
    do {
      // References resolve in the embedded data and every file, read in place; an element that did
      // not decode is reported once, not again by every reference to it.
      let contexts = (embedded.map { [$0.dataset] } ?? []) + decoded.map(\.read.dataset)
      var undecoded: Set<String> = []
      for file in decoded {
        for case .invalidRecord(_, _, let id?, _, _) in file.read.errors { undecoded.insert(id) }
      }
      for file in decoded {
        let statisticsIncomplete = file.read.errors.contains { error in
          guard case .invalidRecord(_, let path, let id, _, _) = error else { return false }
          return path.hasPrefix("$.statistics") || id.map { $0.hasPrefix("stat-") } ?? true
        }
        checked.append(
          DatasetValidator.validate(
            file.read.dataset, file: file.input.name, contexts: contexts, undecoded: undecoded,
            statisticsIncomplete: statisticsIncomplete
          ).map { issue in
            var located = issue
            located.path = file.read.filePath(of: issue.path)
            return located
          })
        warned.append(
          (file.read.unknownFields ?? [])
            + ForwardCompatibility.unknownVocabulary(in: file.read.dataset, file: file.input.name).map { issue in
              // Paths into the decoded data become paths into the file (elements that failed to decode are not counted).
              var located = issue
              located.path = file.read.filePath(of: issue.path)
              return located
            })
      }
    }
    // Then each file is merged, handing its collections over to the merger rather than copying them.
    var merger = embedded.map { DatasetMerger($0) } ?? DatasetMerger()
    for index in decoded.indices {
      let dataset = decoded[index].read.dataset
      decoded[index].read.dataset = Dataset(dataVersion: "0.0.0")
      let file = decoded[index]
      var found = checked[index]
      for duplicate in merger.merge(dataset, origin: file.input.name, preferringNew: preferringFiles) {
        found.append(
          ValidationIssue(
            file: file.input.name, path: file.read.filePath(of: "$.\(duplicate.kind.exportKey)[\(duplicate.position)]"),
            id: duplicate.id,
            field: "id", message: duplicate.error.duplicateMessage, rule: .uniqueIdentifiers))
      }
      issues += found + warned[index]
    }
    let report = ValidationReport(issues: issues)
    var yearbook: Yearbook?
    if report.isValid, readErrors.isEmpty {
      yearbook = embedded
      if merger.dataset != nil { yearbook = Yearbook(merged: merger) }
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

extension Yearbook {
  /// Validates files on disk in the export format (JSON or JSON Lines) in one pass, as
  /// ``validate(_:includingEmbedded:preferringFiles:)`` does, reading each file in place: a
  /// JSON file is mapped and its pages given back as they are read, a JSON Lines file is read
  /// block by block, so a large file is not held in memory beside its records.
  ///
  /// ```swift
  /// // url: a file written by `yearbook export`
  /// let report = Yearbook.validate(files: [url], includingEmbedded: false)
  /// report.exitStatus   // 0
  /// ```
  ///
  /// Each problem names the file by its last path component.
  ///
  /// - Parameters:
  ///   - files: The files.
  ///   - includingEmbedded: Whether references resolve against, and duplicates
  ///     are checked against, the embedded data (the default).
  ///   - preferringFiles: Whether a file's copy of an identifier may replace a different one.
  public static func validate(
    files: [URL], includingEmbedded: Bool = true, preferringFiles: Bool = false
  ) -> ValidationReport {
    do {
      return try DatasetValidation.run(
        files.map(DatasetValidation.Source.file), includingEmbedded: includingEmbedded,
        preferringFiles: preferringFiles
      ).report
    } catch {
      let file: String
      switch error {
      case .unreadableFile(let name, _), .invalidJSON(let name, _): file = name
      default: file = "embedded data"
      }
      return ValidationReport(
        issues: [ValidationIssue(file: file, path: "$", id: nil, field: "", message: error.reason, rule: .readable)])
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
