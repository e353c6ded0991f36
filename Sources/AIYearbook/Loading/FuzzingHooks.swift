#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

// Entry points for the differential fuzz targets in Fuzz/ (a separate package, so it
// cannot use `@testable import`): the fast decoding path and the `JSONDecoder` path
// it must agree with. Not part of the public interface: `@_spi(Fuzzing) import AIYearbook`.

extension DatasetReader {
  /// The fast path's reading of a file in the export format: the elements that decoded, one
  /// error per element that did not (each read alone by `JSONDecoder`), and the unknown-field
  /// warnings; or `nil` when it declines the bytes (the slow path then reads them).
  @_spi(Fuzzing)
  public static func fastReadExportObject(
    _ data: Data
  ) -> (dataset: Dataset, errors: [YearbookError], unknownFields: [ValidationIssue])? {
    guard let read = FastDatasetReader.readExportObject(data, file: "fuzz.json") else { return nil }
    return (read.dataset, read.errors, read.unknownFields ?? [])
  }

  /// The `JSONDecoder` path's reading of a file in the export format: the elements that
  /// decoded, one error per element that did not, and the unknown-field warnings.
  ///
  /// - Throws: ``YearbookError`` when the file as a whole cannot be read.
  @_spi(Fuzzing)
  public static func slowReadExportObject(
    _ data: Data
  ) throws(YearbookError) -> (dataset: Dataset, errors: [YearbookError], unknownFields: [ValidationIssue]) {
    let read = try readExportObject(data, file: "fuzz.json")
    return (read.dataset, read.errors, ForwardCompatibility.unknownFields(in: data, file: "fuzz.json"))
  }

  /// The fast path's reading of a JSON Lines file — the elements that decoded and one error
  /// per line that did not — or `nil` when it declines the bytes.
  @_spi(Fuzzing)
  public static func fastReadJSONLines(_ data: Data) -> (dataset: Dataset, errors: [YearbookError])? {
    guard let read = FastDatasetReader.readJSONLines(data, file: "fuzz.jsonl") else { return nil }
    return (read.dataset, read.errors)
  }

  /// The `JSONDecoder` path's reading of a JSON Lines file: the elements that decoded and
  /// one error per line that did not.
  ///
  /// - Throws: ``YearbookError`` when the file as a whole cannot be read.
  @_spi(Fuzzing)
  public static func slowReadJSONLines(_ data: Data) throws(YearbookError) -> (
    dataset: Dataset, errors: [YearbookError]
  ) {
    let read = try JSONLinesReader.read(data, file: "fuzz.jsonl")
    return (read.dataset, read.errors)
  }

  /// The fast path's decoding of a bare JSON array (a resource file), or `nil` when it declines.
  @_spi(Fuzzing)
  public static func fastDecodeArray<Element: Decodable>(_ type: Element.Type, from data: Data) -> [Element]? {
    FastDatasetReader.decodeArray(type, from: data)
  }
}
