// Rewrites Sources/AIYearbook/Resources/*.json with the canonical writer:
// each file decoded with the library's types, sorted by id, and encoded with
// CanonicalJSON, so that a diff of the data reads as a change of facts.
//
// usage: swift run canonicalize-resources [RESOURCES_DIR]
// Exit status 1 (with the located error) when a file does not decode.

import AIYearbook
import Foundation

/// `meta.json`: the versions, and the removed or merged identifiers with their replacements.
struct Meta: Codable {
  var schemaVersion: String
  var dataVersion: String
  var replacedIDs: [String: String]?
}

let directory = CommandLine.arguments.dropFirst().first ?? "Sources/AIYearbook/Resources"

func rewrite<Element: DatasetElement>(_ type: Element.Type) throws {
  let name = Element.elementKind.exportKey + ".json"
  let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
  let data = try Data(contentsOf: url)
  let elements = try DatasetReader.decodeArray(Element.self, from: data, file: name).sorted { $0.id < $1.id }
  let bytes = try CanonicalJSON.encode(elements)
  if bytes != data {
    try bytes.write(to: url)
    print("rewrote \(name) (\(elements.count) entries)")
  }
}

do {
  for kind in ElementKind.allCases { try rewrite(kind.elementType) }
  let metaURL = URL(fileURLWithPath: directory).appendingPathComponent("meta.json")
  let meta = try JSONDecoder().decode(Meta.self, from: Data(contentsOf: metaURL))
  let bytes = try CanonicalJSON.encode(meta)
  if try Data(contentsOf: metaURL) != bytes { try bytes.write(to: metaURL) }
} catch {
  FileHandle.standardError.write(Data("canonicalize-resources: error: \(error)\n".utf8))
  exit(1)
}
