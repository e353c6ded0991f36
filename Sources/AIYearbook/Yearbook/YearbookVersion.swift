/// Versions of the library, the data and the export format.
///
/// ```swift
/// YearbookVersion.package   // "0.2.0"
/// ```
public enum YearbookVersion {
  /// The version of the AIYearbook package.
  public static let package = "0.2.0"

  /// The versions of the embedded data and of its export format, read from the
  /// embedded `meta.json` without decoding any records.
  ///
  /// - Throws: ``YearbookError`` when the embedded `meta.json` is missing or broken.
  public static func embedded() throws(YearbookError) -> (data: String, schema: String) {
    let meta = try EmbeddedData.meta.get()
    return (meta.dataVersion, meta.schemaVersion)
  }
}
