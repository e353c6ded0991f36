#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The dataset compiled into the library, decoded lazily, once per file.
///
/// `dataset` is initialized on first use, exactly once, thread-safely (Swift's
/// lazy globals); a file that fails to decode keeps its error.
enum EmbeddedData {
  /// The bytes of an embedded resource file.
  static func bytes(ofFile name: String) -> Data? {
    guard let literal = EmbeddedResources.contents(ofFile: name) else { return nil }
    return literal.withUTF8Buffer { Data($0) }
  }

  static func load<Element: Decodable>(_ type: Element.Type, file: String) -> Result<[Element], YearbookError> {
    guard let data = bytes(ofFile: file) else {
      return .failure(.unreadableFile(file: file, reason: "not embedded in this build"))
    }
    return Result { () throws(YearbookError) in
      try DatasetReader.decodeTrustedArray(Element.self, from: data, file: file)
    }
  }

  static let meta: Result<Meta, YearbookError> = {
    guard let data = bytes(ofFile: "meta.json") else {
      return .failure(.unreadableFile(file: "meta.json", reason: "not embedded in this build"))
    }
    do {
      return .success(try JSONDecoder().decode(Meta.self, from: data))
    } catch {
      return .failure(.invalidJSON(file: "meta.json", reason: "\(error)"))
    }
  }()
  /// Checks that every collection's resource file is embedded in this build.
  ///
  /// - Throws: ``YearbookError/unreadableFile(file:reason:)`` naming a missing file.
  static func checkFilesArePresent() throws(YearbookError) {
    for kind in ElementKind.allCases where EmbeddedResources.contents(ofFile: fileName(of: kind)) == nil {
      throw .unreadableFile(file: fileName(of: kind), reason: "not embedded in this build")
    }
  }

  /// The resource file of a kind (`fundingRounds.json`).
  static func fileName(of kind: ElementKind) -> String { kind.exportKey + ".json" }

  /// The names of the embedded resource files.
  static var fileNames: [String] { EmbeddedResources.fileNames }

  /// `meta.json`: the versions of the embedded data, and the identifiers that
  /// earlier data releases removed or merged, each with its replacement.
  struct Meta: Codable, Hashable, Sendable {
    var schemaVersion: String
    var dataVersion: String
    /// Removed or merged identifier → the identifier that replaces it (DESIGN §4);
    /// absent when no identifier was ever replaced.
    var replacedIDs: [String: String]?
  }
}
